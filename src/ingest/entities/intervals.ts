// Questions about many spans at once, in O(log n) each, so a long article full of names or
// quotation marks costs no more per name than a short one.
import type { Span } from '../types.js';

/** Spans sorted by start, with the furthest end reached so far at each position. */
export class SpanSet {
  private readonly sorted: Span[];
  private readonly reach: number[] = [];

  constructor(spans: Iterable<Span>) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    this.sorted.forEach((s, i) => this.reach.push(Math.max(s.end, i > 0 ? this.reach[i - 1]! : -1)));
  }

  /** Index of the first span starting at or after `offset`. */
  private firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether any span overlaps `span`. */
  overlaps(span: Span): boolean {
    const i = this.firstFrom(span.end);
    return i > 0 && this.reach[i - 1]! > span.start;
  }

  /** Whether some span holds all of `span`. */
  holds(span: Span): boolean {
    const i = this.firstFrom(span.start + 1);
    return i > 0 && this.reach[i - 1]! >= span.end;
  }
}
