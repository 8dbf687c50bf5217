// intervals.ts: SpanSet answers overlap and containment questions over many spans.
import { describe, expect, it } from 'vitest';
import { SpanSet } from '../../../src/ingest/entities/intervals.js';

const text = 'She appeared on “Good Morning America” and “Fox and Friends” on Monday.';
const span = (written: string): { start: number; end: number } => {
  const start = text.indexOf(written);
  return { start, end: start + written.length };
};
// Given out of order: the set sorts them.
const quotes = new SpanSet([span('Fox and Friends'), span('Good Morning America')]);

describe('SpanSet.holds', () => {
  it('holds a name inside a quoted title, and the title itself', () => {
    expect(quotes.holds(span('Morning America'))).toBe(true);
    expect(quotes.holds(span('Fox'))).toBe(true);
    expect(quotes.holds(span('Good Morning America'))).toBe(true);
  });

  it('does not hold a span that runs past a title or lies outside all of them', () => {
    expect(quotes.holds(span('America” and'))).toBe(false);
    expect(quotes.holds(span('Monday'))).toBe(false);
    expect(quotes.holds(span('She'))).toBe(false);
  });
});

describe('SpanSet.overlaps', () => {
  it('sees a partial overlap at either end', () => {
    expect(quotes.overlaps(span('America” and'))).toBe(true);
    expect(quotes.overlaps(span('and “Fox'))).toBe(true);
  });

  it('does not count spans that only touch', () => {
    const s = span('Good Morning America');
    expect(quotes.overlaps({ start: s.end, end: s.end + 2 })).toBe(false);
    expect(quotes.overlaps({ start: s.start - 2, end: s.start })).toBe(false);
  });

  it('answers from the furthest end reached, not only the nearest span', () => {
    const set = new SpanSet([{ start: 0, end: 100 }, { start: 10, end: 20 }]);
    expect(set.overlaps({ start: 50, end: 60 })).toBe(true);
    expect(set.holds({ start: 50, end: 60 })).toBe(true);
    expect(set.holds({ start: 90, end: 110 })).toBe(false);
  });

  it('an empty set overlaps and holds nothing', () => {
    const empty = new SpanSet([]);
    expect(empty.overlaps({ start: 0, end: 10 })).toBe(false);
    expect(empty.holds({ start: 0, end: 10 })).toBe(false);
  });
});
