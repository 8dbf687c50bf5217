// Speakers in Reuters-21578 that were wrong (issue #19), read from the corpus in ../shared
// (skipped when it is absent): each case is one article, the quote found by its words.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, parseRecords } from '../../../src/ingest/index.js';
import type { ParsedArticle } from '../../../src/ingest/types.js';

const CORPUS = join(process.cwd(), '../shared/corpus/reuters-21578');
const haveCorpus = existsSync(CORPUS);

/** The article `key` of a corpus file. */
function article(file: string, key: string): ParsedArticle {
  for (const r of parseRecords(decodeSource(readFileSync(join(CORPUS, file)), file), file)) {
    if (r.kind === 'article' && r.key === key) return r.article;
  }
  throw new Error(`${key} is not an article of ${file}`);
}

/** [speaker, as written, cue] of the quote that opens with `words`. */
function speakerOf(a: ParsedArticle, words: string): [string | null, string | null, string | null] {
  const q = a.quotes.find((x) => x.text.startsWith(words));
  if (!q) throw new Error(`no quote opens with ${JSON.stringify(words)}`);
  return [q.speaker, q.speakerAsWritten, q.cue];
}

describe.skipIf(!haveCorpus)(`speakers in Reuters-21578${haveCorpus ? '' : ` (skipped: ${CORPUS} is absent)`}`, () => {
  it('an inverted cue frames its quote, not a noun of speech inside its subject: "Said one U.S. analyst of Baker\'s weekend remarks, “...”"', () => {
    // reut2-020.sgm, TREASURY'S BAKER UNDER FIRE FOR WALL STREET DROP: the analyst is not named,
    // so no one is the speaker; James Baker was.
    expect(speakerOf(article('reut2-020.sgm', 'reut2-020.sgm#20764'), 'His timing could not have been worse')).toEqual([null, 'one U.S. analyst', 'said']);
  });

  it('an indefinite description placed by a city speaks, not the city: "One government bond salesman in New York said, “...”"', () => {
    // reut2-020.sgm, the same article: "New York" was the speaker as written.
    expect(speakerOf(article('reut2-020.sgm', 'reut2-020.sgm#20764'), 'He actually thought that yelling at the Germans')).toEqual([null, 'One government bond salesman', 'said']);
  });

  it('a role set off without an article, its firm holding a comma: "H.P. Smith, analyst at Smith Barney, Harris Upham and Co said"', () => {
    // reut2-001.sgm: the firm's last part ("Co") was taken for the speaker.
    expect(speakerOf(article('reut2-001.sgm', 'reut2-001.sgm#1252'), 'no one order will have much of an effect')).toEqual(['H.P. Smith', 'H.P. Smith', 'said']);
  });
});
