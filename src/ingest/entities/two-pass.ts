// Both passes score the same token features, so their weights share one table: a feature's
// two rows sit side by side and one probe finds both. Scoring is bound by memory reads, and
// this halves them for the token features (the second pass's article features are scored
// by its own model, for the few words they concern).
import { LABEL_COUNT as L } from './labels.js';
import type { TaggerModel } from './model.js';
import { EDGE_LENT, LENT_ROLES, lentFeatures, type TokenFeatures } from './features.js';
import { WeightTable } from './weight-table.js';
import type { WordInfo } from './word-features.js';

const W = 2 * L;
// A word's summed weights: its own features', then those it lends (LENT_ROLES order: two
// before the token, one before, one after, two after), W values each.
const OWN = 0;
const TWO_BEFORE = W;
const ONE_BEFORE = 2 * W;
const ONE_AFTER = 3 * W;
const TWO_AFTER = 4 * W;

export class TwoPassTable {
  private readonly table: WeightTable;
  private readonly scales: [number, number];
  // Per word, cached: a token's score is then five cached rows plus its few context features
  // (a third of the table probes). Sums of int16 weights are exact, so any order gives the same.
  private readonly wordSums = new WeakMap<WordInfo, Int32Array>();
  private readonly edgeSums: Int32Array;

  constructor(first: TaggerModel, second: TaggerModel) {
    if (first.mask !== second.mask) throw new Error('the two passes hash features to different buckets');
    this.scales = [first.header.scale, second.header.scale];
    const index = new Map<number, number>();
    for (const model of [first, second]) for (const [key] of model.rows()) if (!index.has(key)) index.set(key, index.size);
    const weights = new Int16Array(index.size * W);
    for (const [key, w] of first.rows()) weights.set(w, index.get(key)! * W);
    for (const [key, w] of second.rows()) weights.set(w, index.get(key)! * W + L);
    this.table = new WeightTable([...index.keys()], weights, W, first.mask);
    this.edgeSums = this.sums(new Uint32Array(0), EDGE_LENT);
  }

  private sums(own: Uint32Array, lent: Uint32Array): Int32Array {
    const out = new Int32Array(5 * W);
    this.table.accumulate(own, 0, own.length, out.subarray(OWN, OWN + W));
    LENT_ROLES.forEach(([from, to], r) => this.table.accumulate(lent, from, to, out.subarray(W * (r + 1), W * (r + 2))));
    return out;
  }

  private sumsOf(word: WordInfo): Int32Array {
    let out = this.wordSums.get(word);
    if (!out) {
      out = this.sums(word.own, lentFeatures(word));
      this.wordSums.set(word, out);
    }
    return out;
  }

  /** Both passes' scores of each token's features: [first pass n × L, second pass n × L]. */
  emissions(features: TokenFeatures): [Float32Array, Float32Array] {
    const { words, context } = features;
    const n = words.length;
    const first = new Float32Array(n * L);
    const second = new Float32Array(n * L);
    const acc = new Int32Array(W);
    const [s1, s2] = this.scales;
    const sums = words.map((w) => this.sumsOf(w));
    const at = (i: number): Int32Array => sums[i] ?? this.edgeSums;
    for (let i = 0; i < n; i++) {
      const own = sums[i]!;
      const twoBefore = at(i - 2);
      const oneBefore = at(i - 1);
      const oneAfter = at(i + 1);
      const twoAfter = at(i + 2);
      for (let l = 0; l < W; l++) {
        acc[l] = own[OWN + l]! + twoBefore[TWO_BEFORE + l]! + oneBefore[ONE_BEFORE + l]! + oneAfter[ONE_AFTER + l]! + twoAfter[TWO_AFTER + l]!;
      }
      this.table.accumulate(context.flat, context.offsets[i]!, context.offsets[i + 1]!, acc);
      for (let l = 0; l < L; l++) {
        first[i * L + l] = acc[l]! * s1;
        second[i * L + l] = acc[L + l]! * s2;
      }
    }
    return [first, second];
  }
}
