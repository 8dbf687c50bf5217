// Best BIO label sequence under per-token label scores plus label-pair scores, with the BIO
// constraints of labels.ts as hard limits. Shared by the tagger and its trainer.
import { LABEL_COUNT as L, allowed } from './labels.js';
import { WorkArray } from '../../entities/work-arrays.js';

// Reused between calls (work-arrays.ts): a thread decodes one sentence at a time.
const scores = new WorkArray((n) => new Float64Array(n));
const backs = new WorkArray((n) => new Uint8Array(n));

const ALLOWED = Uint8Array.from({ length: (L + 1) * L }, (_, i) => (allowed(Math.floor(i / L) === L ? -1 : Math.floor(i / L), i % L) ? 1 : 0));

/**
 * `emissions` is n × L (token-major); `transitions` L × L (prev-major); `start` L.
 * Returns the best label per token.
 */
export function viterbi(emissions: ArrayLike<number>, n: number, transitions: ArrayLike<number>, start: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const score = scores.get(n * L);
  const back = backs.get(n * L);
  for (let l = 0; l < L; l++) score[l] = ALLOWED[L * L + l] ? start[l]! + emissions[l]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let next = 0; next < L; next++) {
      let best = -Infinity;
      let arg = 0;
      for (let prev = 0; prev < L; prev++) {
        if (!ALLOWED[prev * L + next]) continue;
        const s = score[(i - 1) * L + prev]! + transitions[prev * L + next]!;
        if (s > best) {
          best = s;
          arg = prev;
        }
      }
      score[i * L + next] = best + emissions[i * L + next]!;
      back[i * L + next] = arg;
    }
  }
  let last = 0;
  for (let l = 1; l < L; l++) if (score[(n - 1) * L + l]! > score[(n - 1) * L + last]!) last = l;
  out[n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
}
