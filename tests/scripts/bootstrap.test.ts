import { describe, expect, it } from 'vitest';
import { bootstrapIntervals } from '../../scripts/bootstrap.js';

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const meanOnly = (xs: number[]): number[] => [mean(xs)];

describe('bootstrapIntervals', () => {
  it('is a single point when every article scores the same', () => {
    expect(bootstrapIntervals([0.9, 0.9, 0.9, 0.9], meanOnly)).toEqual([[0.9, 0.9]]);
  });

  it('is the same on every run (seeded) and brackets the mean', () => {
    const scores = Array.from({ length: 84 }, (_, i) => (i % 7 === 0 ? 0.5 : 0.95));
    const [[lo, hi]] = bootstrapIntervals(scores, meanOnly) as [[number, number]];
    expect(bootstrapIntervals(scores, meanOnly)).toEqual([[lo, hi]]);
    expect(lo).toBeLessThan(mean(scores));
    expect(hi).toBeGreaterThan(mean(scores));
    // 12 of 84 articles at 0.5: the standard error of the mean is about 0.019, so ±2 SE.
    expect(hi - lo).toBeGreaterThan(0.05);
    expect(hi - lo).toBeLessThan(0.1);
  });

  it('gives one interval per figure, leaving out resamples where a figure is not a number', () => {
    const both = bootstrapIntervals([1, 2, 3, 4], (xs) => [Math.min(...xs), Math.max(...xs)]);
    expect(both).toHaveLength(2);
    expect(both[0]![0]).toBe(1);
    expect(both[1]![1]).toBe(4);
    const ratio = (xs: { right: number; total: number }[]): number[] => [xs.reduce((s, x) => s + x.right, 0) / xs.reduce((s, x) => s + x.total, 0)];
    expect(bootstrapIntervals([{ right: 0, total: 0 }, { right: 3, total: 4 }], ratio)).toEqual([[0.75, 0.75]]);
  });
});
