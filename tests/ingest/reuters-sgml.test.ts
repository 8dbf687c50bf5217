import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parse, parseRecords } from '../../src/ingest/index.js';
import {
  isReutersSgml,
  parseAuthor,
  parseDateline,
  parseReutersDate,
  readBody,
  readReutersSgml,
} from '../../src/ingest/formats/reuters-sgml.js';
import { decodeEntities, stripControls } from '../../src/ingest/formats/sgml-entities.js';
import type { ArticleDraft, RecordResult } from '../../src/ingest/types.js';

// Records written the way reut2-*.sgm writes them: teletype noise in UNKNOWN, `&#2;` opening
// the TEXT, `&#3;` closing the BODY after the "Reuter" sign-off, `&lt;` for "<".
const NORMAL = `<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5547" NEWID="4">
<DATE>26-FEB-1987 15:07:13.72</DATE>
<TOPICS><D>acq</D></TOPICS>
<PLACES><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN> 
&#5;&#5;&#5;F
&#22;&#22;&#1;f0708&#31;reute
u f BC-FIRST-INTERSTATE   02-26 0112</UNKNOWN>
<TEXT>&#2;
<TITLE>FIRST INTERSTATE &lt;I> SEEKS ACQUISITION</TITLE>
<AUTHOR>    by Janie Gabbett, Reuters</AUTHOR>
<DATELINE>    LOS ANGELES, Feb 26 - </DATELINE><BODY>First Interstate Bancorp &lt;I> said it
wants to buy a bank in Texas &amp; Oklahoma, and
expects talks to end soon.
    "We are not in a hurry," chairman Joseph Pinola told
reporters.
    The bank said the deal would be worth about
500 mln dlrs.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
`;

const BRIEF = `<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5600" NEWID="7">
<DATE>26-FEB-1987 15:52:58.71</DATE>
<TOPICS></TOPICS>
<PLACES></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>NATIONAL WESTMINSTER BANK CUTS BASE RATE TO 10.5 PCT
</TITLE>Blah blah blah.
&#3;

</TEXT>
</REUTERS>
`;

const UNPROC = `<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5601" NEWID="8">
<DATE>26-FEB-1987 15:53:00.00</DATE>
<TOPICS></TOPICS>
<TEXT TYPE="UNPROC">&#2;
CBT 10:50 EDT
WHEAT
MAY7  287 3/4 UP  1 1/2
&#3;

</TEXT>
</REUTERS>
`;

const record = (id: string, date: string, body: string) => `<REUTERS TOPICS="NO" OLDID="1" ${id}>
<DATE>${date}</DATE>
<TEXT>&#2;
<TITLE>SOME TITLE</TITLE>
<DATELINE>    PARIS, March 2 - </DATELINE><BODY>${body}
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
`;

const FILE = `<!DOCTYPE lewis SYSTEM "lewis.dtd">\n${NORMAL}${BRIEF}${UNPROC}`;

function read(text: string, fileName = 'reut2-000.sgm'): RecordResult<ArticleDraft>[] {
  return [...readReutersSgml(text, fileName)];
}

function only(text: string): ArticleDraft {
  const [result] = read(text);
  if (result?.kind !== 'article') throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.article;
}

function expectHonestOffsets(article: ArticleDraft): void {
  for (const b of article.blocks) expect(article.text.slice(b.start, b.end)).toBe(b.text);
}

describe('readReutersSgml: a normal record', () => {
  const article = only(NORMAL);

  it('reads the fields: key, title, date, byline, dateline, source', () => {
    expect(article.sourceKey).toBe('reut2-000.sgm#4');
    expect(article.title).toBe('FIRST INTERSTATE <I> SEEKS ACQUISITION');
    expect(article.publishedAt).toBe('1987-02-26T15:07:13.720Z');
    expect(article.credits).toEqual([{ role: 'BYLINE', name: 'Janie Gabbett' }]);
    expect(article.dateline).toBe('LOS ANGELES');
    expect(article.source).toBe('Reuters');
    expect(article.readingMinutes).toBeNull();
  });

  it('joins wrapped lines into paragraphs and leaves the sign-off and control characters out', () => {
    expect(article.blocks.map((b) => b.text)).toEqual([
      'First Interstate Bancorp <I> said it wants to buy a bank in Texas & Oklahoma, and expects talks to end soon.',
      '"We are not in a hurry," chairman Joseph Pinola told reporters.',
      'The bank said the deal would be worth about 500 mln dlrs.',
    ]);
    expect(article.blocks.every((b) => b.kind === 'PARAGRAPH')).toBe(true);
    // The text is the body alone, one paragraph a line, separated by blank lines.
    expect(article.text).toBe(article.blocks.map((b) => b.text).join('\n\n'));
    expect(article.text).not.toMatch(/Reuter|[\u0000-\u0008\u000E-\u001F]/);
    expectHonestOffsets(article);
  });

  it('reads the same record with CRLF line breaks to the same article', () => {
    expect(only(NORMAL.replace(/\n/g, '\r\n'))).toEqual(article);
  });
});

describe('readReutersSgml: records that are not articles, and malformed records', () => {
  it('yields one result per record in file order; records without a body are skipped with a reason', () => {
    const results = read(FILE);
    expect(results.map((r) => [r.kind, r.key, r.line])).toEqual([
      ['article', 'reut2-000.sgm#4', 2],
      ['skipped', 'reut2-000.sgm#7', 27],
      ['skipped', 'reut2-000.sgm#8', 42],
    ]);
    expect(results.slice(1)).toMatchObject([{ reason: 'no body (TEXT TYPE="BRIEF")' }, { reason: 'no body (TEXT TYPE="UNPROC")' }]);
  });

  it('fails a malformed record with its reason and goes on with the next', () => {
    const text = [
      record('', '2-MAR-1987 10:00:00.00', 'No id.'),
      record('NEWID="11"', 'yesterday', 'Bad date.'),
      record('NEWID="12"', '31-APR-1987 10:00:00.00', 'No such day.'),
      record('NEWID="13"', '2-MAR-1987 09:30:05.10', 'Good one.'),
      // Cut off: no </REUTERS> before the next record.
      '<REUTERS NEWID="14">\n<DATE>2-MAR-1987 10:00:00.00</DATE>\n<TEXT><BODY>Cut off\n',
      record('NEWID="15"', '2-MAR-1987 11:00:00.00', 'Last one.'),
      // Cut off at the end of the file.
      '<REUTERS NEWID="16">\n<DATE>2-MAR-1987',
    ].join('');
    const results = read(text, 'f.sgm');
    expect(results.map(({ kind, key }) => [kind, key])).toEqual([
      ['failed', 'f.sgm:1'],
      ['failed', 'f.sgm#11'],
      ['failed', 'f.sgm#12'],
      ['article', 'f.sgm#13'],
      ['failed', 'f.sgm#14'],
      ['article', 'f.sgm#15'],
      ['failed', 'f.sgm#16'],
    ]);
    expect(results.filter((r) => r.kind === 'failed').map((r) => (r.kind === 'failed' ? r.reason : ''))).toEqual([
      'the record has no NEWID',
      'DATE "yesterday" is not a date like 26-FEB-1987 15:01:01.79',
      'DATE "31-APR-1987 10:00:00.00" is not a date like 26-FEB-1987 15:01:01.79',
      'the record has no closing </REUTERS> tag',
      'the record has no closing </REUTERS> tag',
    ]);
    const good = results[3];
    expect(good?.kind === 'article' && good.article.blocks.map((b) => b.text)).toEqual(['Good one.']);
    expect(good?.kind === 'article' && good.article.publishedAt).toBe('1987-03-02T09:30:05.100Z');
  });

  it('skips a body with nothing but the sign-off', () => {
    expect(read(record('NEWID="20"', '2-MAR-1987 10:00:00.00', ''))).toMatchObject([{ kind: 'skipped', reason: 'empty body' }]);
  });
});

describe('readBody', () => {
  it('keeps a table in one block with its line breaks and columns, between prose paragraphs', () => {
    const raw = `The department reported prices as follows -
         Natl   Loan
 Wheat   2.55   2.40
 Corn    1.35   1.92
    Reserves I, II and III have
matured.
 REUTER
&#3;`;
    const { text, blocks } = readBody(raw);
    expect(blocks.map((b) => b.text)).toEqual([
      'The department reported prices as follows -',
      'Natl   Loan\nWheat   2.55   2.40\nCorn    1.35   1.92',
      'Reserves I, II and III have matured.',
    ]);
    // The table's first row keeps its indentation in the text; the block starts at its first word.
    expect(text).toContain('\n\n        Natl   Loan\nWheat   2.55   2.40\n');
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it('drops sign-offs: variants, repeats, the teletype ^M, and one run onto the last line', () => {
    expect(readBody('One.\n REUTER...^M\nREUTER...^M\n').blocks.map((b) => b.text)).toEqual(['One.']);
    expect(readBody('Cut short.\n More\n&#3;').blocks.map((b) => b.text)).toEqual(['Cut short.']);
    expect(readBody('Record May 23. REUTER\n&#3;').blocks.map((b) => b.text)).toEqual(['Record May 23.']);
    // Prose that ends with the agency's name stays.
    expect(readBody('A dealer told Reuters.\n Reuter\n').blocks.map((b) => b.text)).toEqual(['A dealer told Reuters.']);
  });

  it('removes teletype control characters and a lost byte in the middle of a paragraph', () => {
    expect(readBody('growth.\uFFFD&#5;&#30;side measures\n Reuter').text).toBe('growth.side measures');
  });
});

describe('field readers', () => {
  it('decodes entities and strips control characters', () => {
    expect(decodeEntities('&lt;TCB> AT&amp;T &#3;&#x41;&quot;&unknown; R&D &lt')).toBe('<TCB> AT&T \u0003A"&unknown; R&D <');
    expect(stripControls('\u0002Title\u0003\u007F\t\n')).toBe('Title\t\n');
  });

  // Each case is from the corpus (the article in the comment).
  it('stripControls keeps words apart where a control character stood between them', () => {
    expect(stripControls('13 cents for\u007Fthe year')).toBe('13 cents for the year'); // reut2-000.sgm#922
    expect(stripControls('of 125 mln to\u007F160 mln')).toBe('of 125 mln to 160 mln'); // #922
    expect(stripControls('the yen\u007Fdollar rate')).toBe('the yen dollar rate'); // reut2-006.sgm#6376
    // DEL also rubbed out a mistyped letter: when the two sides make a known word, they are one.
    expect(stripControls("To\u007F\u007Fday's arre\u007Fst came a\u007F\u007Ffter")).toBe("Today's arrest came after"); // reut2-008.sgm#8068
    expect(stripControls('clients cla\u007Fimed')).toBe('clients claimed'); // #8068
    // Beside a blank or a mark there is nothing to keep apart.
    expect(stripControls('who \u007Fhad, yees\u007F, of\u007F\u007F the')).toBe('who had, yees, of the'); // #8068
    // A terminal escape sequence (cursor down) goes whole.
    expect(stripControls('Semiconducto\u001B[Br Division')).toBe('Semiconductor Division'); // reut2-021.sgm#21288
    expect(stripControls('2.80 DLRS A\u001B[B SHARE')).toBe('2.80 DLRS A SHARE'); // reut2-018.sgm#18806
  });

  it('reads DATE as ISO UTC, the date alone with a warning when the time is garbled, null when not a date', () => {
    const ok = (publishedAt: string) => ({ publishedAt, warning: null });
    expect(parseReutersDate('26-FEB-1987 15:07:13.72')).toEqual(ok('1987-02-26T15:07:13.720Z'));
    expect(parseReutersDate('  3-MAR-1987 00:43:42.82')).toEqual(ok('1987-03-03T00:43:42.820Z'));
    expect(parseReutersDate('3-MAR-1987  09:15:05.40 noise')).toEqual(ok('1987-03-03T09:15:05.400Z'));
    expect(parseReutersDate('27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM')).toEqual(ok('1987-03-27T00:02:59.130Z'));
    // reut2-017.sgm#17192: 06:05:12? 05:12:19? Either is a guess; the day is certain.
    expect(parseReutersDate('31-MAR-1987 605:12:19.12')).toEqual({
      publishedAt: '1987-03-31',
      warning: 'DATE "31-MAR-1987 605:12:19.12": the time "605:12:19.12" cannot be read; published on 1987-03-31 (00:00 UTC)',
    });
    expect(parseReutersDate('31-MAR-1987')).toEqual({
      publishedAt: '1987-03-31',
      warning: 'DATE "31-MAR-1987": there is no time; published on 1987-03-31 (00:00 UTC)',
    });
    expect(parseReutersDate('29-FEB-1987 10:00:00.00')).toBeNull();
    expect(parseReutersDate('26-FOO-1987 15:07:13.72')).toBeNull();
  });

  it('passes a DATE warning on with its record, which still loads', () => {
    const [result] = read(record('NEWID="30"', '31-MAR-1987 605:12:19.12', 'Shares rose.'), 'f.sgm');
    expect(result).toMatchObject({
      kind: 'article',
      key: 'f.sgm#30',
      warnings: ['DATE "31-MAR-1987 605:12:19.12": the time "605:12:19.12" cannot be read; published on 1987-03-31 (00:00 UTC)'],
      article: { publishedAt: '1987-03-31' },
    });
    expect(read(NORMAL)[0]).not.toHaveProperty('warnings');
  });

  it('reads the place of a DATELINE', () => {
    expect(parseDateline('    LOS ANGELES, Feb 26 - ')).toBe('LOS ANGELES');
    expect(parseDateline('    BOCA RATON, Fla., March 23 - ')).toBe('BOCA RATON, Fla.');
    expect(parseDateline('    TAUPO, New Zealand, March 23 - ')).toBe('TAUPO, New Zealand');
    expect(parseDateline('    WASHINGTON - ')).toBe('WASHINGTON');
    expect(parseDateline('    AMSTERDAM, 2 March - ')).toBe('AMSTERDAM');
    expect(parseDateline('    RIO DE JANEIRO, Feb 26 - Brazil\'s "Cruzado" anti')).toBe('RIO DE JANEIRO');
    expect(parseDateline(' APRIL 7  - ')).toBeNull();
    expect(parseDateline(' MAR8  --     --')).toBeNull();
  });

  // The DATELINE fields below are the corpus's own.
  it('parseDateline: a place before a misspelt month or a garbled day', () => {
    expect(parseDateline('    NEW YORK, Narch 2 - ')).toBe('NEW YORK');
    expect(parseDateline('    RENO, Nev., Mach 4 - ')).toBe('RENO, Nev.');
    expect(parseDateline('    ROSEMONT, Ill., Macrh 31 - ')).toBe('ROSEMONT, Ill.');
    expect(parseDateline('    MAITLAND, Fla., Jne 19 - ')).toBe('MAITLAND, Fla.');
    expect(parseDateline('    NEW YORK, Juen 19 -\n    ')).toBe('NEW YORK');
    expect(parseDateline('    BUENOS AIRES, ABR 7 - ')).toBe('BUENOS AIRES');
    expect(parseDateline('    TAFT, Calif., Apri l7 - ')).toBe('TAFT, Calif.');
    expect(parseDateline('    BELGRADE, March 2O - ')).toBe('BELGRADE');
    expect(parseDateline('    BOSTON, March 187 - ')).toBe('BOSTON');
    expect(parseDateline('    EVANDALE, Ohio, April, 13 - ')).toBe('EVANDALE, Ohio');
    expect(parseDateline('    REGGIO CALABRIA, Italy, April l - ')).toBe('REGGIO CALABRIA, Italy');
    expect(parseDateline('    CHICAGO, April - ')).toBe('CHICAGO');
    // The teletype did not always leave a blank after a comma or before the dash.
    expect(parseDateline('    MINNEAPOLIS, MINN.,March 13 - ')).toBe('MINNEAPOLIS, MINN.');
    expect(parseDateline('    MONTREAL, Feb 26- ')).toBe('MONTREAL');
    // A lone lower-case letter before the place is teletype residue; a place typed in lower case is still one.
    expect(parseDateline('c    CHICAGO, March 9 - ')).toBe('CHICAGO');
    expect(parseDateline('    omaha, april 7 - ')).toBe('omaha');
    // "SAN" is one letter off "Jan", but no day follows it: it stays in the place.
    expect(parseDateline('    SAN DIEGO, Calif., June 219 - ')).toBe('SAN DIEGO, Calif.');
  });

  it('parseDateline: no date, no known place, no dateline', () => {
    for (const field of ['    ----UNLEADED GAS -\n      ', '    (totals - ', ' COPPER GRADE A - ', '    FOB RIVER - ', '    Bids only -\n ', ' Today - ', ' Federal Express Corp - ', ' NEW ZEALAND EXCHS CLOSE - ', ' Mar ---  ---  --- ']) {
      expect(parseDateline(field), field).toBeNull();
    }
    // A date is no evidence for words that cannot end a place name.
    expect(parseDateline(' As of April 7  - ')).toBeNull();
    // Places the gazetteer knows, or whose region it knows, need no date.
    expect(parseDateline('    BERNE - ')).toBe('BERNE');
    expect(parseDateline('    BAGUIO, Philippines - ')).toBe('BAGUIO, Philippines');
    expect(parseDateline('    FORT WORTH, Texas, - ')).toBe('FORT WORTH, Texas');
    expect(parseDateline('    CHEVY CHASE, Md., - March 4 - ')).toBe('CHEVY CHASE, Md.');
  });

  it('reads AUTHOR as BYLINE credits, fixing all-capital and all-lower-case names', () => {
    expect(parseAuthor('    by Janie Gabbett, Reuters')).toEqual([{ role: 'BYLINE', name: 'Janie Gabbett' }]);
    expect(parseAuthor('    BY TED D\'AFFLISIO, Reuters').map((c) => c.name)).toEqual(["Ted D'Afflisio"]);
    expect(parseAuthor('    By TED d\'AFFLISIO, Reuters').map((c) => c.name)).toEqual(["Ted D'Afflisio"]);
    expect(parseAuthor('    By keith grant, Reuters').map((c) => c.name)).toEqual(['Keith Grant']);
    expect(parseAuthor('    By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS').map((c) => c.name)).toEqual(['Stephen Jukes', 'Philip Shehadi']);
    expect(parseAuthor('    By Greg McCune, Reuters').map((c) => c.name)).toEqual(['Greg McCune']);
    expect(parseAuthor('    Reuters staff')).toEqual([]);
    // The agency is the source, never a journalist: "Reuter" (reut2-000.sgm#110), "Reutersd"
    // (reut2-008.sgm#8944), no comma before it (reut2-006.sgm#6922).
    expect(parseAuthor('    By Patti Domm, Reuter')).toEqual([{ role: 'BYLINE', name: 'Patti Domm' }]);
    expect(parseAuthor('    By Cal Mankowski, Reutersd')).toEqual([{ role: 'BYLINE', name: 'Cal Mankowski' }]);
    expect(parseAuthor('    By Brad Schade Reuters')).toEqual([{ role: 'BYLINE', name: 'Brad Schade' }]);
    expect(parseAuthor('    BY NAILENE CHOU WIEST, Reuters')).toEqual([{ role: 'BYLINE', name: 'Nailene Chou Wiest' }]);
  });
});

describe('ingest: format detection and records', () => {
  it('detects Reuters SGML by a <REUTERS> record at a line start; anything else is wire text', () => {
    expect(isReutersSgml(FILE)).toBe(true);
    expect(detectFormat(FILE.replace(/\n/g, '\r\n'))).toBe('reuters-sgml');
    expect(detectFormat('date 2024-11-11 Title\nThe paper wrote <REUTERS> in its text.')).toBe('wire-text');
  });

  it('parseRecords extracts quotes and entities from each article and passes skips through', () => {
    const results = [...parseRecords(FILE, 'reut2-000.sgm')];
    expect(results.map((r) => r.kind)).toEqual(['article', 'skipped', 'skipped']);
    const article = results[0]?.kind === 'article' ? results[0].article : null;
    expect(article?.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['INDIRECT', 'it wants to buy a bank in Texas & Oklahoma', 'First Interstate Bancorp'],
      // Half right since feature set reported/4: the cue "expects" takes the subject of the
      // coordinated "said" (before: "expects" was tagged a Source, no speaker), but the cue
      // swallows "talks", which belongs to the Content ("talks to end soon").
      ['INDIRECT', 'to end soon', 'First Interstate Bancorp'],
      ['FULL', 'We are not in a hurry', 'Joseph Pinola'],
      // "The bank said": the referent model (src/ingest/quotes/resolution/) takes the bank for
      // the one the article names; the rules left it unresolved.
      ['INDIRECT', 'the deal would be worth about 500 mln dlrs', 'First Interstate Bancorp'],
    ]);
    // Entity quality is tested elsewhere; here: extraction ran on this text, offsets hold.
    expect(article?.entities.map((e) => e.name)).toContain('Joseph Pinola');
    for (const m of article?.entities.flatMap((e) => e.mentions) ?? []) expect(article?.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('parse returns only the articles of an SGML file', () => {
    expect(parse(FILE, 'reut2-000.sgm').map((a) => a.sourceKey)).toEqual(['reut2-000.sgm#4']);
  });

  it('parseRecords reads a wire-text file as one record, and rejects an empty file at once', () => {
    const results = [...parseRecords('A title\nA paragraph.', 'a.txt')];
    expect(results).toMatchObject([{ kind: 'article', key: 'a.txt', line: 1, article: { title: 'A title' } }]);
    expect([...parseRecords('date 2024-13-45 Title\nText.', 'bad.txt')]).toEqual([
      { kind: 'failed', key: 'bad.txt', line: 1, reason: 'line 1: "2024-13-45" is not a valid date' },
    ]);
    expect(() => parseRecords('  \n', 'empty.sgm')).toThrow('empty.sgm: the file is empty');
  });
});

const CORPUS = join(process.cwd(), '../shared/corpus/reuters-21578');
const haveCorpus = existsSync(CORPUS);

describe.skipIf(!haveCorpus)(`the Reuters-21578 corpus${haveCorpus ? '' : ` (skipped: ${CORPUS} is absent)`}`, () => {
  it('reads all 22 files: 21,578 records, 19,043 articles, the rest skipped for having no body', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.sgm')).sort();
    expect(files).toHaveLength(22);
    const counts = { records: 0, article: 0, skipped: 0, failed: 0, brief: 0, unproc: 0, blocks: 0, badSlices: 0 };
    // Lenient decoding: reut2-017.sgm holds one byte (0xFC) that is not UTF-8.
    const decoder = new TextDecoder('utf-8');
    for (const file of files) {
      for (const r of readReutersSgml(decoder.decode(readFileSync(join(CORPUS, file))), file)) {
        counts.records++;
        counts[r.kind]++;
        if (r.kind === 'skipped' && r.reason.includes('BRIEF')) counts.brief++;
        if (r.kind === 'skipped' && r.reason.includes('UNPROC')) counts.unproc++;
        if (r.kind !== 'article') continue;
        for (const b of r.article.blocks) {
          counts.blocks++;
          if (r.article.text.slice(b.start, b.end) !== b.text || b.text.trim() !== b.text || b.text === '') counts.badSlices++;
        }
      }
    }
    expect(counts).toMatchObject({ records: 21_578, article: 19_043, skipped: 2_535, failed: 0, brief: 1_798, unproc: 737, badSlices: 0 });
    expect(counts.blocks).toBeGreaterThan(100_000);
  });
});
