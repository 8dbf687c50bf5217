import { describe, expect, it } from 'vitest';
import { shape, shortShape } from '../../../src/ingest/entities/word-features.js';

// The definition the tagger was trained with: each character classed by Unicode regexes.
const byRegex = (word: string): string =>
  [...word].map((ch) => (/\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch)).join('');

describe('word shapes', () => {
  it('class every character as the Unicode classes do', () => {
    for (const word of ['Reuters', 'U.S.-led', '1,000.5', "O'Brien", 'Zürich', 'ÉCOLE', '٣٤', 'Ⅻ', '½', 'ß', 'x\uD800y', '😀A', '@#_~']) {
      expect(shape(word)).toBe(byRegex(word));
    }
    let all = '';
    for (let c = 0; c < 0x80; c++) all += String.fromCharCode(c);
    expect(shape(all)).toBe(byRegex(all));
  });

  it('collapses repeats in the short shape', () => {
    expect(shortShape('Reuters')).toBe('Xx');
    expect(shortShape('1996-08-30')).toBe('d-d-d');
  });
});
