// Ingestion: text in, plain data out. No database, no file system, no GraphQL.
import { checkText } from './decode.js';
import { readWireText } from './formats/wire-text.js';
import type { ArticleDraft, ParsedArticle } from './types.js';

export { decodeSource } from './decode.js';
export { IngestError } from './errors.js';
export type * from './types.js';

/** Adds what is extracted from the text (quotes and entities) to a format reader's draft. */
export function extract(draft: ArticleDraft): ParsedArticle {
  return { ...draft, quotes: [], entities: [] };
}

/**
 * Parses a source file's text into its articles (a file may hold many records).
 * Throws `IngestError` naming the file and the reason when the text cannot be read.
 */
export function parse(text: string, fileName: string): ParsedArticle[] {
  checkText(text, fileName);
  return [extract(readWireText(text, fileName))];
}
