// Article-level bootstrap intervals for the evaluation scripts.
//
// Quotes cluster in articles (a round-up or a transcript holds dozens with one convention), so a
// figure over 84 dev articles moves far more than its quote count suggests. Resampling whole
// articles with replacement and reading the 2.5th and 97.5th percentiles of the statistic
// shows how far: a difference inside that range is not a difference this split can show.

/** A seeded PRNG (mulberry32): the same intervals on every run, so docs/quality.md is stable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The 95% percentile interval of each figure that `statistic` returns, over `rounds` resamples
 * of `items` (drawn with replacement, as many as there are items). Resamples where a figure is
 * not a number (nothing to count) are left out of that figure's interval.
 */
export function bootstrapIntervals<T>(items: readonly T[], statistic: (sample: T[]) => number[], rounds = 2000, seed = 1): [number, number][] {
  const random = mulberry32(seed);
  const values: number[][] = [];
  for (let r = 0; r < rounds; r++) {
    const sample = Array.from({ length: items.length }, () => items[Math.floor(random() * items.length)]!);
    statistic(sample).forEach((v, i) => {
      if (Number.isFinite(v)) (values[i] ??= []).push(v);
    });
  }
  return values.map((vs) => {
    vs.sort((a, b) => a - b);
    const at = (q: number): number => vs[Math.round(q * (vs.length - 1))]!;
    return [at(0.025), at(0.975)];
  });
}
