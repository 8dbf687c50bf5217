import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/ingest/memo.js';

describe('memoize', () => {
  it('computes each key once while the memo has room', () => {
    const calls: string[] = [];
    const upper = memoize((w) => (calls.push(w), w.toUpperCase()), 3);
    expect([upper('Reuters'), upper('Reuters'), upper('oil')]).toEqual(['REUTERS', 'REUTERS', 'OIL']);
    expect(calls).toEqual(['Reuters', 'oil']);
  });

  it('remembers an undefined answer too (an unknown word is asked about again and again)', () => {
    let calls = 0;
    const lookup = memoize(() => (calls++, undefined));
    lookup('Xyzzy');
    lookup('Xyzzy');
    expect(calls).toBe(1);
  });

  it('empties itself when full, so memory stays bounded', () => {
    const calls: string[] = [];
    const same = memoize((w) => (calls.push(w), w), 2);
    for (const w of ['a', 'b', 'c', 'a']) same(w);
    // 'c' found the memo full ({a, b}) and emptied it, so 'a' is computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('tells apart keys that share their ends and length (long keys are hashed by their ends)', () => {
    const echo = memoize((w) => w);
    const keys = Array.from({ length: 50 }, (_, i) => `${'x'.repeat(20)}${String(i).padStart(2, '0')}${'y'.repeat(20)}`);
    for (let round = 0; round < 2; round++) for (const k of keys) expect(echo(k)).toBe(k);
  });
});
