// Best label sequence under per-token label scores plus label-pair scores, with the BILOU
// constraints as hard limits (labels.ts). Shared by the tagger and its trainer.
import { LABEL_COUNT as L, allowed, mayEnd } from './labels.js';

// Which label may follow which, as a flat [prev * L + next] table (start is row L).
const ALLOWED = new Uint8Array((L + 1) * L);
for (let prev = -1; prev < L; prev++) {
  for (let next = 0; next < L; next++) ALLOWED[(prev < 0 ? L : prev) * L + next] = allowed(prev, next) ? 1 : 0;
}
const ENDS = Uint8Array.from({ length: L }, (_, l) => (mayEnd(l) ? 1 : 0));
// For each label, the labels that may come before it (about half of them).
const BEFORE: Uint8Array[] = Array.from({ length: L }, (_, next) => Uint8Array.from([...Array(L).keys()].filter((prev) => ALLOWED[prev * L + next])));

// Work arrays, grown to the longest sequence seen and reused (a thread tags one at a time).
let score = new Float64Array(0);
let back = new Uint8Array(0);

/**
 * `emissions` holds n × L scores (token-major), `transitions` L × L (prev-major) and
 * `start` L scores for the first label. Returns the best allowed labels.
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, start: Float32Array): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (score.length < n * L) {
    score = new Float64Array(n * L * 2);
    back = new Uint8Array(n * L * 2);
  }
  for (let l = 0; l < L; l++) score[l] = ALLOWED[L * L + l] ? start[l]! + emissions[l]! : -Infinity;
  // Every label has a label allowed before it, so each later row is written in full.
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prevRow = row - L;
    for (let next = 0; next < L; next++) {
      let best = -Infinity;
      let arg = 0;
      const before = BEFORE[next]!;
      for (let k = 0; k < before.length; k++) {
        const prev = before[k]!;
        const s = score[prevRow + prev]! + transitions[prev * L + next]!;
        if (s > best) {
          best = s;
          arg = prev;
        }
      }
      score[row + next] = best + emissions[row + next]!;
      back[row + next] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    const s = score[(n - 1) * L + l]!;
    if (ENDS[l] && s > best) {
      best = s;
      arg = l;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
  return out;
}
