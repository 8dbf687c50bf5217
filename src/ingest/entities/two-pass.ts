// Both passes score the same token features, so their weights share one table: a feature's
// two rows sit side by side and one probe finds both. Scoring is bound by memory reads, and
// this halves them for the token features (the second pass's article features are scored
// by its own model, for the few words they concern).
import { LABEL_COUNT as L } from './labels.js';
import type { TaggerModel } from './model.js';
import { BIAS, EDGE_LENT, LENT_ROLES, lentFeatures, type TokenFeatures } from './features.js';
import { WeightTable } from './weight-table.js';
import type { WordInfo } from './word-features.js';

const W = 2 * L;
// Each word's weights are summed once and kept with the word: a token's score is then five such
// rows plus its few context features (a third of the table probes). Sums of int16 weights are
// exact, so any order gives the same. The layout, W values each: the word's own features' and
// the bias, then those it lends (LENT_ROLES order: two before the token, one before, one
// after, two after).
const OWN = 0;
const TWO_BEFORE = W;
const ONE_BEFORE = 2 * W;
const ONE_AFTER = 3 * W;
const TWO_AFTER = 4 * W;

export class TwoPassTable {
  private readonly table: WeightTable;
  private readonly scales: [number, number];
  /** What the sequence's edge lends the tokens beside it (its own part is never read). */
  private readonly edgeSums: Int32Array;
  private static readonly NO_FEATURES = new Uint32Array(0);
  private static readonly BIAS = Uint32Array.of(BIAS);
  /** A token's summed weights, reused (a thread scores one token at a time). */
  private readonly acc = new Int32Array(W);

  constructor(first: TaggerModel, second: TaggerModel) {
    if (first.mask !== second.mask) throw new Error('the two passes hash features to different buckets');
    this.scales = [first.header.scale, second.header.scale];
    const index = new Map<number, number>();
    for (const model of [first, second]) for (const [key] of model.rows()) if (!index.has(key)) index.set(key, index.size);
    const weights = new Int16Array(index.size * W);
    for (const [key, w] of first.rows()) weights.set(w, index.get(key)! * W);
    for (const [key, w] of second.rows()) weights.set(w, index.get(key)! * W + L);
    this.table = new WeightTable([...index.keys()], weights, W, first.mask);
    this.edgeSums = this.sums(TwoPassTable.NO_FEATURES, EDGE_LENT);
  }

  private sums(own: Uint32Array, lent: Uint32Array): Int32Array {
    const out = new Int32Array(5 * W);
    const ownPart = out.subarray(OWN, OWN + W);
    this.table.accumulate(own, 0, own.length, ownPart);
    this.table.accumulate(TwoPassTable.BIAS, 0, 1, ownPart);
    LENT_ROLES.forEach(([from, to], r) => this.table.accumulate(lent, from, to, out.subarray(W * (r + 1), W * (r + 2))));
    return out;
  }

  private sumsOf(word: WordInfo): Int32Array {
    // A field of the word, not a WeakMap lookup: this is read for every token.
    if (word.derived?.by !== this) word.derived = { by: this, value: this.sums(word.own, lentFeatures(word)) };
    return word.derived.value;
  }

  /** Writes both passes' scores of each token's features into `first` and `second` (n × L each). */
  emissions(features: TokenFeatures, first: Float32Array, second: Float32Array): void {
    const { words, context } = features;
    const n = words.length;
    const acc = this.acc;
    const [s1, s2] = this.scales;
    // Each word's sums, with the edge's twice at both ends: token i's word is at i + 2.
    const sums = [this.edgeSums, this.edgeSums, ...words.map((w) => this.sumsOf(w)), this.edgeSums, this.edgeSums];
    for (let i = 0; i < n; i++) {
      const twoBefore = sums[i]!;
      const oneBefore = sums[i + 1]!;
      const own = sums[i + 2]!;
      const oneAfter = sums[i + 3]!;
      const twoAfter = sums[i + 4]!;
      for (let l = 0; l < W; l++) {
        acc[l] = own[OWN + l]! + twoBefore[TWO_BEFORE + l]! + oneBefore[ONE_BEFORE + l]! + oneAfter[ONE_AFTER + l]! + twoAfter[TWO_AFTER + l]!;
      }
      this.table.accumulate(context.flat, context.offsets[i]!, context.offsets[i + 1]!, acc);
      for (let l = 0; l < L; l++) {
        first[i * L + l] = acc[l]! * s1;
        second[i * L + l] = acc[L + l]! * s2;
      }
    }
  }
}
