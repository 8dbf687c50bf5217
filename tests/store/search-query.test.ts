// The limits of a search text (src/store/search-query.ts): each at its boundary, accepted at
// the limit and refused one over it with the exact message, and the queries readers type.
import { describe, expect, it } from 'vitest';
import {
  MAX_PREFIX_TERMS,
  MAX_SEARCH_LENGTH,
  MAX_SEARCH_TERMS,
  MIN_PREFIX_LENGTH,
  SearchSyntaxError,
  parseSearch,
} from '../../src/store/search-query.js';

/** The message parseSearch refuses `input` with, or null when it accepts it. */
function refusal(input: string): string | null {
  try {
    parseSearch(input);
    return null;
  } catch (error) {
    if (!(error instanceof SearchSyntaxError)) throw error;
    return error.message;
  }
}

const words = (n: number, word = 'oil') => Array.from({ length: n }, () => word).join(' ');

describe('search limits', () => {
  it('are the documented numbers', () => {
    expect({ MAX_SEARCH_LENGTH, MAX_SEARCH_TERMS, MAX_PREFIX_TERMS, MIN_PREFIX_LENGTH }).toEqual({
      MAX_SEARCH_LENGTH: 200,
      MAX_SEARCH_TERMS: 8,
      MAX_PREFIX_TERMS: 4,
      MIN_PREFIX_LENGTH: 3,
    });
  });

  it('accepts what readers type', () => {
    for (const q of [
      '"storm shadow" missiles',
      'russia OR ukraine -nato',
      'escal*',
      'Storm Shadow',
      'kremlin -peskov',
      'zebra OR kremlin',
      'oil prices opec "output cut" saudi -iran',
      'sanction* escal* russia OR ukraine',
      '“pure fiction” peskov',
    ]) {
      expect(refusal(q), q).toBeNull();
    }
  });

  it('characters: 200 accepted, 201 refused, counted in code points', () => {
    expect(refusal('a'.repeat(200))).toBeNull();
    expect(refusal('a'.repeat(201))).toBe('at most 200 characters, got 201');
    // 𝐀 is one character and two UTF-16 code units.
    expect(refusal('𝐀'.repeat(200))).toBeNull();
    expect(refusal('𝐀'.repeat(201))).toBe('at most 200 characters, got 201');
    // Checked before anything is parsed: a 100 kB text is refused for its length.
    expect(refusal('a* '.repeat(34_000))).toBe('at most 200 characters, got 102000');
  });

  it('terms: 8 accepted, 9 refused, counting OR alternatives and excluded terms', () => {
    expect(refusal(words(8))).toBeNull();
    expect(refusal(words(9))).toBe('at most 8 terms, got 9');
    expect(refusal(Array.from({ length: 8 }, (_, i) => `w${i}`).join(' OR '))).toBeNull();
    expect(refusal(Array.from({ length: 9 }, (_, i) => `w${i}`).join(' OR '))).toBe('at most 8 terms, got 9');
    expect(refusal(`oil ${words(7, '-gas')}`)).toBeNull();
    expect(refusal(`oil ${words(8, '-gas')}`)).toBe('at most 8 terms, got 9');
    // The audit's 200 one-letter prefixes (600 characters) under a long enough length limit.
    const audit = 'a* '.repeat(200);
    expect(() => parseSearch(audit, { maxLength: 1000, maxTerms: 8, maxPrefixTerms: 4, minPrefixLength: 3 })).toThrow('at most 8 terms, got 200');
  });

  it('a phrase is one term, whatever its length', () => {
    expect(refusal(`"${words(20, 'the')}" ${words(7)}`)).toBeNull();
    expect(refusal(`"${words(20, 'the')}" ${words(8)}`)).toBe('at most 8 terms, got 9');
    // So is a hyphenated word: e-mail is the phrase "e mail".
    expect(refusal(`e-mail ${words(7)}`)).toBeNull();
  });

  it('prefix terms: 4 accepted, 5 refused, OR alternatives and excluded ones included', () => {
    expect(refusal('oil* gas* coal* wind*')).toBeNull();
    expect(refusal('oil* gas* coal* wind* solar*')).toBe('at most 4 prefix terms, got 5');
    expect(refusal('oil* OR gas* OR coal* OR wind* OR solar*')).toBe('at most 4 prefix terms, got 5');
    expect(refusal('oil* gas* coal* wind* -solar*')).toBe('at most 4 prefix terms, got 5');
    // Terms are counted first.
    expect(refusal(words(9, 'oil*'))).toBe('at most 8 terms, got 9');
  });

  it('a prefix needs 3 characters before the *', () => {
    expect(refusal('esc*')).toBeNull();
    expect(refusal('es*')).toBe('a prefix needs at least 3 characters before the *, got es*');
    expect(refusal('a*')).toBe('a prefix needs at least 3 characters before the *, got a*');
    expect(refusal('oil -a*')).toBe('a prefix needs at least 3 characters before the *, got a*');
    // The * applies to the last word of a hyphenated term.
    expect(refusal('e-mai*')).toBeNull();
    expect(refusal('mail-e*')).toBe('a prefix needs at least 3 characters before the *, got e*');
    expect(refusal('𝐀𝐀𝐀*')).toBeNull();
    expect(refusal('𝐀𝐀*')).toBe('a prefix needs at least 3 characters before the *, got 𝐀𝐀*');
    // A * after a phrase is no prefix (it is searched as the phrase).
    expect(refusal('"storm shadow"*')).toBeNull();
  });

  it('a query with nothing to look for is still refused as such', () => {
    expect(refusal('OR')).toBe('give at least one word to search for');
    expect(refusal('-nato')).toBe('give at least one word to search for');
    expect(refusal('')).toBe('give at least one word to search for');
  });
});
