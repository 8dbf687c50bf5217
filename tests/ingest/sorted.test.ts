import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, offset } from '../../src/ingest/sorted.js';

describe('lastAtOrBefore', () => {
  const starts = [0, 40, 40, 95, 180];
  it('finds the last item at or before an offset', () => {
    expect(lastAtOrBefore(starts, offset, 39)).toBe(0);
    expect(lastAtOrBefore(starts, offset, 40)).toBe(2);
    expect(lastAtOrBefore(starts, offset, 500)).toBe(4);
  });
  it('gives -1 before the first, and for no items', () => {
    expect(lastAtOrBefore(starts, offset, -1)).toBe(-1);
    expect(lastAtOrBefore([], offset, 10)).toBe(-1);
  });
  it('reads the offset through a key', () => {
    const blocks = [{ start: 0 }, { start: 120 }, { start: 300 }];
    expect(lastAtOrBefore(blocks, (b) => b.start, 299)).toBe(1);
  });
});
