// viterbi.ts: the best label sequence under token scores and label-pair scores, with the BIO
// constraints of labels.ts as hard limits. Hand-made scores only: no model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS, LABEL_COUNT as L, allowed } from '../../../../src/ingest/quotes/reported/labels.js';
import { viterbi } from '../../../../src/ingest/quotes/reported/viterbi.js';
import { namesOf } from './helpers.js';

/** n × L token scores from one { label: score } per token; labels not named score 0. */
function emissions(...tokens: Record<string, number>[]): Float64Array {
  const out = new Float64Array(tokens.length * L);
  tokens.forEach((scores, i) => {
    for (const [label, s] of Object.entries(scores)) out[i * L + LABELS.indexOf(label)] = s;
  });
  return out;
}
const NONE = new Float64Array(L * L);
const START = new Float64Array(L);
const decode = (e: Float64Array, transitions: ArrayLike<number> = NONE, start: ArrayLike<number> = START) => namesOf(viterbi(e, e.length / L, transitions, start));

/** The score of a label sequence, as viterbi adds it up. */
function scoreOf(labels: ArrayLike<number>, e: ArrayLike<number>, transitions: ArrayLike<number>, start: ArrayLike<number>): number {
  let s = start[labels[0]!]! + e[labels[0]!]!;
  for (let i = 1; i < labels.length; i++) s += transitions[labels[i - 1]! * L + labels[i]!]! + e[i * L + labels[i]!]!;
  return s;
}

describe('without constraints in play', () => {
  it('an empty sentence has no labels', () => {
    expect(viterbi(new Float64Array(0), 0, NONE, START)).toEqual(new Uint8Array(0));
  });

  it('with zero label-pair scores, each token takes its best label', () => {
    expect(decode(emissions({ 'B-SOURCE': 3 }, { 'B-CUE': 2 }, { 'B-CONTENT': 4 }, { 'I-CONTENT': 5 }, { O: 1 }))).toEqual(['B-SOURCE', 'B-CUE', 'B-CONTENT', 'I-CONTENT', 'O']);
  });

  it('label-pair scores can outweigh a token’s own', () => {
    const e = emissions({ 'B-CUE': 1 }, { O: 1, 'B-CONTENT': 0.5 });
    expect(decode(e)).toEqual(['B-CUE', 'O']);
    const transitions = new Float64Array(L * L);
    transitions[LABELS.indexOf('B-CUE') * L + LABELS.indexOf('B-CONTENT')] = 1;
    expect(decode(e, transitions)).toEqual(['B-CUE', 'B-CONTENT']);
  });

  it('start scores weigh on the first token only', () => {
    const start = new Float64Array(L);
    start[LABELS.indexOf('B-SOURCE')] = 2;
    expect(decode(emissions({ O: 1 }, { O: 1, 'B-SOURCE': 0.5 }), NONE, start)).toEqual(['B-SOURCE', 'O']);
  });
});

describe('the BIO constraints', () => {
  it('an I- cannot follow O: the first token is promoted to B- when that costs less', () => {
    // Token by token the best is O then I-CONTENT, which BIO forbids.
    const e = emissions({ O: 2, 'B-CONTENT': 1.5 }, { 'I-CONTENT': 3, 'B-CONTENT': 1 });
    expect(decode(e)).toEqual(['B-CONTENT', 'I-CONTENT']);
  });

  it('an I- cannot follow O: the second token is demoted to B- when that costs less', () => {
    const e = emissions({ O: 5 }, { 'I-CONTENT': 3, 'B-CONTENT': 2.5 });
    expect(decode(e)).toEqual(['O', 'B-CONTENT']);
  });

  it('an I- cannot follow another role', () => {
    // A Cue then the best-scoring I-SOURCE: the Source must begin.
    const e = emissions({ 'B-CUE': 4 }, { 'I-SOURCE': 3, 'B-SOURCE': 2 });
    expect(decode(e)).toEqual(['B-CUE', 'B-SOURCE']);
  });

  it('an I- cannot open the sentence, even as its best label by far', () => {
    expect(decode(emissions({ 'I-CUE': 100, 'B-CONTENT': 1 }))).toEqual(['B-CONTENT']);
  });

  it('a label-pair score cannot buy a forbidden pair', () => {
    const transitions = new Float64Array(L * L);
    transitions[0 * L + LABELS.indexOf('I-CONTENT')] = 1000;
    expect(decode(emissions({ O: 2 }, { 'I-CONTENT': 3, 'B-CONTENT': 2.5 }), transitions)).toEqual(['O', 'B-CONTENT']);
  });

  it('a constraint late in the sentence can change the labels far before it', () => {
    // Content all along scores less token by token than O until the last token, whose I-CONTENT
    // outweighs the rest: the whole run becomes Content.
    const e = emissions({ O: 1, 'B-CONTENT': 0.9 }, { O: 1, 'I-CONTENT': 0.9 }, { O: 1, 'I-CONTENT': 0.9 }, { 'I-CONTENT': 10 });
    expect(decode(e)).toEqual(['B-CONTENT', 'I-CONTENT', 'I-CONTENT', 'I-CONTENT']);
  });
});

describe('optimality', () => {
  // Every allowed sequence of n labels.
  function allSequences(n: number): number[][] {
    let out: number[][] = [[]];
    for (let i = 0; i < n; i++) out = out.flatMap((s) => LABELS.map((_, l) => l).filter((l) => allowed(i === 0 ? -1 : s[i - 1]!, l)).map((l) => [...s, l]));
    return out;
  }
  const score = fc.integer({ min: -6, max: 6 });

  it('returns an allowed sequence with the best score of all allowed sequences (brute force, up to 4 tokens)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(fc.array(score, { minLength: n * L, maxLength: n * L }), fc.array(score, { minLength: L * L, maxLength: L * L }), fc.array(score, { minLength: L, maxLength: L }))),
        ([e, transitions, start]) => {
          const n = e.length / L;
          const labels = viterbi(e, n, transitions, start);
          labels.forEach((l, i) => expect(allowed(i === 0 ? -1 : labels[i - 1]!, l)).toBe(true));
          const best = Math.max(...allSequences(n).map((s) => scoreOf(s, e, transitions, start)));
          expect(scoreOf(labels, e, transitions, start)).toBe(best);
        },
      ),
      { numRuns: 300, seed: 19 },
    );
  });
});

describe('reused work arrays', () => {
  it('a short sentence after a long one decodes as it does alone', () => {
    const short = emissions({ O: 2, 'B-CONTENT': 1.5 }, { 'I-CONTENT': 3, 'B-CONTENT': 1 });
    const alone = decode(short);
    decode(emissions(...Array.from({ length: 500 }, (_, i) => ({ [LABELS[i % L]!]: (i % 5) - 2 }))));
    expect(decode(short)).toEqual(alone);
  });

  it('a sentence too long for the kept arrays (over 2^20 scores) decodes whole', () => {
    // 160,000 tokens: a Cue, then Content to the end.
    const n = 160_000;
    const e = new Float64Array(n * L);
    e[LABELS.indexOf('B-CUE')] = 5;
    for (let i = 1; i < n; i++) e[i * L + LABELS.indexOf('I-CONTENT')] = 1;
    e[1 * L + LABELS.indexOf('B-CONTENT')] = 0.5;
    const labels = viterbi(e, n, NONE, START);
    expect(namesOf(labels.subarray(0, 3))).toEqual(['B-CUE', 'B-CONTENT', 'I-CONTENT']);
    expect(labels.subarray(2).every((l) => l === LABELS.indexOf('I-CONTENT'))).toBe(true);
  });
});
