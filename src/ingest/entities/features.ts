// The tagger's features for each token of a sequence (a paragraph, a headline): the word's
// own features, its neighbours' words, shapes and clusters, where it sits (sentence start, a
// line in capitals) and gazetteer names that span several tokens ("New York Stock Exchange").
import { lookupForm, startsMultiWordFormWith } from '../gazetteer/index.js';
import { hashString, mix } from './hash.js';
import type { FeatureRows } from './rows.js';
import type { TagToken } from './tokens.js';
import { wordInfo, type WordInfo } from './word-features.js';
import { WorkArray } from './work-arrays.js';

const T = (name: string): number => hashString(name);
const LOWER_AT = [T('lw-2'), T('lw-1'), T('lw+1'), T('lw+2')];
const SHAPE_PREV = T('ss-1');
const SHAPE_NEXT = T('ss+1');
const CLUSTER_PREV = T('c-1');
const CLUSTER_NEXT = T('c+1');
const BIGRAM_PREV = T('bi-1');
const BIGRAM_NEXT = T('bi+1');
const SHAPES = T('ss3');
const SENTENCE_FIRST = T('first');
const CAPS_LINE = T('capsline');
const GAZETTEER = T('gz');
/** Every token has it: the scorer can count it with the token's word. */
export const BIAS = T('bias');
const EDGE = hashString('<edge>');

const ENDS_SENTENCE = new Set(['.', '!', '?']);
const OPENS = new Set(['"', '(', '“', '‘', "'", '[']);
// Longest gazetteer name tried, in tokens.
const MAX_GAZETTEER_TOKENS = 6;

/** The BILOU-typed gazetteer label of each token (longest match first), or '' outside. */
function gazetteerLabels(words: readonly string[], infos: readonly WordInfo[]): string[] {
  const out = new Array<string>(words.length).fill('');
  for (let i = 0; i < words.length; ) {
    // Lookups only where the first two words start some name (the words have no spaces).
    if (!infos[i]!.startsName || i + 1 >= words.length || !startsMultiWordFormWith(words[i]!, words[i + 1]!)) {
      i++;
      continue;
    }
    let matched = 0;
    let type = '';
    for (let j = Math.min(words.length, i + MAX_GAZETTEER_TOKENS); j > i + 1; j--) {
      const known = lookupForm(words.slice(i, j).join(' '));
      if (known) {
        matched = j - i;
        type = known.type;
        break;
      }
    }
    if (matched === 0) {
      i++;
      continue;
    }
    out[i] = `B-${type}`;
    for (let k = i + 1; k < i + matched - 1; k++) out[k] = `I-${type}`;
    out[i + matched - 1] = `L-${type}`;
    i += matched;
  }
  return out;
}

// What a word lends the tokens near it, by where it stands from them: [lw-2] when it is two
// before the token, [lw-1, ss-1, c-1] one before, [lw+1, ss+1, c+1] one after, [lw+2] two
// after. These depend on that one word only, so the tagger can sum their weights per word.
export const LENT_ROLES = [
  [0, 1],
  [1, 4],
  [4, 7],
  [7, 8],
] as const;

type Lendable = Pick<WordInfo, 'lower' | 'shortShape' | 'cluster'>;

/** The features a word lends its neighbours (layout in LENT_ROLES). */
export function lentFeatures(w: Lendable): Uint32Array {
  return Uint32Array.of(
    mix(LOWER_AT[0]!, w.lower),
    mix(LOWER_AT[1]!, w.lower),
    mix(SHAPE_PREV, w.shortShape),
    mix(CLUSTER_PREV, w.cluster),
    mix(LOWER_AT[2]!, w.lower),
    mix(SHAPE_NEXT, w.shortShape),
    mix(CLUSTER_NEXT, w.cluster),
    mix(LOWER_AT[3]!, w.lower),
  );
}

/** What the sequence's edge lends the tokens beside it. */
export const EDGE_LENT = lentFeatures({ lower: EDGE, shortShape: EDGE, cluster: EDGE });

// Most features one token can have (the templates below); sizes the work array.
const MAX_PER_TOKEN = 16;
// The sequence's feature rows, in reused work arrays (work-arrays.ts).
const scratch = new WorkArray((n) => new Uint32Array(n));
const scratchOffsets = new WorkArray((n) => new Uint32Array(n));

/** A sequence's features as the tagger scores them: each token's word, and its other features. */
export interface TokenFeatures {
  /** Each token's word: its own features and those it lends its neighbours (lentFeatures), and the bias. */
  words: readonly WordInfo[];
  /** The rest: bigrams, shapes around, sentence start, line in capitals, gazetteer. */
  context: FeatureRows;
}

/** Each token's features: all of them in the trainer's order, or (`all` false) without the bias and lent ones. */
function packFeatures(tokens: readonly TagToken[], all: boolean): TokenFeatures {
  const words = tokens.map((t) => t.text);
  const infos = words.map(wordInfo);
  let letters = 0;
  let capitals = 0;
  for (const w of infos) {
    if (!w.letter) continue;
    letters++;
    if (w.allCaps) capitals++;
  }
  const capsLine = letters >= 3 && capitals * 2 >= letters;
  const gazetteer = gazetteerLabels(words, infos);
  const lent = all ? infos.map(lentFeatures) : [];
  const lentAt = (i: number): Uint32Array => lent[i] ?? EDGE_LENT;
  const flat = scratch.get(infos.length * MAX_PER_TOKEN);
  let k = 0;
  const offsets = scratchOffsets.get(infos.length + 1);
  for (let i = 0; i < infos.length; i++) {
    offsets[i] = k;
    const w = infos[i]!;
    const prev = infos[i - 1];
    const next = infos[i + 1];
    const prevLower = prev ? prev.lower : EDGE;
    const nextLower = next ? next.lower : EDGE;
    const prevShape = prev ? prev.shortShape : EDGE;
    const nextShape = next ? next.shortShape : EDGE;
    if (all) {
      flat[k++] = BIAS;
      const [twoBefore, oneBefore, oneAfter, twoAfter] = [lentAt(i - 2), lentAt(i - 1), lentAt(i + 1), lentAt(i + 2)];
      flat[k++] = twoBefore[0]!; // lw-2
      flat[k++] = oneBefore[1]!; // lw-1
      flat[k++] = oneAfter[4]!; // lw+1
      flat[k++] = twoAfter[7]!; // lw+2
      flat[k++] = oneBefore[2]!; // ss-1
      flat[k++] = oneAfter[5]!; // ss+1
      flat[k++] = oneBefore[3]!; // c-1
      flat[k++] = oneAfter[6]!; // c+1
    }
    flat[k++] = mix(mix(BIGRAM_PREV, prevLower), w.lower);
    flat[k++] = mix(mix(BIGRAM_NEXT, w.lower), nextLower);
    flat[k++] = mix(mix(mix(SHAPES, prevShape), w.shortShape), nextShape);
    const first = i === 0 || ENDS_SENTENCE.has(words[i - 1]!) || (OPENS.has(words[i - 1]!) && (i === 1 || ENDS_SENTENCE.has(words[i - 2]!)));
    if (first) flat[k++] = mix(SENTENCE_FIRST, w.shortShape);
    if (capsLine) flat[k++] = mix(CAPS_LINE, w.shortShape);
    if (gazetteer[i]) flat[k++] = mix(GAZETTEER, hashString(gazetteer[i]!));
  }
  offsets[infos.length] = k;
  // The trainer keeps its rows: copies. The tagger scores them at once: views of the work arrays.
  const context: FeatureRows = all
    ? { flat: flat.slice(0, k), offsets: offsets.slice(0, infos.length + 1), own: infos.map((w) => w.own) }
    : { flat: flat.subarray(0, k), offsets: offsets.subarray(0, infos.length + 1) };
  return { words: infos, context };
}

/** The hashed features of every token of a sequence (the trainer's view: every feature of a token in its row). */
export function sequenceFeatures(tokens: readonly TagToken[]): FeatureRows {
  return packFeatures(tokens, true).context;
}

/**
 * The tagger's view: the bias and lent features are left to the words (the scorer sums them
 * per word). The rows are views of work arrays, valid until the next call.
 */
export function tokenFeatures(tokens: readonly TagToken[]): TokenFeatures {
  return packFeatures(tokens, false);
}
