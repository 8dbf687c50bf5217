import { describe, expect, it } from 'vitest';
import { LABEL_COUNT as L, allowed, mayEnd } from '../../../src/ingest/entities/labels.js';
import { viterbi } from '../../../src/ingest/entities/viterbi.js';

// The plain decoder: every allowed predecessor in ascending order, the first best kept.
function reference(emissions: Float32Array, n: number, transitions: Float32Array, start: Float32Array): Uint8Array {
  const score: number[][] = [];
  const back: number[][] = [];
  score.push(Array.from({ length: L }, (_, l) => (allowed(-1, l) ? start[l]! + emissions[l]! : -Infinity)));
  for (let i = 1; i < n; i++) {
    score.push([]);
    back.push([]);
    for (let next = 0; next < L; next++) {
      let best = -Infinity;
      let arg = 0;
      for (let prev = 0; prev < L; prev++) {
        if (!allowed(prev, next)) continue;
        const s = score[i - 1]![prev]! + transitions[prev * L + next]!;
        if (s > best) [best, arg] = [s, prev];
      }
      score[i]![next] = best + emissions[i * L + next]!;
      back[i - 1]![next] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < L; l++) if (mayEnd(l) && score[n - 1]![l]! > best) [best, arg] = [score[n - 1]![l]!, l];
  const out = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    if (i > 0) arg = back[i - 1]![arg]!;
  }
  return out;
}

describe('viterbi', () => {
  it('finds what the plain decoder finds, ties included', () => {
    let seed = 7;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    // Scores in quarters, so equal sums (ties) are common.
    const quarters = (length: number): Float32Array => Float32Array.from({ length }, () => Math.round(random() * 24 - 12) / 4);
    for (let run = 0; run < 300; run++) {
      const n = 1 + Math.floor(random() * 40);
      const [emissions, transitions, start] = [quarters(n * L), quarters(L * L), quarters(L)];
      expect(viterbi(emissions, n, transitions, start)).toEqual(reference(emissions, n, transitions, start));
    }
  });
});
