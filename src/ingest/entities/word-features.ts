// What the tagger knows about a word on its own, whatever its neighbours: its form, case
// pattern, affixes, Brown cluster and what the gazetteers and word lists say of it. Cached
// per word form, since newswire repeats its words.
import { createHash } from 'node:crypto';
import {
  HONORIFICS,
  MONTH_NAMES,
  NOT_NAMES,
  ORG_HEADS,
  PLACE_HEADS,
  TITLE_WORDS,
  gazetteerDigest,
  isDemonym,
  isFirstName,
  lexiconType,
  lookupForm,
  startsMultiWordForm,
} from '../gazetteer/index.js';
import { clusterEntries, clusterOf } from './clusters.js';
import { memoize } from '../memo.js';
import { hashString, mix } from './hash.js';

export interface WordInfo {
  /** Hashed features of the word alone. */
  own: Uint32Array;
  /** Hashes of values that context templates combine with their own ids. */
  lower: number;
  shortShape: number;
  cluster: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Letters, all capitals (a headline or an acronym). */
  allCaps: boolean;
  /** Has a letter (a line's share of capitals counts words only). */
  letter: boolean;
  /** Starts some gazetteer name of several words ("New" of "New York"). */
  startsName: boolean;
  /**
   * What a scorer derived from the word alone (two-pass.ts: its summed weights), kept on the
   * word because it is read for every token; `by` is the scorer that made it.
   */
  derived: { by: object; value: Int32Array } | undefined;
}

/** "Xxxx", "XX", "dd-dd", "X.X.": each letter or digit class, kept. */
export function shape(word: string): string {
  let out = '';
  for (const ch of word) out += shapeOf(ch);
  return out;
}

// One character's class. ASCII, nearly every character of wire copy, is classed by code
// (A-Z, a-z and 0-9 are exactly its \p{Lu}, \p{Ll} and \p{N}) instead of by a Unicode regex.
function shapeOf(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

const collapse = (shape: string): string => shape.replace(/(.)\1+/g, '$1');

/** The shape with repeats collapsed ("Xxxx" -> "Xx", "dddd" -> "d"). */
export function shortShape(word: string): string {
  return collapse(shape(word));
}

const MONTHS = new Set(MONTH_NAMES);
const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

const feature = (template: string, value: string): number => mix(hashString(template), hashString(value));

// Cluster-path prefix lengths used as features (Ratinov and Roth's choice).
const CLUSTER_PREFIXES = [4, 6, 10, 20];
// The affix and cluster templates' hashes, made once ("p1".."p4", "s1".."s4", "c4".."c20").
const PREFIX_OF = [1, 2, 3, 4].map((n) => hashString(`p${n}`));
const SUFFIX_OF = [1, 2, 3, 4].map((n) => hashString(`s${n}`));
const CLUSTER_OF = CLUSTER_PREFIXES.map((n) => hashString(`c${n}`));

function build(word: string): WordInfo {
  const lower = word.toLowerCase();
  const cap = /^\p{Lu}/u.test(word);
  const allCaps = /\p{L}/u.test(word) && !/\p{Ll}/u.test(word);
  const sh = shape(word);
  const ss = collapse(sh);
  const f: number[] = [feature('w', word), feature('lw', lower), feature('sh', sh), feature('ss', ss)];
  for (let n = 1; n <= 4 && n < lower.length; n++) {
    f.push(mix(PREFIX_OF[n - 1]!, hashString(lower.slice(0, n))), mix(SUFFIX_OF[n - 1]!, hashString(lower.slice(-n))));
  }
  // A headline in capitals says what the word is through its ordinary spelling.
  const asWritten = allCaps && word.length > 1 ? titleCase(word) : word;
  const path = clusterOf(word) ?? clusterOf(asWritten) ?? clusterOf(lower);
  if (path) CLUSTER_PREFIXES.forEach((n, i) => f.push(mix(CLUSTER_OF[i]!, hashString(path.slice(0, n)))));
  else f.push(feature('c', 'none'));
  const lx = lexiconType(asWritten);
  if (lx) f.push(feature('lx', lx));
  const known = lookupForm(asWritten);
  if (known) f.push(feature('gz1', known.type));
  if (isFirstName(asWritten)) f.push(feature('fn', '1'));
  if (isDemonym(asWritten)) f.push(feature('dem', '1'));
  if (TITLE_WORDS.has(asWritten)) f.push(feature('title', '1'));
  if (HONORIFICS.has(asWritten)) f.push(feature('hon', '1'));
  if (ORG_HEADS.has(asWritten)) f.push(feature('orgh', '1'));
  if (PLACE_HEADS.has(asWritten)) f.push(feature('plh', '1'));
  if (MONTHS.has(asWritten)) f.push(feature('month', '1'));
  if (NOT_NAMES.has(asWritten)) f.push(feature('nn', '1'));
  return {
    own: Uint32Array.from(f),
    lower: hashString(lower),
    shortShape: hashString(ss),
    cluster: path ? hashString(path.slice(0, 6)) : 0,
    cap,
    allCaps,
    letter: /\p{L}/u.test(word),
    startsName: cap && startsMultiWordForm(word),
    derived: undefined,
  };
}

export const wordInfo: (word: string) => WordInfo = memoize(build);

/**
 * A digest of everything outside this code that a word's features are read from: the
 * gazetteers and compromise's lexicon, the word lists and the Brown clusters. The trainer
 * writes it into the model (trainedOn.features), and a test compares: a list edited after
 * training would otherwise shift the model's behaviour silently (npm run train:ner again).
 */
export function featureDigest(): string {
  const hash = createHash('sha256');
  hash.update(gazetteerDigest());
  for (const list of [TITLE_WORDS, HONORIFICS, ORG_HEADS, PLACE_HEADS, MONTHS, NOT_NAMES]) hash.update(`${[...list].sort().join('\n')}\n--\n`);
  for (const [word, path] of clusterEntries()) hash.update(`${word}\t${path}\n`);
  return hash.digest('hex').slice(0, 16);
}
