// An averaged structured perceptron (Collins 2002) over hashed features, decoded with the
// tagger's own Viterbi: the trainer behind `npm run train:ner`. Dense weights while
// training; `encodeModel` keeps the non-zero buckets.
import { LABEL_COUNT as L } from '../../src/ingest/entities/labels.js';
import { viterbi } from '../../src/ingest/entities/viterbi.js';

export interface Example {
  /** Per token, feature buckets (already masked). */
  features: Uint32Array[];
  gold: Uint8Array;
}

export class Perceptron {
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  readonly transitions = new Float32Array(L * L);
  private readonly transitionTotals = new Float64Array(L * L);
  readonly start = new Float32Array(L);
  private readonly startTotals = new Float64Array(L);
  /** Examples seen (the averaging clock). */
  private clock = 1;

  constructor(readonly buckets: number) {
    this.weights = new Float32Array(buckets * L);
    this.totals = new Float64Array(buckets * L);
  }

  emissions(features: readonly Uint32Array[], weights = this.weights): Float32Array {
    const out = new Float32Array(features.length * L);
    for (let i = 0; i < features.length; i++) {
      const f = features[i]!;
      for (let k = 0; k < f.length; k++) {
        const row = f[k]! * L;
        for (let l = 0; l < L; l++) out[i * L + l]! += weights[row + l]!;
      }
    }
    return out;
  }

  predict(features: readonly Uint32Array[], averaged?: { weights: Float32Array; transitions: Float32Array; start: Float32Array }): Uint8Array {
    const w = averaged ?? this;
    return viterbi(this.emissions(features, w.weights), features.length, w.transitions, w.start);
  }

  /** One online step: decode, and on a mistake move towards gold and away from the guess. */
  learn(example: Example): boolean {
    const { features, gold } = example;
    const guess = this.predict(features);
    let wrong = false;
    const c = this.clock;
    const bump = (w: Float32Array, t: Float64Array, index: number, by: number): void => {
      w[index]! += by;
      t[index]! += by * c;
    };
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const p = guess[i]!;
      const gp = i === 0 ? -1 : gold[i - 1]!;
      const pp = i === 0 ? -1 : guess[i - 1]!;
      if (g !== p) {
        wrong = true;
        const f = features[i]!;
        for (let k = 0; k < f.length; k++) {
          bump(this.weights, this.totals, f[k]! * L + g, 1);
          bump(this.weights, this.totals, f[k]! * L + p, -1);
        }
      }
      if (g !== p || gp !== pp) {
        if (i === 0) {
          bump(this.start, this.startTotals, g, 1);
          bump(this.start, this.startTotals, p, -1);
        } else {
          bump(this.transitions, this.transitionTotals, gp * L + g, 1);
          bump(this.transitions, this.transitionTotals, pp * L + p, -1);
        }
      }
    }
    this.clock++;
    return wrong;
  }

  /** The averaged weights (what is shipped): w - totals / clock. */
  averaged(): { weights: Float32Array; transitions: Float32Array; start: Float32Array } {
    const avg = (w: Float32Array, t: Float64Array): Float32Array => {
      const out = new Float32Array(w.length);
      for (let i = 0; i < w.length; i++) out[i] = w[i]! - t[i]! / this.clock;
      return out;
    };
    return { weights: avg(this.weights, this.totals), transitions: avg(this.transitions, this.transitionTotals), start: avg(this.start, this.startTotals) };
  }
}
