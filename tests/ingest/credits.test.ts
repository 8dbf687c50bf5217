import { describe, expect, it } from 'vitest';
import { parseByline, parseContributorLine, parseCreditLine, readByline, splitNames } from '../../src/ingest/credits.js';
import { readWireText } from '../../src/ingest/formats/wire-text.js';

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

describe('agencies in bylines (issue 18): the source, never a journalist', () => {
  // AUTHOR fields of Reuters-21578 (reut2-000.sgm#110, reut2-008.sgm#8944, reut2-006.sgm#6922, reut2-007.sgm).
  it('drops "Reuter", "Reuters.", the typo "Reutersd" and an agency glued to the name', () => {
    expect(parseByline('By Patti Domm, Reuter')).toEqual([{ role: 'BYLINE', name: 'Patti Domm' }]);
    expect(parseByline('By Cal Mankowski, Reutersd')).toEqual([{ role: 'BYLINE', name: 'Cal Mankowski' }]);
    expect(parseByline('By Colin Brinsden, Reuters.')).toEqual([{ role: 'BYLINE', name: 'Colin Brinsden' }]);
    expect(parseByline('By Brad Schade Reuters')).toEqual([{ role: 'BYLINE', name: 'Brad Schade' }]);
    expect(parseByline('By Norma Cohen and Geert Linnebank, Reuters')).toEqual([
      { role: 'BYLINE', name: 'Norma Cohen' },
      { role: 'BYLINE', name: 'Geert Linnebank' },
    ]);
  });

  it('names the agency of a byline, by the name it goes by', () => {
    expect(readByline('By Patti Domm, Reuter')).toEqual({ credits: [{ role: 'BYLINE', name: 'Patti Domm' }], agency: 'Reuters' });
    expect(readByline('By Reuters Staff')).toEqual({ credits: [], agency: 'Reuters' });
    expect(readByline('By Ann Lee, Associated Press')).toEqual({ credits: [{ role: 'BYLINE', name: 'Ann Lee' }], agency: 'AP' });
    expect(readByline('By Dmitry Antonov and Guy Faulconbridge')?.agency).toBeNull();
    expect(readByline('By noon the talks had collapsed')).toBeNull();
    // A byline of an agency alone credits nobody.
    expect(parseByline('By Reuters Staff')).toBeNull();
  });

  it('drops every agency and desk from a list of names, and keeps a person named like one', () => {
    expect(splitNames('Ann Lee, AP, AFP, UPI, Associated Press, Bloomberg, Reuter Staff, Metro Desk')).toEqual(['Ann Lee']);
    expect(splitNames('AP')).toBeNull();
    expect(splitNames('Michael R. Bloomberg')).toEqual(['Michael R. Bloomberg']);
    expect(parseCreditLine('(Reporting by Reuters; Editing by Ivy Ng)')).toEqual([{ role: 'EDITING', name: 'Ivy Ng' }]);
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

describe('parseContributorLine (newspaper closing lines)', () => {
  it('credits the contributors of "contributed reporting" and "additional reporting" lines', () => {
    expect(parseContributorLine('Bryant Rousseau and Caryn Wilson contributed reporting.')).toEqual([
      { role: 'ADDITIONAL_REPORTING', name: 'Bryant Rousseau' },
      { role: 'ADDITIONAL_REPORTING', name: 'Caryn Wilson' },
    ]);
    expect(parseContributorLine('--additional reporting from Darren Samuelsohn.')).toEqual([{ role: 'ADDITIONAL_REPORTING', name: 'Darren Samuelsohn' }]);
  });

  it('credits nobody for a pronoun, a body or a sentence that only mentions reporting', () => {
    expect(parseContributorLine('He contributed reporting.')).toBeNull();
    expect(parseContributorLine('The fund contributed to this report.')).toBeNull();
    expect(parseContributorLine('Reporting was contributed by many.')).toBeNull();
  });

  it('is the closing credit line of a wire-text article, not a paragraph with names', () => {
    const draft = readWireText('Title\n\nThe vote was close.\n\nJane Roe contributed reporting.\n', 'x.txt');
    expect(draft.credits).toEqual([{ role: 'ADDITIONAL_REPORTING', name: 'Jane Roe' }]);
    expect(draft.blocks.map((b) => b.text)).toEqual(['The vote was close.']);
  });
});
