// The reported-speech tagger's features: for each token of a sentence, a list of hashed
// feature ids. Besides the word and its neighbours, a token sees the nearest cue word on each
// side (a word the training data uses as a Cue: "said", "according", "believes"; the list is
// learned and stored with the model), how far it is, whether "that" follows it and how many
// commas lie between: "Peskov said that Putin had no plans" puts "plans" 5 words after
// "said", past "that", with no comma, which is where Content lies.
import { hashString, mix } from '../../entities/hash.js';
import { memoize } from '../../memo.js';
import type { TagToken } from '../../entities/tokens.js';
import type { Span } from '../../types.js';

/** The feature set's version, recorded in the model: a model trained on another set must be retrained. */
export const FEATURE_SET = 'reported/3';

const T = (name: string): number => hashString(name);
const BIAS = T('bias');
const WORD = T('w');
const SHAPE = T('shape');
const SUFFIX = T('suf');
const PREV = T('p1');
const NEXT = T('n1');
const PREV_WORD = T('p1w');
const WORD_NEXT = T('wn1');
const QUOTED = T('quoted');
const LEFT_CUE = T('lc');
const LEFT_CUE_DISTANCE = T('lcd');
const LEFT_CUE_THAT = T('lct');
const LEFT_CUE_COMMAS = T('lcc');
const LEFT_CUE_SHAPE = T('lcs');
const RIGHT_CUE = T('rc');
const RIGHT_CUE_DISTANCE = T('rcd');
const RIGHT_CUE_COMMAS = T('rcc');
const NO_CUE = hashString('none');

/** The words the features treat as cues, lower case. */
export type CueWords = ReadonlySet<string>;

/** Word shape, runs collapsed: "Peskov" Xx, "U.S." X.X., "2016" d, "," ",". */
export function shapeOf(word: string): string {
  return word
    .replace(/\p{Lu}+/gu, 'X')
    .replace(/\p{Ll}+/gu, 'x')
    .replace(/\p{N}+/gu, 'd')
    .slice(0, 6);
}

/** Distance in tokens, bucketed: 1, 2, 3, 4-5, 6-8, 9-13, 14-20, 21+. */
export function distanceBucket(d: number): number {
  if (d <= 3) return d;
  if (d <= 5) return 4;
  if (d <= 8) return 6;
  if (d <= 13) return 9;
  if (d <= 20) return 14;
  return 21;
}

const num = (f: number, value: number): number => mix(f, value + 1);
const START = hashString('<s>');
const END = hashString('</s>');

// A word's own features (its form, shape, suffix), shared by its every occurrence: newswire
// repeats its words, and hashing strings is most of the cost.
export interface WordFeatures {
  lower: string;
  hash: number;
  /** The hash of its shape ("Xx"). */
  shape: number;
  /** Its own feature ids: the bias, form, shape and suffix. */
  own: readonly number[];
}
const wordFeatures = memoize((w: string): WordFeatures => {
  const lower = w.toLowerCase();
  const hash = hashString(lower);
  const shape = hashString(shapeOf(w));
  return { lower, hash, shape, own: [BIAS, mix(WORD, hash), mix(SHAPE, shape), mix(SUFFIX, hashString(lower.slice(-3)))] };
});

/** Each token's word, with its own features. */
export const sentenceWords = (tokens: readonly TagToken[]): WordFeatures[] => tokens.map((t) => wordFeatures(t.text));

/**
 * A sentence's features: token i's word is `words[i]` (its own features, shared by every
 * occurrence of the word), and its other features are `flat[offsets[i] .. offsets[i + 1])`.
 */
export interface SentenceFeatures {
  words: WordFeatures[];
  flat: Uint32Array;
  offsets: Uint32Array;
}

// The most features a token has besides its word's own.
const MAX_CONTEXT = 13;

/**
 * The features of each token of one sentence. `quoted[i]` is 1 for a token inside quotation
 * marks (a direct quote is never reported Content).
 */
export function sentenceFeatures(tokens: readonly TagToken[], quoted: ArrayLike<number>, cueWords: CueWords, words: WordFeatures[] = sentenceWords(tokens)): SentenceFeatures {
  const n = tokens.length;
  const hashes = new Uint32Array(n + 4);
  hashes[0] = START;
  hashes[1] = START;
  for (let i = 0; i < n; i++) hashes[i + 2] = words[i]!.hash;
  hashes[n + 2] = END;
  hashes[n + 3] = END;
  // hash(i) is hashes[i + 2].
  const isCue = words.map((w) => cueWords.has(w.lower));
  // Commas before each token, to count those between a cue and a token.
  const commas = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) commas[i + 1] = commas[i]! + (words[i]!.lower === ',' ? 1 : 0);
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  for (let i = 1; i < n; i++) left[i] = isCue[i - 1] ? i - 1 : left[i - 1]!;
  for (let i = n - 2; i >= 0; i--) right[i] = isCue[i + 1] ? i + 1 : right[i + 1]!;
  const flat = new Uint32Array(n * MAX_CONTEXT);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const h = hashes[i + 2]!;
    flat[k++] = mix(PREV, hashes[i + 1]!);
    flat[k++] = mix(NEXT, hashes[i + 3]!);
    flat[k++] = mix(mix(PREV_WORD, hashes[i + 1]!), h);
    flat[k++] = mix(mix(WORD_NEXT, h), hashes[i + 3]!);
    flat[k++] = num(QUOTED, quoted[i] ?? 0);
    const l = left[i]!;
    if (l >= 0) {
      const d = distanceBucket(i - l);
      const c = Math.min(2, commas[i]! - commas[l + 1]!);
      flat[k++] = mix(mix(LEFT_CUE, hashes[l + 2]!), d);
      flat[k++] = num(LEFT_CUE_DISTANCE, d);
      flat[k++] = num(LEFT_CUE_THAT, words[l + 1]?.lower === 'that' ? 1 : 0);
      flat[k++] = mix(num(LEFT_CUE_COMMAS, c), d);
      flat[k++] = mix(mix(LEFT_CUE_SHAPE, l > 0 ? words[l - 1]!.shape : START), d);
    } else flat[k++] = mix(LEFT_CUE, NO_CUE);
    const r = right[i]!;
    if (r >= 0) {
      const d = distanceBucket(r - i);
      const c = Math.min(2, commas[r]! - commas[i + 1]!);
      flat[k++] = mix(mix(RIGHT_CUE, hashes[r + 2]!), d);
      flat[k++] = num(RIGHT_CUE_DISTANCE, d);
      flat[k++] = mix(num(RIGHT_CUE_COMMAS, c), d);
    } else flat[k++] = mix(RIGHT_CUE, NO_CUE);
  }
  offsets[n] = k;
  return { words, flat, offsets };
}

/** Token i's features, its word's own first (for the trainer, which works token by token). */
export function tokenFeatures(f: SentenceFeatures): Uint32Array[] {
  return f.words.map((w, i) => Uint32Array.from([...w.own, ...f.flat.subarray(f.offsets[i], f.offsets[i + 1])]));
}

/** Per token, 1 when it lies inside one of `quotes` (sorted, disjoint; from the opening mark to the closing one). */
export function quotedFlags(tokens: readonly Span[], quotes: readonly { open: number; close: number }[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  let q = 0;
  tokens.forEach((t, i) => {
    while (q < quotes.length && quotes[q]!.close <= t.start) q++;
    if (q < quotes.length && quotes[q]!.open <= t.start) flags[i] = 1;
  });
  return flags;
}
