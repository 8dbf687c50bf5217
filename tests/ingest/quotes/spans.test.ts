// spans.ts: where the quotation marks are and which words they hold.
import { describe, expect, it } from 'vitest';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';
import { extractQuotes } from '../../../src/ingest/quotes/index.js';
import { draftOf, entity, articleQuotes, speakerRow, brief, expectOffsets, directQuotes } from './helpers.js';

describe('quotation marks and the quoted words', () => {
  it('“...,” X said (straight quotes too), and the comma stays outside the text', () => {
    const d = draftOf('"We will win," Jane Smith said.');
    const q = directQuotes(extractQuotes(d, [entity(d, 'Jane Smith', 'PERSON')]));
    expect(q.map(brief)).toEqual([{ text: 'We will win', speaker: 'Jane Smith', asWritten: 'Jane Smith', cue: 'said', kind: 'FULL' }]);
    expectOffsets(d, q);
  });

  it('keeps single quotes nested inside double quotes', () => {
    const d = draftOf('“They called it ‘pure fiction’ today,” Jane Smith said.');
    expect(directQuotes(extractQuotes(d, [entity(d, 'Jane Smith', 'PERSON')])).map((x) => x.text)).toEqual(['They called it ‘pure fiction’ today']);
  });
});

describe('quotes over several paragraphs', () => {
  it('a quote over several paragraphs is one piece per paragraph with one speaker', () => {
    const d = draftOf('Jane Smith said: “The first part goes on.', '“And the second part ends here.”', 'The vote is on Friday.');
    const q = directQuotes(extractQuotes(d, [entity(d, 'Jane Smith', 'PERSON')]));
    expect(q.map((x) => [x.text, x.speaker, x.paragraphIndex])).toEqual([
      ['The first part goes on.', 'Jane Smith', 0],
      ['And the second part ends here.', 'Jane Smith', 1],
    ]);
    expectOffsets(d, q);
  });
});

describe('doubled apostrophes as quotation marks', () => {
  it("reads '' as a double quotation mark (NYT plain text), with offsets into the text as read", () => {
    const quotes = articleQuotes(
      'Title',
      "Tom Reed runs the plant.",
      "''This is strictly a business decision,'' Reed tells employees. As boos erupt, he says, ''Please quiet down.''",
    );
    expect(quotes.map(speakerRow)).toEqual([
      ['This is strictly a business decision', 'Tom Reed', 'Reed', 'tells'],
      ['Please quiet down.', 'Tom Reed', 'he', 'says'],
    ]);
    const text = readWireText(['Title', 'Tom Reed runs the plant.', "''This is strictly a business decision,'' Reed tells employees. As boos erupt, he says, ''Please quiet down.''"].join('\n\n'), 'test.txt').text;
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it("leaves feet and inches and longer runs of apostrophes alone", () => {
    expect(articleQuotes('Title', "Tom Reed is 5'10'' tall and wrote ''''Tis the season.'")).toEqual([]);
  });

  it("reads three apostrophes as a single mark inside the double one: 'Kosovo is a special case,'''", () => {
    expect(articleQuotes('Title', "Vladimir Putin spoke.", "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.").map(speakerRow)).toEqual([
      ["We are told all the time, 'Kosovo is a special case,'", 'Vladimir Putin', 'Mr. Putin', 'said'],
    ]);
  });
});
