import { describe, expect, it } from 'vitest';
import { LABELS, allowed, labelOf, labelsOf, mayEnd, spansOf } from '../../../src/ingest/entities/labels.js';
import { viterbi } from '../../../src/ingest/entities/viterbi.js';

describe('BILOU labels', () => {
  it('has O and four parts for each of the four types', () => {
    expect(LABELS).toHaveLength(17);
    expect(LABELS.slice(0, 5)).toEqual(['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER']);
  });

  it('round-trips spans through labels', () => {
    const spans = [
      { from: 0, to: 2, type: 'PER' as const },
      { from: 3, to: 4, type: 'LOC' as const },
      { from: 5, to: 8, type: 'ORG' as const },
    ];
    const labels = labelsOf(spans, 9);
    expect([...labels].map((l) => LABELS[l])).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(spansOf(labels)).toEqual(spans);
  });

  it('only lets a mention continue with its own type and end where it may', () => {
    expect(allowed(labelOf('B', 'PER'), labelOf('L', 'PER'))).toBe(true);
    expect(allowed(labelOf('B', 'PER'), labelOf('L', 'ORG'))).toBe(false);
    expect(allowed(labelOf('B', 'PER'), 0)).toBe(false);
    expect(allowed(-1, labelOf('I', 'LOC'))).toBe(false);
    expect(mayEnd(labelOf('B', 'MISC'))).toBe(false);
  });
});

describe('viterbi', () => {
  it('picks the best well-formed sequence, even when each token alone prefers an ill-formed one', () => {
    const L = LABELS.length;
    const emissions = new Float32Array(2 * L);
    // Token 0 alone prefers B-PER, token 1 alone prefers O: B-PER then O is not allowed.
    emissions[labelOf('B', 'PER')] = 3;
    emissions[L + 0] = 2;
    emissions[L + labelOf('L', 'PER')] = 1.5;
    const labels = viterbi(emissions, 2, new Float32Array(L * L), new Float32Array(L));
    expect([...labels].map((l) => LABELS[l])).toEqual(['B-PER', 'L-PER']);
  });
});
