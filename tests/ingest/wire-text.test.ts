import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/ingest/index.js';
import { readWireText } from '../../src/ingest/formats/wire-text.js';

const SEED_FILE = '000_fd439a6a3e23e835.txt';
const seedText = readFileSync(`seeds/${SEED_FILE}`, 'utf8');

describe('the seed article', () => {
  const article = readWireText(seedText, SEED_FILE);

  it('reads the header', () => {
    expect(article.title).toBe('Kremlin says reports that Trump and Putin spoke in recent days are ‘pure fiction’');
    expect(article.publishedAt).toBe('2024-11-11');
    expect(article.readingMinutes).toBe(4);
    expect(article.dateline).toBe('MOSCOW');
    expect(article.source).toBe('Reuters');
    expect(article.sourceKey).toBe(SEED_FILE);
  });

  it('reads the byline and the credit line', () => {
    expect(article.credits).toEqual([
      { role: 'BYLINE', name: 'Dmitry Antonov' },
      { role: 'BYLINE', name: 'Guy Faulconbridge' },
      { role: 'REPORTING', name: 'Dmitry Antonov' },
      { role: 'WRITING', name: 'Guy Faulconbridge' },
      { role: 'WRITING', name: 'Anastasia Teterevleva' },
      { role: 'EDITING', name: 'Andrew Osborn' },
      { role: 'EDITING', name: 'William Maclean' },
    ]);
  });

  it('splits paragraphs and subheads, with the dateline cut from the first paragraph', () => {
    const paragraphs = article.blocks.filter((b) => b.kind === 'PARAGRAPH');
    expect(article.blocks.filter((b) => b.kind === 'SUBHEAD').map((b) => b.text)).toEqual(['WAR AND PEACE']);
    expect(paragraphs).toHaveLength(16);
    expect(paragraphs[0]!.text).toBe(
      'The Kremlin on Monday denied reports that U.S. President-elect Donald Trump had spoken to Russian President Vladimir Putin in recent days, and said Putin had no concrete plans yet to speak to Trump.',
    );
    expect(paragraphs.at(-1)!.text.startsWith('Ukraine and its Western allies say Putin')).toBe(true);
    expect(article.blocks.some((b) => b.text.includes('Reporting by'))).toBe(false);
  });

  it('keeps offsets into the text as read', () => {
    for (const block of article.blocks) expect(seedText.slice(block.start, block.end)).toBe(block.text);
    expect(article.text).toBe(seedText);
  });
});

describe('format variants', () => {
  const variant = [
    'date 2024-01-02 Title here',
    '',
    '2 min read',
    '',
    'By Ann Lee, Bo Chan and Cy Diaz',
    '',
    'LONDON (Reuters) - First paragraph.',
    '',
    'Second paragraph.',
    '',
    '(Additional reporting by Ed Fox in Paris; writing by Ann Lee and Bo Chan; Editing by Gil Ho, Ivy Ng)',
  ].join('\n');

  it('reads a byline of three, "min read", a spaced dash and every credit role', () => {
    const a = readWireText(variant, 'v.txt');
    expect(a.readingMinutes).toBe(2);
    expect(a.dateline).toBe('LONDON');
    expect(a.blocks.map((b) => b.text)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(a.credits).toEqual([
      { role: 'BYLINE', name: 'Ann Lee' },
      { role: 'BYLINE', name: 'Bo Chan' },
      { role: 'BYLINE', name: 'Cy Diaz' },
      { role: 'ADDITIONAL_REPORTING', name: 'Ed Fox' },
      { role: 'WRITING', name: 'Ann Lee' },
      { role: 'WRITING', name: 'Bo Chan' },
      { role: 'EDITING', name: 'Gil Ho' },
      { role: 'EDITING', name: 'Ivy Ng' },
    ]);
  });

  it('tolerates CRLF line breaks and a BOM, keeping offsets exact', () => {
    const text = `\uFEFF${variant.replace(/\n/g, '\r\n')}`;
    const a = readWireText(text, 'crlf.txt');
    expect(a.title).toBe('Title here');
    expect(a.blocks.map((b) => b.text)).toEqual(['First paragraph.', 'Second paragraph.']);
    for (const block of a.blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
  });

  it('reads the seed with CRLF line breaks exactly as with LF', () => {
    const crlf = readWireText(seedText.replace(/\n/g, '\r\n'), SEED_FILE);
    const lf = readWireText(seedText, SEED_FILE);
    expect(crlf.blocks.map((b) => b.text)).toEqual(lf.blocks.map((b) => b.text));
    expect(crlf.credits).toEqual(lf.credits);
  });

  it('treats the first line of plain text as the title and leaves missing fields null', () => {
    const a = readWireText('A plain headline\n\nThe first "paragraph".\nThe second one.\n', 'plain.txt');
    expect(a).toMatchObject({ title: 'A plain headline', publishedAt: null, dateline: null, source: null, readingMinutes: null, credits: [] });
    expect(a.blocks.map((b) => b.text)).toEqual(['The first "paragraph".', 'The second one.']);
  });

  it('takes the source from the byline’s agency when no dateline names one, and never credits the agency', () => {
    const a = readWireText('Title\n\nBy Patti Domm, Reuter\n\nNEW YORK - Stocks rose.', 'a.txt');
    expect(a).toMatchObject({ source: 'Reuters', credits: [{ role: 'BYLINE', name: 'Patti Domm' }] });
    expect(a.blocks.map((b) => b.text)).toEqual(['NEW YORK - Stocks rose.']);
    // A byline of the agency alone is a byline too: no credit, no paragraph.
    const staff = readWireText('Title\n\nBy Reuters Staff\n\nStocks rose.', 's.txt');
    expect(staff).toMatchObject({ source: 'Reuters', credits: [] });
    expect(staff.blocks.map((b) => b.text)).toEqual(['Stocks rose.']);
    // The dateline's agency comes first.
    const both = readWireText('Title\n\nBy Ann Lee, Associated Press\n\nMOSCOW (Reuters) - Stocks rose.', 'b.txt');
    expect(both).toMatchObject({ source: 'Reuters', credits: [{ role: 'BYLINE', name: 'Ann Lee' }] });
  });

  it('does not mistake prose starting with "By" or in parentheses for credits', () => {
    const a = readWireText('Title\n\nBy the end of the day, prices fell.\n\n(The figures are provisional.)', 'p.txt');
    expect(a.credits).toEqual([]);
    expect(a.blocks.map((b) => b.text)).toEqual(['By the end of the day, prices fell.', '(The figures are provisional.)']);
  });

  it('rejects a date header with an impossible date, naming the file', () => {
    expect(() => readWireText('date 2024-02-31 Title\n\nBody.', 'bad-date.txt')).toThrow('bad-date.txt: line 1: "2024-02-31" is not a valid date');
  });
});

describe('parse', () => {
  it('rejects empty and binary text with the file name and reason', () => {
    expect(() => parse('  \n\n ', 'empty.txt')).toThrow('empty.txt: the file is empty');
    expect(() => parse('abc\u0000def', 'nul.bin')).toThrow('nul.bin: the file is binary (it contains NUL bytes), not text');
    expect(() => parse('\u0001\u0002\u0003\u0004 x', 'ctl.bin')).toThrow(/ctl\.bin: the file is binary \(4 control characters/);
  });

  it('returns one article for a wire-text file', () => {
    expect(parse(seedText, SEED_FILE).map((a) => a.title)).toEqual([
      'Kremlin says reports that Trump and Putin spoke in recent days are ‘pure fiction’',
    ]);
  });
});
