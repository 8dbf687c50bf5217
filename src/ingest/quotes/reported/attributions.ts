// From a tagged sentence to attributions: each Cue takes the nearest Content (after it first:
// "said that X"; else before it: "X, Peskov said") and the nearest Source outside that
// Content ("Peskov said", "said Peskov"). A Content no Cue takes is dropped, as is a Cue
// with no Content.
import type { Span } from '../../types.js';
import { isBegin, roleOf, type Role } from './labels.js';

export interface Segment {
  role: Role;
  /** Token indices [from, to). */
  from: number;
  to: number;
}

export interface TokenAttribution {
  cue: Segment;
  content: Segment;
  source: Segment | null;
}

/** Runs of B-/I- labels of one role. */
export function segmentsOf(labels: ArrayLike<number>): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < labels.length; i++) {
    const role = roleOf(labels[i]!);
    if (!role) continue;
    const last = out.at(-1);
    if (!isBegin(labels[i]!) && last && last.role === role && last.to === i) last.to = i + 1;
    else out.push({ role, from: i, to: i + 1 });
  }
  return out;
}

/** Tokens between two segments (0 when adjacent). */
const gap = (a: Segment, b: Segment): number => (a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0);

// How far a Content may start after its Cue ("said on Tuesday that ...") or end before it
// ("..., the Kremlin's spokesman Dmitry Peskov said"), in tokens.
const AFTER_REACH = 6;
const BEFORE_REACH = 12;

/**
 * Pairs each Cue with a Content and a Source. Segments are in sentence order, so one pass
 * with a pointer per role keeps a sentence of thousands of cues linear.
 */
export function attributionsOf(segments: readonly Segment[]): TokenAttribution[] {
  const contents = segments.filter((s) => s.role === 'CONTENT');
  const sources = segments.filter((s) => s.role === 'SOURCE');
  const taken = new Set<Segment>();
  const out: TokenAttribution[] = [];
  // contents[c] is the first Content that ends after the current Cue starts; sources[s] likewise.
  let c = 0;
  let s = 0;
  for (const cue of segments) {
    if (cue.role !== 'CUE') continue;
    while (c < contents.length && contents[c]!.to <= cue.from) c++;
    const after = contents[c] && !taken.has(contents[c]!) && contents[c]!.from >= cue.to && contents[c]!.from - cue.to <= AFTER_REACH ? contents[c] : undefined;
    const prev = contents[c - 1];
    const before = prev && !taken.has(prev) && cue.from - prev.to <= BEFORE_REACH ? prev : undefined;
    const content = after ?? before;
    if (!content) continue;
    taken.add(content);
    // The nearest Source on either side of the Cue that the Content does not hold.
    while (s < sources.length && sources[s]!.to <= cue.from) s++;
    const outside = (x: Segment | undefined): x is Segment => !!x && !(content.from <= x.from && x.to <= content.to);
    const near = [sources[s - 1], sources[s]].filter(outside);
    const source = near.sort((a, b) => gap(a, cue) - gap(b, cue))[0] ?? null;
    out.push({ cue, content, source });
  }
  return out;
}

/** A segment's character span over its tokens. */
export const spanOf = (tokens: readonly Span[], s: Segment): Span => ({ start: tokens[s.from]!.start, end: tokens[s.to - 1]!.end });
