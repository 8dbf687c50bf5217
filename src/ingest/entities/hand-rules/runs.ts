// Candidate detection for entity recognition: the words of a paragraph and the runs of
// capitalised words that may be names. Regexes only, so a 2 KB article costs a few
// microseconds; deciding what a run is belongs to classify.ts.
import { CONNECTOR_HEADS, ORG_HEADS, isStateAbbreviation, lookupForm } from '../../gazetteer/index.js';
import { ABBREVIATIONS, COMPOUND_PARTICIPLES, alternation, NAME_PARTICLES, TITLE_PHRASES } from '../../lexicon/index.js';

export interface Token {
  /** The word without a possessive ’s ("Moscow" in "Moscow’s"). */
  text: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
  /** Starts with a capital letter (or is an acronym such as "U.S."). */
  cap: boolean;
  /** Was followed by ’s or 's (a possessive ends a name). */
  possessive: boolean;
  /** First word of a sentence, a quotation or the paragraph: its capital says nothing. */
  sentenceStart: boolean;
  /** Only plain spaces separate it from the next word (no punctuation, no possessive). */
  joinsNext: boolean;
  /** The characters between this word and the next one. */
  gapAfter: string;
}


const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'\-&][\p{L}\p{N}]+)*\.?/gu;
// Plain string tests stand in for regexes in this per-word loop: "'s" or "’s" at the end.
const isPossessive = (word: string): boolean => word.endsWith("'s") || word.endsWith('’s');
/** Starts with a capital letter (ASCII by code, the rest by \p{Lu}). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
}
/** Non-empty and all plain spaces. */
function onlySpaces(gap: string): boolean {
  if (gap.length === 0) return false;
  for (let i = 0; i < gap.length; i++) if (gap.charCodeAt(i) !== 32) return false;
  return true;
}
/**
 * A lower-case prefix before a name ("post-Iowa", "anti-Trump") or a party letter before a
 * state ("R-Texas", "I-Vt."): the name is read as a word of its own.
 */
const NAME_AFTER_PREFIX = /^(?:\p{Ll}+|[RDI])-(?=\p{Lu})/u;
/** A name before a participle ("Kremlin-backed", "New York-based"): the name ends at the hyphen. */
const NAME_BEFORE_SUFFIX = new RegExp(String.raw`^\p{Lu}[\p{L}.]*(?=-(?:${alternation(COMPOUND_PARTICIPLES)})$)`, 'u');

const SENTENCE_GAP = /[.!?:;“"‘(\[—–]|'(?=\p{Lu})/u;

/** Splits a paragraph into words with offsets (relative to the article text). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const body = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    let word = m[0];
    let skip = 0;
    const hyphen = word.includes('-');
    const prefix = hyphen ? NAME_AFTER_PREFIX.exec(word) : null;
    // A party letter only counts before a state ("X-Men" and "T-Mobile" stay whole), and a
    // name particle stays in the name ("al-Assad", "el-Sisi").
    const lower = prefix !== null && prefix[0].length > 2;
    if (
      prefix &&
      (lower ? !NAME_PARTICLES.has(prefix[0].slice(0, -1)) : lookupForm(word.slice(2))?.type === 'LOCATION' || isStateAbbreviation(word.slice(2)))
    ) {
      skip = prefix[0].length;
      word = word.slice(skip);
    }
    const named = hyphen ? NAME_BEFORE_SUFFIX.exec(word) : null;
    if (named) word = named[0];
    if (word.endsWith('.') && !/^(?:\p{Lu}\.){2,}$/u.test(word)) {
      const bare = word.slice(0, -1);
      if (!ABBREVIATIONS.has(bare) && !/^\p{Lu}$/u.test(bare)) word = bare;
    }
    let possessive = false;
    if (isPossessive(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const s = start + m.index + skip;
    out.push({
      text: word,
      start: s,
      end: s + word.length,
      cap: startsUpper(word),
      possessive,
      sentenceStart: false,
      joinsNext: false,
      gapAfter: '',
    });
    // The possessive ending stays out of the word, so re-scan from the word's end.
    WORD.lastIndex = m.index + skip + (possessive ? word.length + 2 : word.length);
  }
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    const next = out[i + 1];
    const gapStart = t.possessive ? t.end + 2 : t.end;
    t.gapAfter = text.slice(gapStart, next ? next.start : end);
    // A state abbreviation ends a place ("San Bernardino, Calif. The Islamic State").
    t.joinsNext = !t.possessive && next !== undefined && onlySpaces(t.gapAfter) && !(t.text.endsWith('.') && isStateAbbreviation(t.text));
    const before = i === 0 ? text.slice(start, t.start) : out[i - 1]!.gapAfter;
    const prev = out[i - 1];
    t.sentenceStart =
      i === 0 || SENTENCE_GAP.test(before) || (prev !== undefined && prev.text.endsWith('.') && !prev.cap);
  }
  return out;
}

export interface Candidate {
  tokens: Token[];
  /** Index of the first token in the paragraph's token list. */
  first: number;
}

const CONNECTORS = new Set(['of', 'of the', 'and', '&', 'for', 'for the', 'on', 'on the']);

function isNameWord(t: Token): boolean {
  return t.cap && !/^\p{Lu}{6,}$/u.test(t.text);
}

/** Would "<left> <connector> <right>" read as one name ("Department of Justice")? */
function bridges(left: Token[], connector: string, right: Token[]): boolean {
  const last = left.at(-1)!.text;
  // "Department of Justice", "Communications Workers of America": an organisation's head word before "of".
  if ((CONNECTOR_HEADS.has(last) || ORG_HEADS.has(last)) && connector.startsWith('of')) return true;
  const joined = `${last} ${connector} ${right[0]!.text}`;
  if (TITLE_PHRASES.some((p) => p.startsWith(joined))) return true;
  const whole = `${left.map((t) => t.text).join(' ')} ${connector} ${right.map((t) => t.text).join(' ')}`;
  for (let i = 0; i < left.length; i++) {
    if (lookupForm(whole.split(' ').slice(i).join(' '))) return true;
  }
  return false;
}

/**
 * Runs of capitalised words that may be names: "U.S. President-elect Donald Trump",
 * "Bill de Blasio", "Department of Justice". Connectors ("of", "and") join two runs only
 * when the result reads as one name, so "Trump and Putin" stays two candidates.
 */
export function candidates(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const particleStart = NAME_PARTICLES.has(t.text) && t.joinsNext && tokens[i + 1] !== undefined && isNameWord(tokens[i + 1]!);
    if (!isNameWord(t) && !particleStart) {
      i++;
      continue;
    }
    const first = i;
    let run = collectRun(tokens, i);
    i += run.length;
    // Try to bridge a connector to the next run.
    for (;;) {
      const last = tokens[i - 1]!;
      if (!last.joinsNext) break;
      const c1 = tokens[i];
      if (!c1 || c1.cap) break;
      let connector = c1.text;
      let j = i + 1;
      if (c1.joinsNext && tokens[j] && tokens[j]!.text === 'the' && CONNECTORS.has(`${connector} the`)) {
        connector = `${connector} the`;
        j++;
      }
      const cLast = tokens[j - 1]!;
      if (!CONNECTORS.has(connector) || !cLast.joinsNext || !tokens[j] || !isNameWord(tokens[j]!)) break;
      const right = collectRun(tokens, j);
      if (!bridges(run, connector, right)) break;
      run = tokens.slice(first, j + right.length);
      i = j + right.length;
    }
    out.push({ tokens: run, first });
  }
  return out;
}

function collectRun(tokens: Token[], from: number): Token[] {
  const run: Token[] = [];
  let i = from;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const particle = NAME_PARTICLES.has(t.text) && t.joinsNext && tokens[i + 1] !== undefined && isNameWord(tokens[i + 1]!);
    if (!isNameWord(t) && !particle) break;
    // A word that opens a new sentence or quotation does not continue a name.
    if (run.length > 0 && t.sentenceStart) break;
    run.push(t);
    i++;
    if (!t.joinsNext) break;
  }
  return run;
}
