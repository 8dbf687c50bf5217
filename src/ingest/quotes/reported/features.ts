// The reported-speech tagger's features: for each token of a sentence, a list of hashed
// feature ids. Besides the word and its neighbours, a token sees the nearest cue word on each
// side (a word the training data uses as a Cue: "said", "according", "believes"; the list is
// learned and stored with the model), how far it is, whether "that" follows it and how many
// commas lie between: "Peskov said that Putin had no plans" puts "plans" 5 words after
// "said", past "that", with no comma, which is where Content lies.
import { hashString, mix } from '../../entities/hash.js';
import { memoize } from '../../memo.js';
import type { TagToken } from '../../entities/tokens.js';
import { WorkArray } from '../../entities/work-arrays.js';
import { clusterOf } from '../../entities/clusters.js';
import type { Span } from '../../types.js';

/** The feature set's version, recorded in the model: a model trained on another set must be retrained. */
export const FEATURE_SET = 'reported/4';

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
const CLUSTER = T('c');

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

// The ids of the features with few values, made once: by quoted flag, by distance bucket
// (indexed by the bucket, 1..21), by comma count (0..2) and bucket.
const byBucket = (id: (d: number) => number): Uint32Array => Uint32Array.from({ length: 22 }, (_, d) => id(d));
const QUOTED_IDS = [num(QUOTED, 0), num(QUOTED, 1)];
const LEFT_DISTANCE_IDS = byBucket((d) => num(LEFT_CUE_DISTANCE, d));
const RIGHT_DISTANCE_IDS = byBucket((d) => num(RIGHT_CUE_DISTANCE, d));
const LEFT_COMMA_IDS = [0, 1, 2].map((c) => byBucket((d) => mix(num(LEFT_CUE_COMMAS, c), d)));
const RIGHT_COMMA_IDS = [0, 1, 2].map((c) => byBucket((d) => mix(num(RIGHT_CUE_COMMAS, c), d)));
const THAT_IDS = [num(LEFT_CUE_THAT, 0), num(LEFT_CUE_THAT, 1)];
const NO_LEFT_CUE = mix(LEFT_CUE, NO_CUE);
const NO_RIGHT_CUE = mix(RIGHT_CUE, NO_CUE);

// Brown cluster prefixes of a word (models/word-clusters.tsv): coarse to whole path. 4, 8, 12
// and the whole path did best on held-out train articles (content F1 0.469 -> 0.479).
const CLUSTER_PREFIXES = [4, 8, 12, Infinity];
const CLUSTER_IDS = CLUSTER_PREFIXES.map((n) => mix(CLUSTER, Math.min(n, 99)));
const NO_CLUSTER = hashString('-');

/**
 * A word's cluster features, one per prefix length: "said" (path 0100010) gives the ids of
 * "0100", "0100010", "0100010", "0100010"; a word too rare to cluster, one "-" id per length.
 * Part of the word's own features, so summed once per word, not once per token.
 */
export function clusterFeatures(word: string, lower = word.toLowerCase()): readonly number[] {
  const path = clusterOf(word) ?? clusterOf(lower);
  if (path === undefined) return UNCLUSTERED;
  // Far fewer paths than words: the ids are made once per path.
  let ids = idsByPath.get(path);
  if (!ids) idsByPath.set(path, (ids = CLUSTER_IDS.map((id, i) => mix(id, hashString(path.slice(0, CLUSTER_PREFIXES[i]))))));
  return ids;
}
const UNCLUSTERED: readonly number[] = CLUSTER_IDS.map((id) => mix(id, NO_CLUSTER));
const idsByPath = new Map<string, readonly number[]>();

// A word's own features (its form, shape, suffix, clusters), shared by its every occurrence: newswire
// repeats its words, and hashing strings is most of the cost.
export interface WordFeatures {
  lower: string;
  hash: number;
  /** The hash of its shape ("Xx"). */
  shape: number;
  /** Its own feature ids: the bias, form, shape, suffix and cluster prefixes. */
  own: readonly number[];
}
const wordFeatures = memoize((w: string): WordFeatures => {
  const lower = w.toLowerCase();
  const hash = hashString(lower);
  const shape = hashString(shapeOf(w));
  return { lower, hash, shape, own: [BIAS, mix(WORD, hash), mix(SHAPE, shape), mix(SUFFIX, hashString(lower.slice(-3))), ...clusterFeatures(w, lower)] };
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

// Scratch arrays of sentenceFeatures, reused between calls (work-arrays.ts).
const hashScratch = new WorkArray((n) => new Uint32Array(n));
const commaScratch = new WorkArray((n) => new Int32Array(n));
const leftScratch = new WorkArray((n) => new Int32Array(n));
const rightScratch = new WorkArray((n) => new Int32Array(n));
const flatScratch = new WorkArray((n) => new Uint32Array(n));
const offsetScratch = new WorkArray((n) => new Uint32Array(n));

/**
 * The features of each token of one sentence. `quoted[i]` is 1 for a token inside quotation
 * marks (a direct quote is never reported Content). With `reuse`, `flat` and `offsets` are
 * arrays shared by every such call, good until the next one (the tagger's way); without,
 * they are the caller's to keep (the trainer's).
 */
export function sentenceFeatures(tokens: readonly TagToken[], quoted: ArrayLike<number>, cueWords: CueWords, words: WordFeatures[] = sentenceWords(tokens), reuse = false): SentenceFeatures {
  const n = tokens.length;
  const hashes = hashScratch.get(n + 4);
  hashes[0] = START;
  hashes[1] = START;
  for (let i = 0; i < n; i++) hashes[i + 2] = words[i]!.hash;
  hashes[n + 2] = END;
  hashes[n + 3] = END;
  // hash(i) is hashes[i + 2].
  // Commas before each token, to count those between a cue and a token; the nearest cue on each side.
  const commas = commaScratch.get(n + 1);
  const left = leftScratch.get(n);
  const right = rightScratch.get(n);
  commas[0] = 0;
  let cue = -1;
  for (let i = 0; i < n; i++) {
    commas[i + 1] = commas[i]! + (words[i]!.lower === ',' ? 1 : 0);
    left[i] = cue;
    if (cueWords.has(words[i]!.lower)) cue = i;
  }
  cue = -1;
  for (let i = n - 1; i >= 0; i--) {
    right[i] = cue;
    if (cueWords.has(words[i]!.lower)) cue = i;
  }
  const flat = reuse ? flatScratch.get(n * MAX_CONTEXT) : new Uint32Array(n * MAX_CONTEXT);
  const offsets = reuse ? offsetScratch.get(n + 1) : new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const h = hashes[i + 2]!;
    flat[k++] = mix(PREV, hashes[i + 1]!);
    flat[k++] = mix(NEXT, hashes[i + 3]!);
    flat[k++] = mix(mix(PREV_WORD, hashes[i + 1]!), h);
    flat[k++] = mix(mix(WORD_NEXT, h), hashes[i + 3]!);
    flat[k++] = QUOTED_IDS[quoted[i] ? 1 : 0]!;
    const l = left[i]!;
    if (l >= 0) {
      const d = distanceBucket(i - l);
      const c = Math.min(2, commas[i]! - commas[l + 1]!);
      flat[k++] = mix(mix(LEFT_CUE, hashes[l + 2]!), d);
      flat[k++] = LEFT_DISTANCE_IDS[d]!;
      flat[k++] = THAT_IDS[words[l + 1]?.lower === 'that' ? 1 : 0]!;
      flat[k++] = LEFT_COMMA_IDS[c]![d]!;
      flat[k++] = mix(mix(LEFT_CUE_SHAPE, l > 0 ? words[l - 1]!.shape : START), d);
    } else flat[k++] = NO_LEFT_CUE;
    const r = right[i]!;
    if (r >= 0) {
      const d = distanceBucket(r - i);
      const c = Math.min(2, commas[r]! - commas[i + 1]!);
      flat[k++] = mix(mix(RIGHT_CUE, hashes[r + 2]!), d);
      flat[k++] = RIGHT_DISTANCE_IDS[d]!;
      flat[k++] = RIGHT_COMMA_IDS[c]![d]!;
    } else flat[k++] = NO_RIGHT_CUE;
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
