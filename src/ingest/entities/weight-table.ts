// Feature weights by bucket: an open-addressing table from bucket to a row of `width` int16
// weights. Scoring is bound by memory reads, so each slot holds [key, row] together, and the
// summed weights of a word's own features are cached per word (newswire repeats its words).
import type { FeatureRows } from './rows.js';

// Spreads bucket keys over the table (keys are already hashes, but masked ones cluster).
const slotOf = (key: number): number => Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0;

export class WeightTable {
  private readonly slots: Int32Array;
  private readonly slotMask: number;
  private readonly ownScores = new WeakMap<Uint32Array, Int32Array>();

  constructor(
    keys: ArrayLike<number>,
    /** keys.length × width int16 weights. */
    private readonly weights: Int16Array,
    readonly width: number,
    /** The bits of a feature hash that make its bucket. */
    private readonly mask: number,
  ) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Int32Array(size * 2);
    for (let s = 0; s < size; s++) this.slots[s * 2 + 1] = -1;
    this.slotMask = size - 1;
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row]!;
      let s = slotOf(key) & this.slotMask;
      while (this.slots[s * 2 + 1] !== -1) s = (s + 1) & this.slotMask;
      this.slots[s * 2] = key | 0;
      this.slots[s * 2 + 1] = row;
    }
  }

  /** Adds the weights of features[from, to) into `acc` (width values). */
  accumulate(features: Uint32Array, from: number, to: number, acc: Int32Array): void {
    const { width, mask, slots, slotMask, weights } = this;
    for (let k = from; k < to; k++) {
      const key = (features[k]! & mask) >>> 0;
      const signed = key | 0;
      for (let s = slotOf(key) & slotMask; ; s = (s + 1) & slotMask) {
        const row = slots[s * 2 + 1]!;
        if (row === -1) break;
        if (slots[s * 2] !== signed) continue;
        const w = row * width;
        for (let l = 0; l < width; l++) acc[l]! += weights[w + l]!;
        break;
      }
    }
  }

  /** Token i's summed weights (its word's, cached, then its context's) into `acc`. */
  scoreToken(rows: FeatureRows, i: number, acc: Int32Array): void {
    const own = rows.own?.[i];
    if (own && own.length > 0) {
      let score = this.ownScores.get(own);
      if (!score) {
        score = new Int32Array(this.width);
        this.accumulate(own, 0, own.length, score);
        this.ownScores.set(own, score);
      }
      acc.set(score);
    } else acc.fill(0);
    this.accumulate(rows.flat, rows.offsets[i]!, rows.offsets[i + 1]!, acc);
  }
}
