// gender.ts: a pronoun skips a person of the other gender.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/ingest/quotes/index.js';
import { draftOf, entity, directQuotes } from './helpers.js';

describe('a candidate of the other gender is skipped', () => {
  it('skips a candidate of the other gender (given name)', () => {
    const d = draftOf('Bob Jones met Jane Smith on Monday.', '“It went well,” she said.');
    expect(directQuotes(extractQuotes(d, [entity(d, 'Bob Jones', 'PERSON'), entity(d, 'Jane Smith', 'PERSON')])).map((q) => q.speaker)).toEqual(['Jane Smith']);
  });

  it('skips a candidate of the other gender (honorific)', () => {
    const d = draftOf('Mr. Park and Avery Lee spoke on Monday.', '“It went well,” she said.');
    const ents = [entity(d, 'Jordan Park', 'PERSON', ['Mr. Park']), entity(d, 'Avery Lee', 'PERSON')];
    expect(directQuotes(extractQuotes(d, ents)).map((q) => q.speaker)).toEqual(['Avery Lee']);
  });
});
