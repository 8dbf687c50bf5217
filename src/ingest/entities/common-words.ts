// A single capitalised dictionary word that opens a sentence ("Can", "Family", "Internet")
// or is a bare title ("Senator") is no name, whatever the tagger made of it.
import { TITLE_WORDS, lexiconType } from '../gazetteer/index.js';

const OPENS_SENTENCE = /(?:^|[.!?:;"“‘(]\s*|\n\s*)$/u;

/** Whether the mention `written` at `start` is one dictionary word at a sentence start, or a lone title. */
export function isLoneCommonWord(text: string, start: number, written: string): boolean {
  if (written.includes(' ')) return false;
  if (TITLE_WORDS.has(written)) return true;
  return lexiconType(written) === 'COMMON' && OPENS_SENTENCE.test(text.slice(Math.max(0, start - 3), start));
}

/** The words an article writes in lower case ("zircon"), to tell a capitalised common word at a sentence start from a name. */
export function lowerCaseWords(text: string): ReadonlySet<string> {
  // Whole words only: "reuters_tickers" (scraper residue) says nothing about "Reuters".
  return new Set(text.match(/(?<![\p{L}\p{N}_'’\-])\p{Ll}[\p{Ll}'’\-]*(?![\p{L}\p{N}_])/gu) ?? []);
}

/**
 * One capitalised word at a sentence start or in the title that the article also writes in
 * lower case ("Zircon sands rose" beside "zircon output"): a common word, not a name.
 */
export function isCommonInArticle(text: string, start: number, written: string, lower: ReadonlySet<string>, inTitle: boolean): boolean {
  if (written.includes(' ') || !lower.has(written.toLowerCase())) return false;
  return inTitle || OPENS_SENTENCE.test(text.slice(Math.max(0, start - 3), start));
}
