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

// A word written in lower case. Whole words only: "reuters_tickers" (scraper residue) says
// nothing about "Reuters".
const LOWER_WORD = String.raw`(?<![\p{L}\p{N}_'’\-])\p{Ll}[\p{Ll}'’\-]*(?![\p{L}\p{N}_])`;
const LOWER_WORDS = new RegExp(LOWER_WORD, 'gu');
const LOWER_WORD_AT = new RegExp(LOWER_WORD, 'uy');
const SURROGATE = /[\uD800-\uDFFF]/;

/** The words an article writes in lower case, asked one at a time. */
export interface LowerCaseWords {
  has(word: string): boolean;
}

/**
 * Whether one of the matches of LOWER_WORDS over `text` is `word`. A match can only start
 * where the word before it ended (the look-behind fails inside a match), so the matches are
 * exactly the sticky matches at the places `word` occurs: no need to list every word of the
 * article for the few it is asked about.
 */
function writesInLowerCase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1 && word.length > 0; at = text.indexOf(word, at + 1)) {
    LOWER_WORD_AT.lastIndex = at;
    if (LOWER_WORD_AT.exec(text)?.[0] === word) return true;
  }
  return false;
}

// Words looked for in the text before listing all of its words instead: each look may read
// the whole text, so past a few the listing is cheaper (and the cost stays linear).
const SCANS = 8;

/** The words an article writes in lower case ("zircon"), to tell a capitalised common word at a sentence start from a name. */
export function lowerCaseWords(text: string): LowerCaseWords {
  let all: ReadonlySet<string> | undefined;
  let scans = 0;
  return {
    has: (word) => {
      // A surrogate pair: where a Unicode regex may start is subtler; list them all.
      if (all === undefined && scans < SCANS && !SURROGATE.test(word)) {
        scans++;
        return writesInLowerCase(text, word);
      }
      all ??= new Set(text.match(LOWER_WORDS) ?? []);
      return all.has(word);
    },
  };
}

/**
 * One capitalised word at a sentence start or in the title that the article also writes in
 * lower case ("Zircon sands rose" beside "zircon output"): a common word, not a name.
 */
export function isCommonInArticle(text: string, start: number, written: string, lower: LowerCaseWords, inTitle: boolean): boolean {
  if (written.includes(' ') || !lower.has(written.toLowerCase())) return false;
  return inTitle || OPENS_SENTENCE.test(text.slice(Math.max(0, start - 3), start));
}
