// Best label sequence under per-token label scores plus label-pair scores, with the BILOU
// constraints as hard limits (labels.ts). Shared by the tagger and its trainer.
import { LABEL_COUNT as L, allowed, mayEnd } from './labels.js';
import { WorkArray } from './work-arrays.js';

// Which label may follow which, as a flat [prev * L + next] table (start is row L).
const ALLOWED = new Uint8Array((L + 1) * L);
for (let prev = -1; prev < L; prev++) {
  for (let next = 0; next < L; next++) ALLOWED[(prev < 0 ? L : prev) * L + next] = allowed(prev, next) ? 1 : 0;
}
const ENDS = Uint8Array.from({ length: L }, (_, l) => (mayEnd(l) ? 1 : 0));
// For each label, the labels that may come before it (about half of them), ascending.
const BEFORE: number[][] = Array.from({ length: L }, (_, next) => [...Array(L).keys()].filter((prev) => ALLOWED[prev * L + next]));
// Labels with the same predecessors in groups (the nine that may open a mention or stand
// alone all follow the same nine; "I-" and "L-" of a type follow its "B-" and "I-"), so a
// row loads each group's predecessor scores once. Flat lists: group g's predecessors are
// GROUP_PREVS[PREV_FROM[g] .. PREV_FROM[g + 1]), its labels GROUP_NEXTS[NEXT_FROM[g] .. NEXT_FROM[g + 1]).
const groups = new Map<string, { prevs: number[]; nexts: number[] }>();
BEFORE.forEach((prevs, next) => {
  const key = prevs.join();
  if (!groups.has(key)) groups.set(key, { prevs, nexts: [] });
  groups.get(key)!.nexts.push(next);
});
const GROUP_COUNT = groups.size;
const GROUP_PREVS = Uint8Array.from([...groups.values()].flatMap((g) => g.prevs));
const GROUP_NEXTS = Uint8Array.from([...groups.values()].flatMap((g) => g.nexts));
const offsets = (sizes: number[]): Uint16Array => Uint16Array.from([0, ...sizes.map((_, g) => sizes.slice(0, g + 1).reduce((a, b) => a + b, 0))]);
const PREV_FROM = offsets([...groups.values()].map((g) => g.prevs.length));
const NEXT_FROM = offsets([...groups.values()].map((g) => g.nexts.length));

// Scores and back-pointers, in reused work arrays (work-arrays.ts; a thread decodes one sequence at a time).
const scores = new WorkArray((n) => new Float64Array(n));
const backs = new WorkArray((n) => new Uint8Array(n));
// One group's predecessor scores for the current row.
const near = new Float64Array(L);
// The allowed transitions' scores in the order the inner loop reads them (group by group,
// label by label, predecessor by predecessor); made on each call, as the trainer changes its
// transitions between calls.
const steps = new Float64Array([...groups.values()].reduce((sum, g) => sum + g.prevs.length * g.nexts.length, 0));

/**
 * `emissions` holds n × L scores (token-major), `transitions` L × L (prev-major) and
 * `start` L scores for the first label. Returns the best allowed labels.
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, start: Float32Array): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const score = scores.get(n * L);
  const back = backs.get(n * L);
  for (let l = 0; l < L; l++) score[l] = ALLOWED[L * L + l] ? start[l]! + emissions[l]! : -Infinity;
  let at = 0;
  for (let g = 0; g < GROUP_COUNT; g++) {
    for (let j = NEXT_FROM[g]!; j < NEXT_FROM[g + 1]!; j++) {
      for (let k = PREV_FROM[g]!; k < PREV_FROM[g + 1]!; k++) steps[at++] = transitions[GROUP_PREVS[k]! * L + GROUP_NEXTS[j]!]!;
    }
  }
  // Every label has a label allowed before it, so each later row is written in full.
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prevRow = row - L;
    let step = 0;
    for (let g = 0; g < GROUP_COUNT; g++) {
      const first = PREV_FROM[g]!;
      const m = PREV_FROM[g + 1]! - first;
      for (let k = 0; k < m; k++) near[k] = score[prevRow + GROUP_PREVS[first + k]!]!;
      for (let j = NEXT_FROM[g]!; j < NEXT_FROM[g + 1]!; j++) {
        const next = GROUP_NEXTS[j]!;
        // The first best predecessor, in ascending order, as the trainer's decoder always chose.
        let best = -Infinity;
        let arg = 0;
        for (let k = 0; k < m; k++) {
          const s = near[k]! + steps[step++]!;
          if (s > best) {
            best = s;
            arg = GROUP_PREVS[first + k]!;
          }
        }
        score[row + next] = best + emissions[row + next]!;
        back[row + next] = arg;
      }
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
