// Titles and descriptions around a person's name: "U.S. President-elect Donald Trump",
// "Labor Secretary Thomas Perez", "Dmitry Peskov, the Kremlin spokesman". Titles are split
// off the name and kept as descriptions; they never become entities of their own.
import type { Token } from './runs.js';
import {
  MODIFIER_WORDS,
  NOT_NAMES,
  ORG_HEADS,
  OTHER_HEADS,
  PLACE_HEADS,
  isDemonym,
  lookupForm,
} from '../../gazetteer/index.js';
import { HONORIFICS, ROLE_WORDS, TITLE_PHRASES, TITLE_WORDS } from '../../lexicon/index.js';

const words = (tokens: Token[]): string => tokens.map((t) => t.text).join(' ');
const lower = (t: Token): string => t.text.toLowerCase();

/** Longest title phrase or title word starting at `i` ("Secretary of State", "President"). */
const PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of TITLE_PHRASES) {
  const parts = phrase.split(' ');
  PHRASES_BY_FIRST.set(parts[0]!, [...(PHRASES_BY_FIRST.get(parts[0]!) ?? []), parts]);
}

export function titleLength(tokens: Token[], i: number): number {
  for (const parts of PHRASES_BY_FIRST.get(tokens[i]!.text) ?? []) {
    if (parts.every((p, k) => tokens[i + k]?.text === p)) return parts.length;
  }
  return TITLE_WORDS.has(tokens[i]!.text) ? 1 : 0;
}

/** A known entity of 1-3 words starting at `i` ("White House", "U.S."). */
export function knownLength(tokens: Token[], i: number): number {
  for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
    if (lookupForm(words(tokens.slice(i, i + n)))) return n;
  }
  return 0;
}

export interface TitleSplit {
  /** Tokens of the title ("U.S. President-elect"); empty when there is none. */
  title: Token[];
  /** Known entities inside the title ("U.S." in "U.S. President"). */
  inside: Token[][];
  rest: Token[];
}

/**
 * Splits a leading title off a run: titles, demonyms and known places or bodies
 * before a title word ("British Prime Minister", "Kremlin spokesman" is handled by
 * descriptionBefore since "spokesman" is lower-case).
 */
export function splitTitle(tokens: Token[]): TitleSplit {
  let i = 0;
  let end = 0;
  const inside: Token[][] = [];
  const pending: Token[][] = [];
  while (i < tokens.length) {
    const t = titleLength(tokens, i);
    if (t > 0) {
      i += t;
      end = i;
      inside.push(...pending.splice(0));
      continue;
    }
    if (isDemonym(tokens[i]!.text)) {
      i++;
      continue;
    }
    const k = knownLength(tokens, i);
    if (k > 0 && i + k < tokens.length) {
      pending.push(tokens.slice(i, i + k));
      i += k;
      continue;
    }
    break;
  }
  return { title: tokens.slice(0, end), inside, rest: tokens.slice(end) };
}

/**
 * A title inside a run, after the body it belongs to: "Labor Secretary Thomas Perez",
 * "CWA President Chris Shelton", "Republican National Committee Chairman Reince Priebus".
 * Returns where the title ends, when one to three plain name words follow it.
 */
export function innerTitleEnd(tokens: Token[]): number | null {
  for (let k = tokens.length - 2; k >= 1; k--) {
    const n = titleLength(tokens, k);
    if (n === 0 || k + n >= tokens.length) continue;
    const name = tokens.slice(k + n);
    const plain = name.every((t) => /^\p{Lu}[\p{Ll}’'\-]+$|^\p{Lu}\.$/u.test(t.text) && !NOT_NAMES.has(t.text) && !isHead(t.text));
    return plain && name.length <= 3 ? k + n : null;
  }
  return null;
}

export const isHead = (w: string): boolean => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OTHER_HEADS.has(w);

/**
 * Where the lower-case or title words just before a name start, when they describe it
 * ("Kremlin spokesman Dmitry Peskov", "Republican presidential nominee Donald Trump").
 * Returns the index of the first describing token, or null.
 */
export function descriptionStart(all: Token[], first: number, needRole: boolean): number | null {
  let i = first - 1;
  let hasRole = false;
  while (i >= 0) {
    const t = all[i]!;
    if (!t.joinsNext) break;
    const w = lower(t);
    const ok = ROLE_WORDS.has(w) || MODIFIER_WORDS.has(w) || TITLE_WORDS.has(t.text) || isDemonym(t.text) || lookupForm(t.text) !== undefined;
    if (!ok) break;
    if (ROLE_WORDS.has(w) || (TITLE_WORDS.has(t.text) && !HONORIFICS.has(t.text))) hasRole = true;
    i--;
    if (t.sentenceStart) break;
  }
  let from = i + 1;
  while (from < first && /^(?:the|of|and|a|an)$/i.test(all[from]!.text)) from++;
  if ((needRole && !hasRole) || from >= first) return null;
  return from;
}

/** An apposition after a name: "Dmitry Peskov, the Kremlin spokesman, said". */
export function descriptionAfter(text: string, all: Token[], last: number): string | null {
  const t = all[last]!;
  if (!/^, *$/.test(t.gapAfter)) return null;
  let i = last + 1;
  while (i < all.length && /^(?:the|a|an)$/.test(all[i]!.text)) i++;
  const from = i;
  let hasRole = false;
  for (; i < all.length && i - from < 7; i++) {
    const w = all[i]!;
    const lw = lower(w);
    if (!(ROLE_WORDS.has(lw) || MODIFIER_WORDS.has(lw) || w.cap || lw === 'for' || lw === 'at' || lw === 'to')) return null;
    if (ROLE_WORDS.has(lw)) hasRole = true;
    if (!w.joinsNext) {
      if (!/^[,.;)]/.test(w.gapAfter) || !hasRole || !ROLE_WORDS.has(lw) && !w.cap) return null;
      return text.slice(all[from]!.start, w.end);
    }
  }
  return null;
}
