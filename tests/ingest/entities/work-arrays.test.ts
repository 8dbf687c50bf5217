import { describe, expect, it } from 'vitest';
import { KEEP_LIMIT, WorkArray } from '../../../src/ingest/entities/work-arrays.js';

describe('WorkArray', () => {
  it('reuses one array while it is large enough, and grows it to twice the need', () => {
    const work = new WorkArray((n) => new Float32Array(n));
    const a = work.get(100);
    expect(a.length).toBe(200);
    expect(work.get(150)).toBe(a);
    expect(work.get(300).length).toBe(600);
  });

  it('never keeps an array above the limit: a huge input gets one of its own', () => {
    const work = new WorkArray((n) => new Uint8Array(n));
    const normal = work.get(1000);
    const huge = work.get(KEEP_LIMIT + 1);
    expect(huge.length).toBe(KEEP_LIMIT + 1);
    expect(work.get(1000)).toBe(normal);
    // Grown near the limit, it stops at the limit.
    expect(work.get(KEEP_LIMIT - 10).length).toBe(KEEP_LIMIT);
  });
});
