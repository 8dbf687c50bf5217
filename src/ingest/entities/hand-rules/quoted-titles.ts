// Titles of works in quotation marks: shows, films, songs, podcasts (''Hail, Caesar!'',
// “Good Morning America”, the ''Today'' show). Found before the capitalised runs, because a
// title's words would otherwise be read as names of their own ("American" in “American
// Skin”, "Fox" in “Fox and Friends”).
import type { Token } from './runs.js';
import { WORK_NOUNS, isGivenName, lookupForm, PERSON_NAMES } from '../../gazetteer/index.js';
import type { EntityType } from '../../types.js';

export interface QuotedTitle {
  name: string;
  type: EntityType;
  start: number;
  end: number;
  /** The gazetteer knows the quoted name (“Fox News”). */
  known: boolean;
}

// “...”, ''...'' (the NYT's doubled apostrophes) or "...", on one line, short.
const QUOTED = /(?:“|''|")([^“”"\n]{1,70}?)(?:”|''|")/g;
// Lower-case words a title may keep inside ("Fox and Friends", "Speaking with One Voice").
const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'vs.', 'nor', 'but']);
const TITLE_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}'’\-]*[,!?]?$/u;

/** Whether the quoted words read as a title: capitalised words, small words inside, no sentence break. */
function looksLikeTitle(words: string[]): boolean {
  if (words.length === 0 || words.length > 7) return false;
  if (!TITLE_WORD.test(words[0]!)) return false;
  return words.every((w) => TITLE_WORD.test(w) || SMALL.has(w));
}

/**
 * Quoted titles in each of an article's paragraphs (`spans`, offsets into `text`). A single
 * quoted word counts only next to a work noun (the ''Today'' show, the podcast “Serial”),
 * or when the article has called that same word a work elsewhere: alone it is more often a
 * scare quote. A quotation that looks like a person's name (“Crooked Hillary”) is left to
 * the name rules.
 */
export function quotedTitles(text: string, spans: readonly { start: number; end: number }[]): QuotedTitle[][] {
  const found = spans.map(({ start, end }) => titlesIn(text, start, end));
  const works = new Set(found.flat().filter((q) => q.single && q.nearWorkNoun).map((q) => q.name));
  return found.map((list) =>
    list.filter((q) => !q.single || works.has(q.name)).map(({ name, type, start, end, known }) => ({ name, type, start, end, known })),
  );
}

interface Found extends QuotedTitle {
  single: boolean;
  nearWorkNoun: boolean;
}

function titlesIn(text: string, start: number, end: number): Found[] {
  const body = text.slice(start, end);
  const out: Found[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(body); m; m = QUOTED.exec(body)) {
    // Keep American-style punctuation inside the marks out of the title: ''A Serious Man.''
    const content = m[1]!.replace(/[.,]+$/, '');
    const words = content.split(/\s+/).filter(Boolean);
    if (!looksLikeTitle(words)) continue;
    if (words.some((w) => isGivenName(w.replace(/[,!?]$/, '')) || PERSON_NAMES.has(w.replace(/[,!?]$/, '')))) continue;
    const from = start + m.index + m[0].indexOf(content);
    const known = lookupForm(content);
    out.push({
      name: known?.name ?? content,
      type: known?.type ?? 'OTHER',
      start: from,
      end: from + content.length,
      known: known !== undefined,
      single: words.length === 1,
      nearWorkNoun: nextToWorkNoun(body, m.index, m.index + m[0].length),
    });
  }
  return out;
}

function nextToWorkNoun(body: string, open: number, close: number): boolean {
  const after = /^[,.]?\s+(\p{Ll}+)/u.exec(body.slice(close));
  const before = /(\p{Ll}+)\s+$/u.exec(body.slice(Math.max(0, open - 20), open));
  return (after !== null && WORK_NOUNS.has(after[1]!)) || (before !== null && WORK_NOUNS.has(before[1]!));
}

/** The tokens outside every quoted title: a title's words are not names of their own. */
export function outsideTitles(tokens: Token[], titles: QuotedTitle[]): Token[] {
  if (titles.length === 0) return tokens;
  // Tokens and titles both come in text order and titles do not overlap: one pass over both,
  // so a paragraph with thousands of quoted titles stays linear.
  const out: Token[] = [];
  let i = 0;
  for (const token of tokens) {
    while (i < titles.length && titles[i]!.end <= token.start) i++;
    const title = titles[i];
    if (!title || title.start >= token.end) out.push(token);
  }
  return out;
}
