// resolution/index.ts: pronoun and description speakers resolved by the referent model, in
// direct quotes and reported speech, starting from the rules' answer.
import { afterEach, describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src/ingest/entities/index.js';
import { extractQuotes } from '../../../../src/ingest/quotes/index.js';
import { traceReferents, useReferentModel, type TracedResolution } from '../../../../src/ingest/quotes/resolution/index.js';
import type { ParsedQuote } from '../../../../src/ingest/types.js';
import { draftOf, entity } from '../helpers.js';
import { article } from './helpers.js';

/** [kind, speaker, as written] of each quote of the article, with the entities its own entity pass finds. */
function speakers(...paragraphs: string[]): [string, string | null, string | null][] {
  const d = draftOf(...paragraphs);
  return extractQuotes(d, extractEntities(d)).quotes.map((q: ParsedQuote) => [q.kind, q.speaker, q.speakerAsWritten]);
}

afterEach(() => {
  useReferentModel(undefined);
  traceReferents(null);
});

describe('descriptions resolved to the entity of their kind', () => {
  it('"the newspaper" is the newspaper named before (the rules leave it unresolved)', () => {
    const text = ['The Washington Post reported on Monday that the deal was off.', '“We stand by our story,” the newspaper said.'];
    expect(speakers(...text).at(-1)).toEqual(['FULL', 'The Washington Post', 'the newspaper']);
    useReferentModel(null);
    expect(speakers(...text).at(-1)).toEqual(['FULL', null, 'the newspaper']);
  });

  it('"the company", in a quote and in reported speech', () => {
    expect(speakers('Apple hired Jennifer Rodstrom in May.', '“We have no comment,” the company said.')).toEqual([['FULL', 'Apple', 'the company']]);
    expect(speakers('The Dow was held back partly by a drop in the oil giant Exxon Mobil. The company reported its smallest quarterly profit in years.')).toEqual([['INDIRECT', 'Exxon Mobil', 'The company']]);
  });

  it('"the fund" is the International Monetary Fund', () => {
    expect(speakers('The International Monetary Fund cut its forecast on Tuesday.', 'The fund said growth would slow in China.')).toEqual([['INDIRECT', 'International Monetary Fund', 'The fund']]);
  });

  it('"a source" is no one', () => {
    expect(speakers('Tickets sold out on Monday.', '“It will move,” a source said.')).toEqual([['FULL', null, 'a source']]);
  });
});

describe('pronouns', () => {
  it('"he" after "Federal prosecutor Glen Kopp said ..."', () => {
    expect(speakers('Federal prosecutor Glen Kopp said it is not surprising that agents want to interview Hillary Clinton and her aides.', '“They are within the zone of interest of the investigation,” he said.').at(-1)).toEqual([
      'FULL',
      'Glen Kopp',
      'he',
    ]);
  });
});

describe('what the rules found inside the source stands', () => {
  it('an entity mention that is the description itself: "According to the ministry"', () => {
    const d = draftOf('Jane Smith said: “We are ready.”', 'According to the ministry, “The plan is final.”');
    const q = extractQuotes(d, [entity(d, 'Jane Smith', 'PERSON'), entity(d, 'Ministry', 'ORGANIZATION', ['ministry'])]).quotes;
    expect(q.at(-1)!.speaker).toBe('Ministry');
  });

  it('"Powell’s office" speaks for Powell', () => {
    const d = draftOf('Colin Powell wrote emails.', '“He did write to her,” Powell’s office said in a statement.');
    expect(extractQuotes(d, [entity(d, 'Colin Powell', 'PERSON', ['Colin Powell', 'Powell'])]).quotes.map((q) => [q.kind, q.speaker])).toEqual([['INDIRECT', 'Colin Powell'], ['FULL', 'Colin Powell']]);
  });
});

describe('the resolver', () => {
  it('names keep the rules’ answer and are not traced; each pronoun or description is traced once, with NULL first', () => {
    const traced: TracedResolution[] = [];
    traceReferents((t) => traced.push(t));
    speakers('Federal prosecutor Glen Kopp said it is not surprising that agents want to interview Hillary Clinton and her aides.', '“They are within the zone of interest of the investigation,” he said.');
    expect(traced.map((t) => [t.source.mention.text, t.rule?.name ?? null, t.chosen?.name ?? null, t.candidates[0]!.candidate.entity])).toEqual([['he', 'Glen Kopp', 'Glen Kopp', null]]);
    expect(traced[0]!.candidates.map((c) => c.candidate.entity?.name ?? null)).toEqual([null, 'Hillary Clinton', 'Glen Kopp']);
  });

  it('the speakers of earlier quotes, in text order, for "the speaker of the previous quote"', () => {
    const a = article(['Jane Smith spoke. Bob Jones spoke. Then he left.'], [['Jane Smith', 'PERSON'], ['Bob Jones', 'PERSON']]);
    a.resolver.noteSpeaker(a.named('Bob Jones'), 20);
    a.resolver.noteSpeaker(a.named('Jane Smith'), 5);
    expect(a.resolver.previousSpeaker(4)).toBeNull();
    expect(a.resolver.previousSpeaker(10)?.entity.name).toBe('Jane Smith');
    expect(a.resolver.previousSpeaker(21)?.entity.name).toBe('Bob Jones');
  });
});
