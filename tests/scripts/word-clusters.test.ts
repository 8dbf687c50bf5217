// The committed Brown clusters (models/word-clusters.tsv, from scripts/ner/train-clusters.ts
// with C = 256 on Reuters-21578, PolNeAR train and CoNLL-2003 train): read as they are, not
// recomputed. The facts below were checked in that file; a retrained file that loses them
// has lost the groupings the tagger's cluster features are for.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const url = new URL('../../models/word-clusters.tsv', import.meta.url);
const text = readFileSync(url, 'utf8');
const rows = text.split('\n');
const last = rows.pop();
const bits = new Map(rows.map((row) => row.split('\t') as [string, string]));

const of = (word: string): string => {
  const b = bits.get(word);
  if (b === undefined) throw new Error(`"${word}" is not in the file`);
  return b;
};
/** Bits two words' paths share from the root. */
function shared(a: string, b: string): number {
  const x = of(a);
  const y = of(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}
const codePoints = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!);
function byCodePoint(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

describe('models/word-clusters.tsv', () => {
  it('is one `word<TAB>bit-string` line per word, sorted by code point, and small', () => {
    expect(last).toBe('');
    expect(rows.length).toBeGreaterThan(30_000);
    expect(rows.filter((row) => !/^[^\t\n]+\t[01]+$/.test(row))).toEqual([]);
    expect(bits.size).toBe(rows.length);
    const words = rows.map((row) => row.split('\t')[0]!);
    expect(words.filter((word, i) => i > 0 && byCodePoint(words[i - 1]!, word) >= 0)).toEqual([]);
    // The sequence markers are clustered but not written.
    expect(bits.has('<s>')).toBe(false);
    expect(bits.has('<unk>')).toBe(false);
    expect(statSync(url).size).toBeLessThan(1_000_000);
  });

  it('holds the 256 leaves of one binary tree: no bit-string is a prefix of another', () => {
    const leaves = [...new Set(bits.values())].sort();
    expect(leaves).toHaveLength(256);
    for (let i = 1; i < leaves.length; i++) expect(leaves[i]!.startsWith(leaves[i - 1]!)).toBe(false);
    expect(Math.max(...leaves.map((l) => l.length))).toBeLessThanOrEqual(24);
  });

  it('keeps case: "Apple" and "apple" are two words in different clusters', () => {
    expect(of('Apple')).not.toBe(of('apple'));
    expect(of('Apple')).toBe(of('Japan'));
  });

  it('puts months together, and weekdays together', () => {
    expect(of('February')).toBe(of('January'));
    expect(of('December')).toBe(of('January'));
    expect(shared('January', 'March')).toBeGreaterThanOrEqual(8);
    expect(shared('January', 'April')).toBeGreaterThanOrEqual(8);
    for (const day of ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) expect(of(day)).toBe(of('Monday'));
  });

  it('puts countries together, and nationalities together', () => {
    for (const country of ['China', 'France', 'Canada', 'Britain', 'Brazil']) expect(of(country)).toBe(of('Japan'));
    for (const adjective of ['British', 'French', 'Canadian', 'Chinese']) expect(of(adjective)).toBe(of('Japanese'));
  });

  it('puts company suffixes together, apart from months', () => {
    expect(shared('Inc', 'Corp')).toBeGreaterThanOrEqual(8);
    for (const suffix of ['Corp', 'Ltd', 'Co', 'Plc']) expect(shared('Inc', suffix)).toBeGreaterThanOrEqual(6);
    expect(shared('Inc', 'January')).toBeLessThan(4);
  });

  it("puts first names together, and politicians' surnames together", () => {
    expect(of('David')).toBe(of('John'));
    expect(of('Paul')).toBe(of('John'));
    expect(shared('John', 'James')).toBeGreaterThanOrEqual(8);
    expect(of('Obama')).toBe(of('Trump'));
    expect(of('Bush')).toBe(of('Trump'));
    expect(shared('Trump', 'Clinton')).toBeGreaterThanOrEqual(8);
  });

  it('puts spokesmen and analysts together, and commodities together', () => {
    expect(of('analyst')).toBe(of('spokesman'));
    expect(of('economist')).toBe(of('spokesman'));
    for (const commodity of ['wheat', 'gold', 'sugar', 'coffee']) expect(of(commodity)).toBe(of('oil'));
  });
});
