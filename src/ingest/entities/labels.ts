// The tagger's labels: BILOU over four types (Begin, Inside, Last, Unit) plus O, and which
// label may follow which, so decoding only ever yields whole, well-formed mentions.
export const TAG_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type TagType = (typeof TAG_TYPES)[number];

const PARTS = ['B', 'I', 'L', 'U'] as const;
/** Index 0 is O; then B, I, L, U for each type in TAG_TYPES order. */
export const LABELS: readonly string[] = ['O', ...TAG_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const LABEL_COUNT = LABELS.length;

const part = (label: number): string => (label === 0 ? 'O' : PARTS[(label - 1) % 4]!);
const typeIndex = (label: number): number => (label === 0 ? -1 : Math.floor((label - 1) / 4));

export function labelOf(part: 'B' | 'I' | 'L' | 'U', type: TagType): number {
  return 1 + TAG_TYPES.indexOf(type) * 4 + PARTS.indexOf(part);
}

/** Whether `next` may follow `prev` (-1 = sentence start). */
export function allowed(prev: number, next: number): boolean {
  const open = prev >= 0 && (part(prev) === 'B' || part(prev) === 'I');
  const p = part(next);
  if (open) return (p === 'I' || p === 'L') && typeIndex(prev) === typeIndex(next);
  return p === 'O' || p === 'B' || p === 'U';
}

/** Whether a sequence may end on `label`. */
export function mayEnd(label: number): boolean {
  const p = part(label);
  return p === 'O' || p === 'L' || p === 'U';
}

export interface TokenSpan {
  /** Token range [from, to). */
  from: number;
  to: number;
  type: TagType;
}

/** Mentions as token ranges from a well-formed label sequence. */
export function spansOf(labels: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  let from = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const p = part(l);
    if (p === 'U') out.push({ from: i, to: i + 1, type: TAG_TYPES[typeIndex(l)]! });
    else if (p === 'B') from = i;
    else if (p === 'L' && from >= 0) {
      out.push({ from, to: i + 1, type: TAG_TYPES[typeIndex(l)]! });
      from = -1;
    }
  }
  return out;
}

/** BILOU labels for token ranges over `length` tokens. */
export function labelsOf(spans: readonly TokenSpan[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (const s of spans) {
    if (s.to - s.from === 1) out[s.from] = labelOf('U', s.type);
    else {
      out[s.from] = labelOf('B', s.type);
      for (let i = s.from + 1; i < s.to - 1; i++) out[i] = labelOf('I', s.type);
      out[s.to - 1] = labelOf('L', s.type);
    }
  }
  return out;
}
