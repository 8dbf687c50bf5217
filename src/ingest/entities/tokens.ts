// The tagger's tokens: words, numbers and punctuation with offsets, cut the way newswire
// treebanks cut them (CoNLL-2003, Penn): "Germany's" -> "Germany" + "'s", "don't" -> "do" +
// "n't", "U.S.-led" and "S&P" whole, "Inc." and the initial "J." keep their stop. The model
// is trained on such tokens, so a mention's offsets are whole tokens of the text.
import { ABBREVIATIONS } from '../lexicon/index.js';

export interface TagToken {
  text: string;
  /** Offsets into the text given to `tokenize`. */
  start: number;
  end: number;
}

// One alternative per kind, tried in order at each position:
//   dotted acronyms with an optional hyphenated tail ("U.S.", "a.m.", "U.S.-led");
//   numbers with inner separators ("1996-08-30", "3-1/2", "1,000.5");
//   words with inner hyphens, apostrophes, ampersands or dots ("O'Brien", "S&P", "Yahoo.com");
//   runs of dots or dashes ("...", "--"); any other single character.
const TOKEN =
  /(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|\p{N}+(?:[.,:/\-]\p{N}+)*(?:-?\p{L}+)?|[\p{L}\p{N}]+(?:[-'’&.][\p{L}\p{N}]+)*|\.{2,}|-{2,}|\S/gu;
// Clitics split off the end of a word ("Germany's", "can't", "they're").
const CLITIC = /(?:n['’]t|['’](?:s|S|re|m|ve|ll|d|RE|VE|LL|D|M))$/u;
// A single capital (an initial) keeps its stop.
const INITIAL = /^\p{Lu}$/u;

/** Splits `text[start, end)` into tokens with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): TagToken[] {
  const out: TagToken[] = [];
  const body = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    let word = m[0];
    let at = start + m.index;
    const clitic = word.length > 2 ? CLITIC.exec(word) : null;
    if (clitic && clitic.index > 0) {
      const stem = word.slice(0, clitic.index);
      out.push({ text: stem, start: at, end: at + stem.length });
      at += stem.length;
      word = clitic[0];
    }
    // "Inc." and "J." keep their stop; any other stop is a token of its own.
    if (body[m.index + m[0].length] === '.' && /^[\p{L}]+$/u.test(word) && (ABBREVIATIONS.has(word) || INITIAL.test(word))) {
      word += '.';
      TOKEN.lastIndex++;
    }
    out.push({ text: word, start: at, end: at + word.length });
  }
  return out;
}
