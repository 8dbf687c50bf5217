// The entity rules that sit on the tagger's mentions, each on a real sentence shape.
import { describe, expect, it } from 'vitest';
import { attachCompanySuffixes } from '../../../src/ingest/entities/company-suffixes.js';
import type { Found } from '../../../src/ingest/entities/found.js';
import { detachOfficeTitles } from '../../../src/ingest/entities/office-titles.js';
import { linkTickers } from '../../../src/ingest/entities/tickers.js';
import type { EntityType } from '../../../src/ingest/types.js';

function found(text: string, written: string, type: EntityType, from = 0): Found {
  const start = text.indexOf(written, from);
  return { name: written, type, start, end: start + written.length, known: false, descriptions: [], paragraphIndex: 0, ordinal: 0 };
}
const show = (text: string, list: Found[]): string[] => list.map((m) => `${m.type} ${text.slice(m.start, m.end)} = ${m.name}${m.descriptions.length ? ` (${m.descriptions.join('; ')})` : ''}`);

describe('attachCompanySuffixes', () => {
  it('makes a person named like a company an organisation', () => {
    const text = 'Aceto Corp said it would buy the unit.';
    expect(show(text, attachCompanySuffixes(text, [found(text, 'Aceto Corp', 'PERSON')]))).toEqual(['ORGANIZATION Aceto Corp = Aceto Corp']);
  });

  it('extends a name over the suffixes after it and drops a suffix tagged alone', () => {
    const text = 'Merrill Lynch and Co Inc said Texaco Inc would pay.';
    const list = [found(text, 'Merrill Lynch', 'ORGANIZATION'), found(text, 'Co Inc', 'ORGANIZATION'), found(text, 'Texaco', 'ORGANIZATION'), found(text, 'Inc', 'ORGANIZATION', 35)];
    expect(show(text, attachCompanySuffixes(text, list))).toEqual(['ORGANIZATION Merrill Lynch = Merrill Lynch', 'ORGANIZATION Texaco Inc = Texaco Inc']);
  });
});

describe('detachOfficeTitles', () => {
  it('moves the field of an office into the description', () => {
    const text = 'Chancellor of the Exchequer Nigel Lawson said sterling was stable.';
    expect(show(text, detachOfficeTitles(text, [found(text, 'Exchequer Nigel Lawson', 'PERSON')]))).toEqual([
      'PERSON Nigel Lawson = Nigel Lawson (Chancellor of the Exchequer)',
    ]);
  });

  it('moves a title word written inside the name', () => {
    const text = 'Indonesian Minister of Mines Subroto and President Reagan met.';
    const list = detachOfficeTitles(text, [found(text, 'Mines Subroto', 'PERSON'), found(text, 'President Reagan', 'PERSON')]);
    expect(show(text, list)).toEqual(['PERSON Subroto = Subroto (Indonesian Minister of Mines)', 'PERSON Reagan = Reagan (President)']);
  });

  it('leaves a name alone when nothing before it is an office', () => {
    const text = 'The Bank of England Governor said so.';
    const m = found(text, 'Bank of England', 'ORGANIZATION');
    expect(detachOfficeTitles(text, [m])).toEqual([m]);
  });
});

describe('linkTickers', () => {
  it('makes the ticker after a company a mention of that company', () => {
    const text = 'Texaco Inc <TX> said it filed.';
    expect(show(text, linkTickers(text, [found(text, 'Texaco Inc', 'ORGANIZATION')]))).toEqual(['ORGANIZATION Texaco Inc = Texaco Inc', 'ORGANIZATION TX = Texaco Inc']);
  });

  it('replaces whatever the tagger made of the ticker', () => {
    const text = 'Aceto Corp <ACET> said.';
    const list = linkTickers(text, [found(text, 'Aceto Corp', 'ORGANIZATION'), found(text, 'ACET', 'PERSON')]);
    expect(show(text, list)).toEqual(['ORGANIZATION Aceto Corp = Aceto Corp', 'ORGANIZATION ACET = Aceto Corp']);
  });
});
