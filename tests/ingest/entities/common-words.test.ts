import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from '../../../src/ingest/entities/common-words.js';

// The definition: every whole word the text writes in lower case.
const listed = (text: string): ReadonlySet<string> => new Set(text.match(/(?<![\p{L}\p{N}_'’\-])\p{Ll}[\p{Ll}'’\-]*(?![\p{L}\p{N}_])/gu) ?? []);

describe('lowerCaseWords', () => {
  it('knows exactly the words a full listing of the text finds', () => {
    const text =
      "Zircon sands rose; zircon output fell. abc-D abc-def x'y reuters_tickers _abc ab1 é-t ’s o’neill said-- anti-Trump 𝑎b b𝑎 US-led led. Sand";
    const words = new Set([...text.split(/[\s.;]+/), ...[...listed(text)], 'zircon', 'abc', 'abc-', 'led', 'sand', 'said', 'said--', 'anti', 'b𝑎', 'y', '']);
    // A fresh memo each time (its first answers come from looking for the word), then one asked everything.
    for (const w of words) expect(lowerCaseWords(text).has(w), w).toBe(listed(text).has(w));
    const asked = lowerCaseWords(text);
    for (const w of words) expect(asked.has(w), w).toBe(listed(text).has(w));
  });

  it('agrees with the listing on random texts, for every short piece of them', () => {
    const alphabet = ['a', 'b', 'é', 'A', '-', "'", '’', '_', '1', ' ', '.', '\n'];
    let seed = 3;
    const random = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let run = 0; run < 200; run++) {
      const text = Array.from({ length: 30 }, () => alphabet[random(alphabet.length)]).join('');
      const words = lowerCaseWords(text);
      const all = listed(text);
      for (let i = 0; i < text.length; i++) for (let j = i + 1; j <= Math.min(text.length, i + 6); j++) expect(words.has(text.slice(i, j))).toBe(all.has(text.slice(i, j)));
    }
  });
});
