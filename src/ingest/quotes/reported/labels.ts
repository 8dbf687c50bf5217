// The reported-speech tagger's labels: BIO over the three parts of an attribution (PolNeAR's
// Cue, Source and Content). "Peskov said Putin had no plans" is
//   Peskov/B-SOURCE said/B-CUE Putin/B-CONTENT had/I-CONTENT no/I-CONTENT plans/I-CONTENT
export const ROLES = ['CUE', 'SOURCE', 'CONTENT'] as const;
export type Role = (typeof ROLES)[number];

/** Index 0 is O; then B and I for each role in ROLES order. */
export const LABELS: readonly string[] = ['O', ...ROLES.flatMap((r) => [`B-${r}`, `I-${r}`])];
export const LABEL_COUNT = LABELS.length;

export const begin = (role: Role): number => 1 + 2 * ROLES.indexOf(role);
export const inside = (role: Role): number => 2 + 2 * ROLES.indexOf(role);

/** The role of a label, null for O. */
export const roleOf = (label: number): Role | null => (label === 0 ? null : ROLES[(label - 1) >> 1]!);
export const isBegin = (label: number): boolean => label > 0 && (label - 1) % 2 === 0;

/** Whether `next` may follow `prev` (-1 = sentence start): an I continues its own role only. */
export function allowed(prev: number, next: number): boolean {
  if (next === 0 || isBegin(next)) return true;
  return prev > 0 && roleOf(prev) === roleOf(next);
}
