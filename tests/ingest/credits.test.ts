import { describe, expect, it } from 'vitest';
import { parseByline, parseCreditLine, splitNames } from '../../src/ingest/credits.js';

describe('splitNames', () => {
  it('splits on commas, slashes, "and" and "&", dropping places and agencies', () => {
    expect(splitNames('A Bc, De Fg and Hi Jk')).toEqual(['A Bc', 'De Fg', 'Hi Jk']);
    expect(splitNames('Guy Faulconbridge/Anastasia Teterevleva')).toEqual(['Guy Faulconbridge', 'Anastasia Teterevleva']);
    expect(splitNames('Tom Balmforth in London & Mark Trevelyan in Kyiv')).toEqual(['Tom Balmforth', 'Mark Trevelyan']);
    expect(splitNames('Janie Gabbett, Reuters')).toEqual(['Janie Gabbett']);
    expect(splitNames('Ludwig van Beethoven and John Q. Public')).toEqual(['Ludwig van Beethoven', 'John Q. Public']);
  });

  it('refuses lists that are not names', () => {
    expect(splitNames('the end of the day')).toBeNull();
    expect(splitNames('Reuters')).toBeNull();
  });
});

describe('parseByline', () => {
  it('reads "By A and B" and "By A, B and C"', () => {
    expect(parseByline('By Dmitry Antonov and Guy Faulconbridge')).toEqual([
      { role: 'BYLINE', name: 'Dmitry Antonov' },
      { role: 'BYLINE', name: 'Guy Faulconbridge' },
    ]);
    expect(parseByline('by A Bc, De Fg and Hi Jk')?.map((c) => c.name)).toEqual(['A Bc', 'De Fg', 'Hi Jk']);
  });

  it('ignores sentences that start with "By"', () => {
    expect(parseByline('By noon the talks had collapsed')).toBeNull();
  });
});

describe('parseCreditLine', () => {
  it('reads the seed credit line', () => {
    expect(
      parseCreditLine('(Reporting by Dmitry Antonov; Writing by Guy Faulconbridge/Anastasia Teterevleva; editing by Andrew Osborn/William Maclean)'),
    ).toEqual([
      { role: 'REPORTING', name: 'Dmitry Antonov' },
      { role: 'WRITING', name: 'Guy Faulconbridge' },
      { role: 'WRITING', name: 'Anastasia Teterevleva' },
      { role: 'EDITING', name: 'Andrew Osborn' },
      { role: 'EDITING', name: 'William Maclean' },
    ]);
  });

  it('reads any casing, combined roles and additional reporting', () => {
    expect(parseCreditLine('(REPORTING AND WRITING BY Ann Lee; ADDITIONAL REPORTING BY Bo Chan in Rome)')).toEqual([
      { role: 'REPORTING', name: 'Ann Lee' },
      { role: 'WRITING', name: 'Ann Lee' },
      { role: 'ADDITIONAL_REPORTING', name: 'Bo Chan' },
    ]);
    expect(parseCreditLine('(Compiled by Cy Diaz; Edited by Ed Fox)')).toEqual([
      { role: 'WRITING', name: 'Cy Diaz' },
      { role: 'EDITING', name: 'Ed Fox' },
    ]);
  });

  it('skips roles outside the credit vocabulary but keeps the rest', () => {
    expect(parseCreditLine('(Graphics by Gil Ho; Editing by Ivy Ng)')).toEqual([{ role: 'EDITING', name: 'Ivy Ng' }]);
  });

  it('is null for parenthesised prose', () => {
    expect(parseCreditLine('(This story has been corrected.)')).toBeNull();
    expect(parseCreditLine('Reporting by Ann Lee')).toBeNull();
  });
});
