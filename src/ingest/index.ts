// Ingestion: text in, plain data out. No database, no file system, no GraphQL.
import { checkText } from './decode.js';
import { extractEntities } from './entities.js';
import { readWireText } from './formats/wire-text.js';
import { extractQuotes } from './quotes.js';
import type { ArticleDraft, ParsedArticle } from './types.js';

export { decodeSource } from './decode.js';
export { IngestError, reasonOf } from './errors.js';
export type * from './types.js';

/** Adds what is extracted from the text (quotes and entities) to a format reader's draft. */
export function extract(draft: ArticleDraft): ParsedArticle {
  const entities = extractEntities(draft);
  // Speakers are resolved to the article's entities, so extraction runs in this order.
  return { ...draft, quotes: extractQuotes(draft, entities), entities };
}

/**
 * Parses a source file's text into its articles (a file may hold many records).
 * Throws `IngestError` naming the file and the reason when the text cannot be read.
 */
export function parse(text: string, fileName: string): ParsedArticle[] {
  checkText(text, fileName);
  return [extract(readWireText(text, fileName))];
}
