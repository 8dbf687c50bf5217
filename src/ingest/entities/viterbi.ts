// Best label sequence under per-token label scores plus label-pair scores, with the BILOU
// constraints as hard limits (labels.ts). Shared by the tagger and its trainer.
import { LABEL_COUNT as L, allowed, mayEnd } from './labels.js';

// Which label may follow which, as a flat [prev * L + next] table (start is row L).
const ALLOWED = new Uint8Array((L + 1) * L);
for (let prev = -1; prev < L; prev++) {
  for (let next = 0; next < L; next++) ALLOWED[(prev < 0 ? L : prev) * L + next] = allowed(prev, next) ? 1 : 0;
}
const ENDS = Uint8Array.from({ length: L }, (_, l) => (mayEnd(l) ? 1 : 0));
// For each label, the labels that may come before it (about half of them), all in one flat
// list: label `next`'s are PREVS[FROM[next] .. FROM[next + 1]), ascending.
const PREVS = Uint8Array.from(Array.from({ length: L }, (_, next) => [...Array(L).keys()].filter((prev) => ALLOWED[prev * L + next])).flat());
const FROM = new Uint16Array(L + 1);
for (let next = 0; next < L; next++) {
  let count = 0;
  for (let prev = 0; prev < L; prev++) count += ALLOWED[prev * L + next]!;
  FROM[next + 1] = FROM[next]! + count;
}

// Work arrays, grown to the longest sequence seen and reused (a thread tags one at a time).
let score = new Float64Array(0);
let back = new Uint8Array(0);
// The allowed transitions' scores in PREVS order, read in sequence by the inner loop (made
// on each call: the trainer changes its transitions between calls).
const steps = new Float64Array(PREVS.length);

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
  for (let next = 0; next < L; next++) for (let k = FROM[next]!; k < FROM[next + 1]!; k++) steps[k] = transitions[PREVS[k]! * L + next]!;
  // Every label has a label allowed before it, so each later row is written in full.
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prevRow = row - L;
    for (let next = 0; next < L; next++) {
      let best = -Infinity;
      let arg = 0;
      const to = FROM[next + 1]!;
      for (let k = FROM[next]!; k < to; k++) {
        const prev = PREVS[k]!;
        const s = score[prevRow + prev]! + steps[k]!;
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
