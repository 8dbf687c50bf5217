// Both passes score the same token features, so their weights share one table: a feature's
// two rows sit side by side and one probe finds both. Scoring is bound by memory reads, and
// this halves them for the token features (the second pass's article features are scored
// by its own model, for the few words they concern).
import { LABEL_COUNT as L } from './labels.js';
import type { TaggerModel } from './model.js';
import type { FeatureRows } from './rows.js';

const W = 2 * L;
const slotOf = (key: number): number => Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0;

export class TwoPassTable {
  private readonly slots: Int32Array;
  private readonly slotMask: number;
  private readonly weights: Int16Array;
  private readonly mask: number;
  private readonly scales: [number, number];
  private readonly ownScores = new WeakMap<Uint32Array, Int32Array>();

  constructor(first: TaggerModel, second: TaggerModel) {
    if (first.mask !== second.mask) throw new Error('the two passes hash features to different buckets');
    this.mask = first.mask;
    this.scales = [first.header.scale, second.header.scale];
    const index = new Map<number, number>();
    const add = (key: number): number => {
      let row = index.get(key);
      if (row === undefined) index.set(key, (row = index.size));
      return row;
    };
    for (const [key] of first.rows()) add(key);
    for (const [key] of second.rows()) add(key);
    this.weights = new Int16Array(index.size * W);
    for (const [key, w] of first.rows()) this.weights.set(w, index.get(key)! * W);
    for (const [key, w] of second.rows()) this.weights.set(w, index.get(key)! * W + L);
    let size = 1;
    while (size < index.size * 2) size <<= 1;
    this.slots = new Int32Array(size * 2);
    for (let s = 0; s < size; s++) this.slots[s * 2 + 1] = -1;
    this.slotMask = size - 1;
    for (const [key, row] of index) {
      let s = slotOf(key) & this.slotMask;
      while (this.slots[s * 2 + 1] !== -1) s = (s + 1) & this.slotMask;
      this.slots[s * 2] = key | 0;
      this.slots[s * 2 + 1] = row;
    }
  }

  private accumulate(features: Uint32Array, from: number, to: number, acc: Int32Array): void {
    for (let k = from; k < to; k++) {
      const key = (features[k]! & this.mask) >>> 0;
      const signed = key | 0;
      for (let s = slotOf(key) & this.slotMask; ; s = (s + 1) & this.slotMask) {
        const row = this.slots[s * 2 + 1]!;
        if (row === -1) break;
        if (this.slots[s * 2] !== signed) continue;
        const w = row * W;
        for (let l = 0; l < W; l++) acc[l]! += this.weights[w + l]!;
        break;
      }
    }
  }

  private ownScore(own: Uint32Array): Int32Array {
    let score = this.ownScores.get(own);
    if (!score) {
      score = new Int32Array(W);
      this.accumulate(own, 0, own.length, score);
      this.ownScores.set(own, score);
    }
    return score;
  }

  /** Both passes' scores of each token's features: [first pass n × L, second pass n × L]. */
  emissions(rows: FeatureRows): [Float32Array, Float32Array] {
    const { flat, offsets, own } = rows;
    const n = offsets.length - 1;
    const first = new Float32Array(n * L);
    const second = new Float32Array(n * L);
    const acc = new Int32Array(W);
    const [s1, s2] = this.scales;
    for (let i = 0; i < n; i++) {
      const word = own?.[i];
      if (word && word.length > 0) acc.set(this.ownScore(word));
      else acc.fill(0);
      this.accumulate(flat, offsets[i]!, offsets[i + 1]!, acc);
      for (let l = 0; l < L; l++) {
        first[i * L + l] = acc[l]! * s1;
        second[i * L + l] = acc[L + l]! * s2;
      }
    }
    return [first, second];
  }
}
