// pronouns.ts: which earlier person "he" or "she" at a cue stands for.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/ingest/quotes/index.js';
import { draftOf, entity, expectOffsets, quoteSpeakersAsWritten, directQuotes } from './helpers.js';

describe('pronouns at the cue', () => {
  it('pronouns resolve to the person named before', () => {
    const d = draftOf('Jane Smith arrived in Paris on Monday.', '“It was a long trip,” she said.');
    const q = directQuotes(extractQuotes(d, [entity(d, 'Jane Smith', 'PERSON'), entity(d, 'Paris', 'LOCATION')]));
    expect(q.map((x) => [x.speaker, x.speakerAsWritten])).toEqual([['Jane Smith', 'she']]);
    expectOffsets(d, q);
  });

  it('a capitalised “He” at a cue is a pronoun and resolves through the sentence before', () => {
    const d = draftOf('Bob Jones said that Al Reid had energized “a lot of people.” He added, “We are thrilled.”');
    const q = directQuotes(extractQuotes(d, [entity(d, 'Bob Jones', 'PERSON'), entity(d, 'Al Reid', 'PERSON')]));
    expect(q.map((x) => [x.speaker, x.speakerAsWritten])).toEqual([['Bob Jones', 'Bob Jones'], ['Bob Jones', 'He']]);
  });
});

describe('the sentence subject before the last person named', () => {
  it('prefers the subject of the previous sentence over the last person named', () => {
    const d = draftOf('Jane Smith met Bob Jones on Monday.', '“It went well,” she said.');
    expect(directQuotes(extractQuotes(d, [entity(d, 'Jane Smith', 'PERSON'), entity(d, 'Bob Jones', 'PERSON')])).map((q) => q.speaker)).toEqual(['Jane Smith']);
  });

  it('a pronoun skips a person after a preposition for the sentence subject: "In a talk to Tom Hale, Bob Smith says he ..."', () => {
    expect(quoteSpeakersAsWritten('Tom Hale met Bob Smith.', 'In a talk to Tom Hale, Bob Smith says he will call them “cowards.”')).toEqual([['cowards.', 'Bob Smith', 'he']]);
    expect(quoteSpeakersAsWritten('Tom Hale met Bob Smith.', 'In a talk to Bob Smith, Tom Hale says he will call them “cowards.”')).toEqual([['cowards.', 'Tom Hale', 'he']]);
  });
});
