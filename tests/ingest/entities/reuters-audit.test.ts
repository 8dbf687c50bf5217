// Issue #18's audit of Reuters-21578 entity pages, on a fixture written in the style of
// those records (tests/fixtures/reuters-audit/audit.sgm); `npm run eval:entities` prints the
// same counts on reut2-000..002.sgm.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit } from '../../../scripts/ner/reuters-audit.js';
import { parse } from '../../../src/ingest/index.js';

const articles = parse(readFileSync(new URL('../../fixtures/reuters-audit/audit.sgm', import.meta.url), 'utf8'), 'audit.sgm');
const entities = (i: number): string[] => articles[i]!.entities.map((e) => `${e.type} ${e.name}`).sort();
const entity = (i: number, name: string) => articles[i]!.entities.find((e) => e.name === name);

describe('the Reuters-21578 audit', () => {
  it('finds none of the four faults', () => {
    expect(audit(articles)).toEqual({ personWithCompanySuffix: [], suffixOnly: [], titleGlued: [], agencyJournalist: [] });
  });

  it('counts each fault it is shown', () => {
    const faulty = {
      ...articles[0]!,
      credits: [{ role: 'BYLINE' as const, name: 'Reuter' }],
      entities: [
        { name: 'Aceto Corp', type: 'PERSON' as const, aliases: [], descriptions: [], mentions: [], salience: 0 },
        { name: 'Co Inc', type: 'ORGANIZATION' as const, aliases: [], descriptions: [], mentions: [], salience: 0 },
        { name: 'Exchequer Nigel Lawson', type: 'PERSON' as const, aliases: [], descriptions: [], mentions: [], salience: 0 },
      ],
    };
    expect(audit([faulty])).toEqual({ personWithCompanySuffix: ['Aceto Corp'], suffixOnly: ['Co Inc'], titleGlued: ['Exchequer Nigel Lawson'], agencyJournalist: ['Reuter'] });
  });

  it('keeps company suffixes in organisation names and links tickers to their company', () => {
    expect(entities(0)).toEqual(expect.arrayContaining(['ORGANIZATION Texaco Inc', 'ORGANIZATION Aceto Corp', 'ORGANIZATION Merrill Lynch and Co Inc']));
    expect(entity(0, 'Texaco Inc')!.aliases).toEqual(expect.arrayContaining(['TX', 'Texaco']));
    expect(entity(0, 'Aceto Corp')!.aliases).toEqual(['ACET']);
  });

  it('finds the companies the hand rules missed', () => {
    expect(entities(0)).toEqual(expect.arrayContaining(['ORGANIZATION Swissair', 'ORGANIZATION Citibank', 'ORGANIZATION Bristol-Myers']));
  });

  it('reads the agency of a byline as the source, never a journalist', () => {
    expect(articles.map((a) => a.credits)).toEqual([[{ role: 'BYLINE', name: 'Jane Example' }], [{ role: 'BYLINE', name: 'John Sample' }]]);
    expect(articles.map((a) => a.source)).toEqual(['Reuters', 'Reuters']);
  });

  it('moves titles and offices into descriptions and merges bare surnames into the full name', () => {
    expect(entity(1, 'Nigel Lawson')).toMatchObject({ type: 'PERSON', aliases: ['Lawson'], descriptions: ['Chancellor of the Exchequer'] });
    expect(entity(1, 'Subroto')).toMatchObject({ type: 'PERSON', descriptions: ['Indonesian Minister of Mines and Energy'] });
    expect(entity(1, 'Ronald Reagan')).toMatchObject({ type: 'PERSON', aliases: ['Reagan'] });
    expect(entity(1, 'Ronald Reagan')!.mentions.map((m) => m.text)).toEqual(['Reagan', 'Ronald Reagan', 'Reagan']);
  });

  it('does not link 1987 copy to a gazetteer name that did not exist yet', () => {
    expect(entities(1)).not.toContain('OTHER Paris Agreement');
    expect(entities(1)).toEqual(expect.arrayContaining(['LOCATION Soviet Union']));
  });
});
