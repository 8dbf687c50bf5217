import { describe, expect, it } from 'vitest';
import { bootstrapInterval } from '../../scripts/bootstrap.js';

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('bootstrapInterval', () => {
  it('is a single point when every article scores the same', () => {
    expect(bootstrapInterval([0.9, 0.9, 0.9, 0.9], mean)).toEqual([0.9, 0.9]);
  });

  it('is the same on every run (seeded) and brackets the mean', () => {
    const scores = Array.from({ length: 84 }, (_, i) => (i % 7 === 0 ? 0.5 : 0.95));
    const [lo, hi] = bootstrapInterval(scores, mean);
    expect(bootstrapInterval(scores, mean)).toEqual([lo, hi]);
    expect(lo).toBeLessThan(mean(scores));
    expect(hi).toBeGreaterThan(mean(scores));
    // 12 of 84 articles at 0.5: the standard error of the mean is about 0.019, so ±2 SE.
    expect(hi - lo).toBeGreaterThan(0.05);
    expect(hi - lo).toBeLessThan(0.1);
  });

  it('leaves out resamples where the statistic is not a number', () => {
    const ratio = (xs: { right: number; total: number }[]): number => xs.reduce((s, x) => s + x.right, 0) / xs.reduce((s, x) => s + x.total, 0);
    expect(bootstrapInterval([{ right: 0, total: 0 }, { right: 3, total: 4 }], ratio)).toEqual([0.75, 0.75]);
  });
});
