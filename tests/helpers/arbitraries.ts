// fast-check generators for the ingestion property tests: hostile text (any code unit,
// astral characters, lone surrogates, control characters, mixed line breaks, quotes that do
// not pair) and text that looks like real wire copy (wire-text articles and Reuters-21578
// SGML records built from the fragments the readers and extractors react to).
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------
// Hostile text

/** One UTF-16 code unit of the BMP: lone surrogates, controls and NUL included. */
export const codeUnit: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** One code point of the whole Unicode range (astral ones are two code units). */
export const codePoint: fc.Arbitrary<string> = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });

/** Characters the readers and extractors treat specially, and a few that break naive code. */
export const specialChar: fc.Arbitrary<string> = fc.constantFrom(
  '\u0000', '\u0001', '\u0002', '\u0003', '\u0007', '\u001B', '\u007F', '\uFFFD', '\t', '\v', '\f',
  '\r', '\n', '\r\n', '\n\n', '\r\r', '\u0085', '\u2028', '\u2029', '\uFEFF', '\u00A0', '\u200B',
  '"', '“', '”', '„', '‟', '«', '»', '″', "'", '‘', '’', '`',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '𝐀', '\u0301', '\u0345', '\u05D0', '\u0627', '²', '½',
  '&', '<', '>', '(', ')', '[', ']', '-', '–', '—', '/', '.', ',', ';', ':', '!', '?', '*', '_', '^M',
  ' ', '  ', '   ', '    ',
);

/** Words and markup the formats and extractors look for. */
export const wireToken: fc.Arbitrary<string> = fc.constantFrom(
  'said', 'says', 'told reporters', 'according to', 'he', 'she', 'they', 'By', 'by', 'and', 'The', 'the', 'Mr.',
  'Reuters', '(Reuters)', 'Reuter', 'REUTER', 'MOSCOW', 'KYIV, Ukraine', 'U.S.', 'Putin', 'Dmitry Peskov', 'Kremlin',
  'de', 'al-Assad', "O'Neill", 'Kremlin-backed', 'New York', 'President', 'spokesman', 'date', '2024-11-11',
  '4 minutes', 'reuters_tickers', 'Reporting by', 'Editing by', '(Reporting by', '&lt;', '&amp;', '&#3;', '&#2;',
  '&#x41;', '&#99999999;', '&bogus;', '<REUTERS>', '<REUTERS NEWID="1">', '</REUTERS>', '<BODY>', '</BODY>',
  '<TEXT>', '<DATE>', 'so-called', 'dubbed', 'Feb 26', '26-FEB-1987', 'WAR AND PEACE', ':', '—', 'OR', '-',
);

/** A unit of hostile text: mostly ordinary characters, often special ones and wire tokens. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '), weight: 6 },
  { arbitrary: specialChar, weight: 4 },
  { arbitrary: wireToken, weight: 3 },
  { arbitrary: codeUnit, weight: 1 },
  { arbitrary: codePoint, weight: 1 },
);

/** Any text: random code points, random code units, ASCII with controls, or hostile units. */
export function anyText(maxLength = 400): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: codeUnit, maxLength }),
    fc.string({ unit: 'binary-ascii', maxLength }),
    { arbitrary: fc.string({ unit: hostileUnit, maxLength }), weight: 4 },
  );
}

/** Text of several lines joined by LF, CRLF, CR or blank lines, in any mix. */
export function anyLines(maxLines = 12, maxLength = 120): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(anyText(maxLength), fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n')), { maxLength: maxLines })
    .map((parts) => parts.map(([line, br]) => line + br).join(''));
}

// ---------------------------------------------------------------------------------------
// Wire copy

const GIVEN = ['Dmitry', 'Guy', 'Anna', 'Maria', 'John', 'Tom', 'Lidia', 'Sarah', 'Olena', 'Jonathan', 'Mark', 'Elena'];
const SURNAMES = ['Antonov', 'Faulconbridge', 'Kelly', 'Balmforth', 'Harmash', 'Landay', 'Osborn', 'Kiselyova', 'Trevelyan', 'Gabbett', 'Hunder', 'Pollard'];
const CITIES = ['MOSCOW', 'KYIV', 'WASHINGTON', 'LONDON', 'NEW YORK', 'WASHINGTON/LONDON', 'SAO PAULO', 'ST. LOUIS'];
const LOWER = ['the', 'war', 'talks', 'market', 'prices', 'rose', 'fell', 'sharply', 'on', 'in', 'of', 'a', 'new', 'deal', 'would', 'not', 'be', 'possible', 'this', 'week', 'officials', 'pressure', 'growth', 'cocoa', 'shares', 'and', 'was', 'with'];
const CAPITALS = ['Russia', 'Ukraine', 'NATO', 'Moscow', 'Kremlin', 'European Union', 'Vladimir Putin', 'Donald Trump', 'Bank of England', 'Brazil', 'U.S.', 'Reuters', 'Washington', 'Exxon Mobil Corp'];

export const personName: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...SURNAMES)).map(([g, s]) => `${g} ${s}`);

/** "A", "A and B", "A, B and C". */
export function nameList(names: string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Lower-case words with capitalised names among them, no quotation marks. */
export const plainWords: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...LOWER), weight: 4 }, { arbitrary: fc.constantFrom(...CAPITALS), weight: 1 }), { minLength: 3, maxLength: 14 })
  .map((ws) => ws.join(' '));

/** A sentence: capital first letter, full stop. */
export const sentence: fc.Arbitrary<string> = plainWords.map((s) => `${s[0]!.toUpperCase()}${s.slice(1)}.`);

/** Speech as it is quoted: a sentence without its full stop, so `“...,” X said` reads right. */
export const quoteWords: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('We', 'This', 'There', 'It', 'Nothing', 'They'), fc.array(fc.constantFrom(...LOWER), { minLength: 3, maxLength: 12 }))
  .map(([first, rest]) => `${first} ${rest.join(' ')}`);

const speaker = fc.oneof(personName, fc.constantFrom('he', 'she', 'Putin', 'the Kremlin', 'Kremlin spokesman Dmitry Peskov', 'officials'));

/** Sentences with quotes in the shapes wire copy uses, straight or curly, sometimes unbalanced. */
export const quoteSentence: fc.Arbitrary<string> = fc
  .tuple(quoteWords, speaker, fc.constantFrom('said', 'told reporters', 'added', 'says'), fc.integer({ min: 0, max: 6 }), fc.constantFrom(['“', '”'], ['"', '"']))
  .map(([words, who, cue, shape, [open, close]]) => {
    switch (shape) {
      case 0: return `${open}${words},${close} ${who} ${cue}.`;
      case 1: return `${who} ${cue}: ${open}${words}.${close}`;
      case 2: return `${who} ${cue} the plan was ${open}${words.toLowerCase()}${close} and would fail.`;
      case 3: return `${open}${words},${close} ${who} ${cue}. ${open}${words}.${close}`;
      case 4: return `${open}${words}.`; // runs on into the next paragraph
      case 5: return `${words}.${close} ${who} ${cue}.`; // closing mark only
      default: return `According to ${who}, ${open}${words}${close}.`;
    }
  });

/**
 * Hostile text made fit for a wire-text paragraph: without the control characters that make
 * a whole file binary and without `<` (a line opening with `<REUTERS` makes an SGML file);
 * the tests on any text cover both.
 */
const noControls = (s: string): string => s.replace(/[\u0000-\u0008\u000E-\u001F\u007F\uFFFD<]/g, '');

/** A paragraph: sentences, quotes and (sometimes) a little hostile text. */
export const paragraph: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: sentence, weight: 3 }, { arbitrary: quoteSentence, weight: 3 }, { arbitrary: fc.string({ unit: hostileUnit, maxLength: 30 }).map(noControls), weight: 1 }), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(' '));

/** What went into a generated wire-text article, for the semantic checks. */
export interface WireSpec {
  text: string;
  byline: string[] | null;
  credits: { reporting: string[]; editing: string[] } | null;
  /** Paragraphs that are exactly `“<words>,” <Name> said.`: each must give that quote. */
  plainQuotes: { words: string; speaker: string }[];
}

const isoDate = fc.date({ min: new Date('1980-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A wire-text article: optional header lines, dateline, paragraphs, closing credit line. */
export const wireArticle: fc.Arbitrary<WireSpec> = fc
  .record({
    title: plainWords.map((s) => s[0]!.toUpperCase() + s.slice(1)),
    date: fc.option(isoDate),
    residue: fc.boolean(),
    minutes: fc.option(fc.integer({ min: 1, max: 30 })),
    byline: fc.option(fc.uniqueArray(personName, { minLength: 1, maxLength: 3 })),
    dateline: fc.option(fc.tuple(fc.constantFrom(...CITIES), fc.constantFrom('Reuters', 'AP', 'AFP'), fc.constantFrom('-', '—', '–'), fc.boolean())),
    paragraphs: fc.array(fc.oneof({ arbitrary: paragraph, weight: 4 }, { arbitrary: fc.constantFrom('WAR AND PEACE', 'WHAT NEXT'), weight: 1 }), { minLength: 1, maxLength: 6 }),
    plainQuotes: fc.array(fc.tuple(fc.nat(), quoteWords, personName), { maxLength: 3 }),
    credits: fc.option(fc.record({ reporting: fc.uniqueArray(personName, { minLength: 1, maxLength: 2 }), editing: fc.uniqueArray(personName, { minLength: 1, maxLength: 2 }) })),
    lineBreak: fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r'),
    indent: fc.constantFrom('', ' ', '\t'),
    bom: fc.boolean(),
  })
  .map((a) => {
    const paragraphs = [...a.paragraphs];
    for (const [at, words, who] of a.plainQuotes) paragraphs.splice(at % (paragraphs.length + 1), 0, `“${words},” ${who} said.`);
    if (a.dateline) {
      const [city, agency, dash, glued] = a.dateline;
      paragraphs[0] = `${city} (${agency}) ${dash}${glued ? '' : ' '}${paragraphs[0]}`;
    }
    const lines = [
      a.date ? `date ${a.date} ${a.title}` : a.title,
      ...(a.residue ? ['reuters_tickers'] : []),
      ...(a.minutes ? [`${a.minutes} minutes`] : []),
      ...(a.byline ? [`By ${nameList(a.byline)}`] : []),
      ...paragraphs.map((p) => a.indent + p),
      ...(a.credits ? [`(Reporting by ${nameList(a.credits.reporting)}; Editing by ${nameList(a.credits.editing)})`] : []),
    ];
    return {
      text: (a.bom ? '\uFEFF' : '') + lines.join(a.lineBreak) + a.lineBreak,
      byline: a.byline,
      credits: a.credits,
      plainQuotes: a.plainQuotes.map(([, words, who]) => ({ words, speaker: who })),
    };
  });

// ---------------------------------------------------------------------------------------
// Reuters-21578 SGML

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** A body line: prose with SGML references and teletype residue, indented or not. */
const bodyLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', ' ', '    ', '\t'),
    fc.array(fc.oneof({ arbitrary: fc.constantFrom(...LOWER, ...CAPITALS), weight: 6 }, { arbitrary: fc.constantFrom('&lt;', '&amp;', '&#3;', '&#22;', '(33.7)', '12.5', 'pct', 'mln', 'dlrs', '^M', '"', '--', '.'), weight: 1 }, { arbitrary: quoteSentence, weight: 1 }), { maxLength: 12 }),
    fc.constantFrom(' ', ' ', '    ', '\t'),
  )
  .map(([indent, words, gap]) => indent + words.join(gap));

/**
 * Hostile text made fit for a record's body: no `<` (it would open or close a tag) and no raw
 * control characters (a few make the whole file binary; the corpus writes them as `&#N;`).
 */
const sgmlSafe = (s: string): string => s.replace(/</g, '&lt;').replace(/[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g, (c) => `&#${c.charCodeAt(0)};`);

/** What went into a generated record. */
export interface SgmlRecordSpec {
  text: string;
  id: number;
  /** The record is complete (closed, with a NEWID, a valid DATE and a closed BODY). */
  wellFormed: boolean;
  hasBody: boolean;
  author: string | null;
  date: string;
}

export const sgmlRecord: fc.Arbitrary<SgmlRecordSpec> = fc
  .record({
    id: fc.integer({ min: 1, max: 99999 }),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.constantFrom(...MONTHS),
    year: fc.integer({ min: 1980, max: 1999 }),
    time: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 99 }))),
    title: fc.option(plainWords.map((s) => s.toUpperCase())),
    author: fc.option(personName),
    dateline: fc.option(fc.constantFrom('SALVADOR, Feb 26 - ', 'NEW YORK, March 2 - ', 'WASHINGTON - ', 'APRIL 7 -', 'BOCA RATON, Fla., Feb 26 -')),
    body: fc.option(fc.array(fc.oneof({ arbitrary: bodyLine, weight: 5 }, { arbitrary: fc.constant(''), weight: 1 }, { arbitrary: fc.string({ unit: hostileUnit, maxLength: 40 }).map(sgmlSafe), weight: 1 }), { maxLength: 12 })),
    signOff: fc.constantFrom('', ' Reuter\n', ' REUTER\n', 'REUTER...\n', ' reuter^M\n', ' More\n'),
    // How the record may be broken: 0 = well formed, 1 = no NEWID, 2 = bad DATE, 3 = BODY not closed, 4 = record not closed.
    broken: fc.oneof({ arbitrary: fc.constant(0), weight: 6 }, { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 1 }),
    textType: fc.constantFrom('', ' TYPE="BRIEF"', ' TYPE="UNPROC"'),
  })
  .map((r) => {
    const time = r.time ? ` ${r.time.map((n) => String(n).padStart(2, '0')).slice(0, 3).join(':')}.${String(r.time[3]).padStart(2, '0')}` : '';
    const date = `${String(r.day).padStart(2, '0')}-${r.broken === 2 ? 'XYZ' : r.month}-${r.year}${time}`;
    const newid = r.broken === 1 ? '' : ` NEWID="${r.id}"`;
    const body = r.body === null ? '' : `<BODY>${r.body.join('\n')}\n${r.signOff}&#3;${r.broken === 3 ? '' : '</BODY>'}`;
    const text = [
      `<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="${r.id + 5000}"${newid}>`,
      `<DATE>${date}</DATE>`,
      '<TOPICS><D>cocoa</D></TOPICS>',
      '<UNKNOWN>&#5;&#5;&#5;C T\n&#22;&#22;&#1;f0704&#31;reute</UNKNOWN>',
      `<TEXT${r.textType}>&#2;`,
      ...(r.title ? [`<TITLE>${r.title}</TITLE>`] : []),
      ...(r.author ? [`<AUTHOR>    by ${r.author}, Reuters</AUTHOR>`] : []),
      `${r.dateline ? `<DATELINE>    ${r.dateline}</DATELINE>` : ''}${body}</TEXT>`,
      ...(r.broken === 4 ? [] : ['</REUTERS>']),
    ].join('\n');
    const wellFormed = r.broken === 0;
    return { text, id: r.id, wellFormed, hasBody: r.body !== null, author: r.author, date: `${r.year}-${String(MONTHS.indexOf(r.month) + 1).padStart(2, '0')}-${String(r.day).padStart(2, '0')}` };
  });

/** A .sgm file: the SGML declaration line, records, blank lines between them. */
export const sgmlFile: fc.Arbitrary<{ text: string; records: SgmlRecordSpec[] }> = fc
  .tuple(fc.array(sgmlRecord, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n'))
  .map(([records, br]) => ({
    text: `<!DOCTYPE lewis SYSTEM "lewis.dtd">\n${records.map((r) => r.text).join('\n')}\n`.replace(/\n/g, br),
    records,
  }));
