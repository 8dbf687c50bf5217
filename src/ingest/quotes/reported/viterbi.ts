// Best BIO label sequence under per-token label scores plus label-pair scores, with the BIO
// constraints of labels.ts as hard limits. Shared by the tagger and its trainer.
import { LABEL_COUNT as L, allowed } from './labels.js';
import { WorkArray } from '../../entities/work-arrays.js';

// Reused between calls (work-arrays.ts): a thread decodes one sentence at a time.
const scores = new WorkArray((n) => new Float64Array(n));
const backs = new WorkArray((n) => new Uint8Array(n));

const ALLOWED = Uint8Array.from({ length: (L + 1) * L }, (_, i) => (allowed(Math.floor(i / L) === L ? -1 : Math.floor(i / L), i % L) ? 1 : 0));

// For each label, the labels that may precede it (an I- only its own B- and I-): 34 pairs of 49.
const PREVIOUS: readonly Uint8Array[] = Array.from({ length: L }, (_, next) => Uint8Array.from({ length: L }, (_, prev) => prev).filter((prev) => ALLOWED[prev * L + next]));

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
  for (let i = 1, at = L; i < n; i++, at += L) {
    const before = at - L;
    for (let next = 0; next < L; next++) {
      const previous = PREVIOUS[next]!;
      let arg = previous[0]!;
      let best = score[before + arg]! + transitions[arg * L + next]!;
      for (let p = 1; p < previous.length; p++) {
        const prev = previous[p]!;
        const s = score[before + prev]! + transitions[prev * L + next]!;
        if (s > best) {
          best = s;
          arg = prev;
        }
      }
      score[at + next] = best + emissions[at + next]!;
      back[at + next] = arg;
    }
  }
  let last = 0;
  for (let l = 1; l < L; l++) if (score[(n - 1) * L + l]! > score[(n - 1) * L + last]!) last = l;
  out[n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
}
