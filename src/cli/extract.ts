// npm run --silent extract -- FILE...: parses and extracts each file with no database and
// prints one JSON object per article (JSON Lines), in input order. A file that cannot be
// read prints {"file", "error"} instead; the exit code is then 1.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command } from 'commander';
import { authorCredits } from '../ingest/credits.js';
import { decodeSource, parse, reasonOf, type ParsedArticle } from '../ingest/index.js';

/** The extract command's view of an article: what a researcher wants, no internal keys. */
export function toRecord(file: string, a: ParsedArticle) {
  return {
    file,
    title: a.title,
    publishedAt: a.publishedAt?.slice(0, 10) ?? null,
    source: a.source,
    dateline: a.dateline,
    readingMinutes: a.readingMinutes,
    authors: [...new Set(authorCredits(a.credits).map((c) => c.name))],
    credits: a.credits.map(({ role, name }) => ({ role, name })),
    paragraphs: a.blocks.filter((b) => b.kind === 'PARAGRAPH').map((b) => b.text),
    subheads: a.blocks.filter((b) => b.kind === 'SUBHEAD').map((b) => b.text),
    quotes: a.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      speakerAsWritten: q.speakerAsWritten,
      speakerType: q.speakerType,
      cue: q.cue,
      kind: q.kind,
      paragraphIndex: q.paragraphIndex,
      start: q.start,
      end: q.end,
    })),
    entities: a.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      descriptions: e.descriptions,
      salience: e.salience,
      mentions: e.mentions.map(({ text, start, end, paragraphIndex }) => ({ text, start, end, paragraphIndex })),
    })),
  };
}

const files = new Command('extract')
  .description('Print the articles, quotes and entities extracted from each file as JSON Lines.')
  .argument('<files...>', 'source files')
  .parse().args;

let failed = false;
for (const file of files) {
  try {
    const text = decodeSource(await readFile(file), basename(file));
    for (const article of parse(text, basename(file))) process.stdout.write(`${JSON.stringify(toRecord(file, article))}\n`);
  } catch (error) {
    failed = true;
    process.stdout.write(`${JSON.stringify({ file, error: reasonOf(error) })}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
