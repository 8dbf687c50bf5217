// Both passes score the same token features, so their weights share one table: a feature's
// two rows sit side by side and one probe finds both. Scoring is bound by memory reads, and
// this halves them for the token features (the second pass's article features are scored
// by its own model, for the few words they concern).
import { LABEL_COUNT as L } from './labels.js';
import type { TaggerModel } from './model.js';
import type { FeatureRows } from './rows.js';
import { WeightTable } from './weight-table.js';

const W = 2 * L;

export class TwoPassTable {
  private readonly table: WeightTable;
  private readonly scales: [number, number];

  constructor(first: TaggerModel, second: TaggerModel) {
    if (first.mask !== second.mask) throw new Error('the two passes hash features to different buckets');
    this.scales = [first.header.scale, second.header.scale];
    const index = new Map<number, number>();
    for (const model of [first, second]) for (const [key] of model.rows()) if (!index.has(key)) index.set(key, index.size);
    const weights = new Int16Array(index.size * W);
    for (const [key, w] of first.rows()) weights.set(w, index.get(key)! * W);
    for (const [key, w] of second.rows()) weights.set(w, index.get(key)! * W + L);
    this.table = new WeightTable([...index.keys()], weights, W, first.mask);
  }

  /** Both passes' scores of each token's features: [first pass n × L, second pass n × L]. */
  emissions(rows: FeatureRows): [Float32Array, Float32Array] {
    const n = rows.offsets.length - 1;
    const first = new Float32Array(n * L);
    const second = new Float32Array(n * L);
    const acc = new Int32Array(W);
    const [s1, s2] = this.scales;
    for (let i = 0; i < n; i++) {
      this.table.scoreToken(rows, i, acc);
      for (let l = 0; l < L; l++) {
        first[i * L + l] = acc[l]! * s1;
        second[i * L + l] = acc[L + l]! * s2;
      }
    }
    return [first, second];
  }
}
