// city-state.ts: a name before its state or country is a place; an AP state abbreviation is
// a state only after a place or a party letter.
import { describe, expect, it } from 'vitest';
import { isBeforeItsPlace, isStateAbbreviationInPlace } from '../../../src/ingest/entities/city-state.js';

const endOf = (text: string, name: string): number => text.indexOf(name) + name.length;

describe('isBeforeItsPlace', () => {
  it('reads a town before its state, the state closing the phrase', () => {
    const text = 'Protests erupted in Ferguson, Missouri, on Sunday night.';
    expect(isBeforeItsPlace(text, endOf(text, 'Ferguson'))).toBe(true);
  });

  it('reads a town before an AP state abbreviation', () => {
    const text = 'He was born in Everett, Mass., in 1950.';
    expect(isBeforeItsPlace(text, endOf(text, 'Everett'))).toBe(true);
  });

  it('reads a city before its country', () => {
    const text = 'Shelling in Kyiv, Ukraine, went on overnight.';
    expect(isBeforeItsPlace(text, endOf(text, 'Kyiv'))).toBe(true);
  });

  it('reads a city before its country at the end of a sentence (the stop is not the country’s)', () => {
    const text = 'Shelling went on overnight in Kyiv, Ukraine.';
    expect(isBeforeItsPlace(text, endOf(text, 'Kyiv'))).toBe(true);
  });

  it('does not fire before an apposition or a list of names', () => {
    const text = 'Peskov, the Kremlin spokesman, said Smith, Jones and Brown had left.';
    expect(isBeforeItsPlace(text, endOf(text, 'Peskov'))).toBe(false);
    expect(isBeforeItsPlace(text, endOf(text, 'Smith'))).toBe(false);
  });

  it('does not fire when the place word opens a longer phrase', () => {
    const text = 'Trump, Missouri voters said, would win.';
    expect(isBeforeItsPlace(text, endOf(text, 'Trump'))).toBe(false);
  });
});

describe('isStateAbbreviationInPlace', () => {
  const text = 'Rep. Joe Walsh (R-Ill.) went to Mass. on Sunday in Everett, Mass.';

  it('accepts a state after a party letter', () => {
    expect(isStateAbbreviationInPlace(text, text.indexOf('Ill.'))).toBe(true);
  });

  it('accepts a state after a place and a comma', () => {
    expect(isStateAbbreviationInPlace(text, text.lastIndexOf('Mass.'))).toBe(true);
  });

  it('rejects "Mass." used as a church service', () => {
    expect(isStateAbbreviationInPlace(text, text.indexOf('Mass.'))).toBe(false);
  });
});
