// Ingestion: text in, plain data out. No database, no file system, no GraphQL.
import { checkText } from './decode.js';
import { reasonOf } from './errors.js';
import { extractEntities } from './entities/index.js';
import { isReutersSgml, readReutersSgml } from './formats/reuters-sgml.js';
import { readWireText } from './formats/wire-text.js';
import { extractQuotes } from './quotes/index.js';
import type { ArticleDraft, ParsedArticle, RecordResult } from './types.js';

export { decodeSource } from './decode.js';
export { IngestError, reasonOf } from './errors.js';
export type * from './types.js';

/** Adds what is extracted from the text (quotes and entities) to a format reader's draft. */
export function extract(draft: ArticleDraft): ParsedArticle {
  // Speakers are resolved to the article's entities, so extraction runs in this order; a
  // speaker the entity pass missed comes back as an entity of its own.
  const { quotes, entities } = extractQuotes(draft, extractEntities(draft));
  return { ...draft, quotes, entities };
}

/** The file's format: `reuters-sgml` when it holds `<REUTERS>` records, else `wire-text`. */
export function detectFormat(text: string): 'reuters-sgml' | 'wire-text' {
  return isReutersSgml(text) ? 'reuters-sgml' : 'wire-text';
}

function extractRecord(result: RecordResult<ArticleDraft>): RecordResult {
  if (result.kind !== 'article') return result;
  try {
    return { ...result, article: extract(result.article) };
  } catch (error) {
    const reason = `extraction failed: ${error instanceof Error ? error.message : String(error)}`;
    return { kind: 'failed', key: result.key, line: result.line, reason };
  }
}

function* wireTextRecords(text: string, fileName: string): Generator<RecordResult> {
  let draft: ArticleDraft;
  try {
    draft = readWireText(text, fileName);
  } catch (error) {
    yield { kind: 'failed', key: fileName, line: 1, reason: reasonOf(error) };
    return;
  }
  yield extractRecord({ kind: 'article', key: fileName, line: 1, article: draft });
}

function* sgmlRecords(text: string, fileName: string): Generator<RecordResult> {
  for (const result of readReutersSgml(text, fileName)) yield extractRecord(result);
}

/**
 * Reads a source file's text record by record, in file order, lazily: one result per record
 * (a wire-text file is one record). Each result is an article (after extraction), a record
 * skipped with its reason (a Reuters record without a body), or a record that failed with
 * its reason; a bad record never stops the others. Throws `IngestError` at once when the
 * file as a whole is not text (empty, binary).
 */
export function parseRecords(text: string, fileName: string): Iterable<RecordResult> {
  checkText(text, fileName);
  return detectFormat(text) === 'reuters-sgml' ? sgmlRecords(text, fileName) : wireTextRecords(text, fileName);
}

/**
 * Parses a source file's text into its articles (a file may hold many records).
 * Throws `IngestError` naming the file and the reason when the text cannot be read.
 * For a multi-record file only the good articles are returned; `parseRecords` tells why
 * the others were skipped or failed.
 */
export function parse(text: string, fileName: string): ParsedArticle[] {
  checkText(text, fileName);
  if (detectFormat(text) === 'wire-text') return [extract(readWireText(text, fileName))];
  const articles: ParsedArticle[] = [];
  for (const result of sgmlRecords(text, fileName)) if (result.kind === 'article') articles.push(result.article);
  return articles;
}
