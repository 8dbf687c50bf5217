// The Reuters-21578 SGML format (lewis.dtd): many stories per file, one record each.
//
//   <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
//   <DATE>26-FEB-1987 15:01:01.79</DATE>
//   <TOPICS>...</TOPICS> ... <UNKNOWN>teletype noise</UNKNOWN>
//   <TEXT>&#2;
//   <TITLE>BAHIA COCOA REVIEW</TITLE>
//   <AUTHOR>    by Janie Gabbett, Reuters</AUTHOR>
//   <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
//   the Bahia cocoa zone, ...                      (wrapped at about 70 columns)
//       The dry period means ...                   (an indented line starts a paragraph)
//    Reuter                                        (sign-off)
//   &#3;</BODY></TEXT>
//   </REUTERS>
//
// A record's article text is built from its BODY: entities decoded, teletype control
// characters dropped, wrapped lines joined into one line per paragraph, paragraphs joined
// by a blank line. Column tables keep their line breaks inside one block. The sign-off
// ("Reuter", "REUTER...", "More") is not part of the text. Title, dateline and byline are
// fields, not text, so block offsets index the body alone.
// Records without a BODY (TEXT TYPE="BRIEF" title-only notes, TYPE="UNPROC" raw copy) are
// skipped with a reason; a malformed record fails alone and never stops the others.
import { parseByline } from '../credits.js';
import { MONTH_NAMES, isKnownPlace, lexiconTags } from '../gazetteer/index.js';
import { squash } from '../text.js';
import type { ArticleDraft, Block, Credit, RecordResult } from '../types.js';
import { decodeEntities, stripControls } from './sgml-entities.js';

/** True when the text holds Reuters-21578 records (a `<REUTERS` tag at the start of a line). */
export function isReutersSgml(text: string): boolean {
  return /^\uFEFF?<REUTERS[\s>]/m.test(text);
}

// "FEB" -> 1: a DATE writes its month as the first three letters of the name.
const MONTH_INDEX: ReadonlyMap<string, number> = new Map(MONTH_NAMES.map((name, i) => [name.slice(0, 3).toUpperCase(), i]));

// "26-FEB-1987 15:07:13.72", sometimes with leading blanks or trailing noise.
const DATE = /^\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})\b/;
const TIME = /^\s+(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?/;

export interface ReutersDate {
  /** ISO 8601 UTC: the date and time, or the date alone (its 00:00 UTC) when the time cannot be read. */
  publishedAt: string;
  /** What was read other than as written, for the seed run's summary; null when nothing. */
  warning: string | null;
}

/**
 * The DATE field as ISO 8601 UTC ("1987-02-26T15:07:13.720Z"). When the date is good but
 * the time is garbled ("31-MAR-1987 605:12:19.12": 6:05:12? 05:12:19?) or missing, the day
 * is kept ("1987-03-31") with a warning that says so: a time guessed would be stored as if
 * written. Null when there is no valid date.
 */
export function parseReutersDate(value: string): ReutersDate | null {
  const d = DATE.exec(value);
  const month = d ? MONTH_INDEX.get(d[2]!.toUpperCase()) : undefined;
  if (!d || month === undefined) return null;
  const day = Number(d[1]);
  const year = Number(d[3]);
  const date = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls "31-APR" over into May; a rolled date is not the one written.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return null;
  const rest = value.slice(d[0].length);
  const t = TIME.exec(rest);
  const [hour, minute, second] = t ? ([t[1], t[2], t[3]].map(Number) as [number, number, number]) : [99, 0, 0];
  if (!t || hour > 23 || minute > 59 || second > 59) {
    const dayOnly = date.toISOString().slice(0, 10);
    const time = /^\s*(\S*)/.exec(rest)![1];
    const what = time ? `the time "${time}" cannot be read` : 'there is no time';
    return { publishedAt: dayOnly, warning: `DATE "${squash(value)}": ${what}; published on ${dayOnly} (00:00 UTC)` };
  }
  date.setUTCHours(hour, minute, second, t[4] ? Number(t[4].padEnd(3, '0')) : 0);
  return { publishedAt: date.toISOString(), warning: null };
}

// How a DATELINE writes its month: the name or its abbreviation ("March", "MAR", "Sept."),
// lower case; or, when a day follows, one letter off ("Narch", "Mach", "Macrh", "Jne",
// "ABR"), as typed at a teletype.
const MONTH_FORMS: readonly string[] = [...MONTH_NAMES, ...MONTH_NAMES.map((n) => n.slice(0, 3)), 'Sept'].map((m) => m.toLowerCase());
// A day as typed: up to three digits, with O and l slipped in for 0 and 1 ("2O", "l7", "187").
const DAY = /^(?:(?=\D*\d)[\dOlI]{1,3}|[lI])$/;
const DASH = /^-+$/;
// "MAR8", "MAY7": a month and day run together (table residue).
const MONTH_DAY = /^(\p{L}{3,9})\d{1,2}$/u;
// Before the place: punctuation, a "RPT -" (repeat) tag, or a lone lower-case letter
// left by the teletype ("c    CHICAGO").
const LEAD = /^(?:[^\p{L}]+|RPT\s*-+\s*|\p{Ll}\s+(?=\p{Lu}))+/u;
// A place does not end in a word that needs another after it ("As of April 7").
const FUNCTION_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner']);

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, n: number) => x.slice(i + n);
  if (a.length === b.length) {
    return rest(a, 1) === rest(b, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, 2) === rest(b, 2));
  }
  return a.length > b.length ? rest(a, 1) === rest(b, 0) : rest(a, 0) === rest(b, 1);
}

function monthForm(word: string): 'exact' | 'near' | null {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (!/^\p{L}{3,9}$/u.test(w)) return null;
  if (MONTH_FORMS.includes(w)) return 'exact';
  return MONTH_FORMS.some((m) => oneEditApart(w, m)) ? 'near' : null;
}

// The dash may follow the day without a blank ("Feb 26-").
const isDay = (word: string | undefined): boolean => word !== undefined && DAY.test(word.replace(/[.\-]+$/, ''));

/** True when the date of a DATELINE starts at word `i`: "March 2", "Narch 2", "April -", "2 March", "MAR8". */
function dateAt(words: readonly string[], i: number): boolean {
  const word = words[i];
  const next = words[i + 1];
  if (word === undefined) return false;
  const month = monthForm(word);
  if (month === 'exact' && (next === undefined || DASH.test(next) || isDay(next))) return true;
  if (month === 'near' && isDay(next)) return true;
  if (/^\d{1,2}$/.test(word) && next !== undefined && monthForm(next) === 'exact') return true;
  const glued = MONTH_DAY.exec(word);
  return glued !== null && monthForm(glued[1]!) === 'exact';
}

const titleCase = (form: string): string => form.toLowerCase().replace(/(^|[\s.\-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
const known = (form: string): boolean => isKnownPlace(form) || isKnownPlace(titleCase(form));

/**
 * The place of a DATELINE, as written: the words before its date ("LOS ANGELES, Feb 26 -"
 * -> "LOS ANGELES", "BOCA RATON, Fla., March 23" -> "BOCA RATON, Fla.", "omaha, april 7"),
 * the month possibly misspelt ("NEW YORK, Narch 2" -> "NEW YORK"). A place followed by a
 * date is taken on that evidence; one with no date ("WASHINGTON -") only when the gazetteer
 * knows it or the region after its comma ("BAGUIO, Philippines"), since commodity headings
 * and table labels fill the field the same way ("UNLEADED GAS -", "(totals -").
 * Null when no place is left: a date alone ("APRIL 7 -"), table residue ("MAR8  --  --",
 * "us 7.8015": a place has no digits), or words that are no place.
 */
export function parseDateline(value: string): string | null {
  const line = squash(value).replace(LEAD, '');
  // Words between blanks and commas, which the teletype did not always follow by a blank ("MINN.,March 13").
  const tokens = [...line.matchAll(/[^\s,]+/g)];
  const words = tokens.map((t) => t[0]);
  const cut = words.findIndex((word, i) => DASH.test(word) || dateAt(words, i));
  // The date ends the place, or follows a dash that does ("CHEVY CHASE, Md., - March 4 -");
  // a date further on is in the story, when the tag ran on.
  const dated = cut !== -1 && (dateAt(words, cut) || dateAt(words, cut + 1));
  const place = (cut === -1 ? line : line.slice(0, tokens[cut]!.index)).replace(/[\s,-]+$/, '');
  if (!/\p{L}{2}/u.test(place) || /\d/.test(place)) return null;
  if (lexiconTags(place.split(' ').at(-1)!).some((t) => FUNCTION_TAGS.has(t))) return null;
  if (dated) return place;
  const [city, ...regions] = place.split(/\s*,\s*/);
  const named = city!.split(' ').every((w) => /^\p{Lu}/u.test(w));
  return known(city!) || (named && regions.some(known)) ? place : null;
}

// Names as the 1987 teletype sometimes sent them: all capitals ("TED D'AFFLISIO") or all
// lower case ("keith grant"). Connectors stay lower case; "O'NEILL" -> "O'Neill".
const CONNECTORS = new Set(['and', 'by', 'in']);

function fixNameCase(word: string): string {
  if (CONNECTORS.has(word.toLowerCase())) return word.toLowerCase();
  const hasUpper = /\p{Lu}/u.test(word);
  const hasLower = /\p{Ll}/u.test(word);
  // Mixed words are as the author wrote them ("McNeil", "d'Afflisio" keeps its particle).
  if (hasUpper && hasLower && !/^\p{Ll}'\p{Lu}{2}/u.test(word)) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/^Mc(\p{Ll})/u, (_, letter: string) => `Mc${letter.toUpperCase()}`);
}

/** The AUTHOR field ("    By Janie Gabbett, Reuters") -> BYLINE credits; the agency is dropped. */
export function parseAuthor(value: string): Credit[] {
  const line = squash(value)
    .split(' ')
    .map((word) => (/\p{L}/u.test(word) ? fixNameCase(word) : word))
    .join(' ');
  return parseByline(line.replace(/^by\b/i, 'By')) ?? [];
}

// The last line of most bodies: "Reuter", "REUTER...", "reuter^M", a cut-off "REUTE", or
// "More" when the story continued in another take.
const SIGN_OFF = /^\s*(?:reuters?|reute|more)[\s.]*$/i;
// The sign-off run onto the last line: "...record May 23. REUTER", "...(33.7).    REUTER".
// After a full stop, a digit, a bracket or a column gap only: "told Reuters." is prose.
// The lookbehind comes after the literal, so it is only tried where "reuter" is: in front,
// it rescanned a run of blanks from every position inside it (quadratic on a long blank line).
const SIGN_OFF_TAIL = /reuter(?<=(?:[.\d)]\s*|\S {2,})reuter)\.{0,3}\s*$/i;
// A literal "^M" (a carriage return written out by the teletype) at a line end.
const CARET_M = /\^M\s*$/;
// Two words with a column gap between them: a row of a table.
const TABLE_ROW = /\S(?: {3,}|\t)\S/;

interface Paragraph {
  lines: string[];
  table: boolean;
}

/** Splits a body's lines into paragraphs: indented or blank-separated prose, and tables. */
function paragraphsOf(lines: string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const line of lines) {
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const table = TABLE_ROW.test(line.trimStart());
    const indented = /^\s/.test(line);
    if (current && (table ? current.table : !indented)) {
      // A row of the same table, or a wrapped line of the same paragraph (after a table,
      // a line without indentation is a row that lost its leading blanks).
      current.lines.push(line);
    } else {
      current = { lines: [line], table };
      out.push(current);
    }
  }
  return out;
}

/** A table's rows with their shared indentation removed, so the columns still line up. */
function tableText(rows: string[]): string {
  const trimmed = rows.map((r) => r.trimEnd());
  const indent = Math.min(...trimmed.map((r) => r.length - r.trimStart().length));
  return trimmed.map((r) => r.slice(indent)).join('\n');
}

/** The BODY's raw text -> the article text and its blocks (offsets into that text). */
export function readBody(raw: string): { text: string; blocks: Block[] } {
  const lines = stripControls(decodeEntities(raw))
    .split(/\r\n|\n|\r/)
    .map((l) => l.replace(CARET_M, ''));
  // Drop the sign-off and the blank lines around it (a few bodies repeat it).
  for (;;) {
    while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
    if (lines.length > 0 && SIGN_OFF.test(lines.at(-1)!)) lines.pop();
    else break;
  }
  if (lines.length > 0) lines[lines.length - 1] = lines.at(-1)!.replace(SIGN_OFF_TAIL, '');

  let text = '';
  const blocks: Block[] = [];
  for (const p of paragraphsOf(lines)) {
    const content = p.table ? tableText(p.lines) : p.lines.map((l) => l.trim()).join(' ');
    const body = content.trim();
    if (body === '') continue;
    if (text.length > 0) text += '\n\n';
    // Keep a table's first-row indentation in the text; the block starts at its first word.
    const start = text.length + content.indexOf(body);
    text += content;
    blocks.push({ kind: 'PARAGRAPH', start, end: start + body.length, text: body });
  }
  return { text, blocks };
}

/** The content of the first `<NAME>...</NAME>` in `record`; undefined when absent. */
function element(record: string, name: string): { content: string; closed: boolean } | undefined {
  const open = record.indexOf(`<${name}>`);
  if (open === -1) return undefined;
  const from = open + name.length + 2;
  const close = record.indexOf(`</${name}>`, from);
  return close === -1 ? { content: record.slice(from), closed: false } : { content: record.slice(from, close), closed: true };
}

/** Attributes of an SGML start tag: `<REUTERS A="1" B="x">` -> { A: '1', B: 'x' }. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  // A name starts where no name character precedes it: retrying inside a long word would
  // make a malformed tag quadratic.
  for (const m of tag.matchAll(/(?<![\w.-])([A-Za-z][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    out[m[1]!.toUpperCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

const cleanField = (value: string): string => squash(stripControls(decodeEntities(value)));

/** Reads one record (the text from `<REUTERS` to just before `</REUTERS>`). */
function readRecord(record: string, fileName: string, line: number): RecordResult<ArticleDraft> {
  const tagEnd = record.indexOf('>');
  const attrs = attributes(record.slice(0, tagEnd === -1 ? record.length : tagEnd));
  const id = attrs.NEWID;
  if (!id || !/^\d+$/.test(id)) {
    return { kind: 'failed', key: `${fileName}:${line}`, line, reason: id ? `NEWID "${id}" is not a number` : 'the record has no NEWID' };
  }
  const key = `${fileName}#${id}`;
  const fail = (reason: string): RecordResult<ArticleDraft> => ({ kind: 'failed', key, line, reason });

  const date = element(record, 'DATE');
  if (!date?.closed) return fail('the record has no DATE');
  const published = parseReutersDate(date.content);
  if (!published) return fail(`DATE "${squash(date.content)}" is not a date like 26-FEB-1987 15:01:01.79`);

  const textStart = record.search(/<TEXT[\s>]/);
  const type = textStart === -1 ? undefined : /^<TEXT\s[^>]*TYPE\s*=\s*"?(\w+)/.exec(record.slice(textStart, textStart + 40))?.[1];
  const inText = textStart === -1 ? '' : record.slice(textStart);
  const body = element(inText, 'BODY');
  if (!body) return { kind: 'skipped', key, line, reason: type ? `no body (TEXT TYPE="${type}")` : 'no body' };
  if (!body.closed) return fail('the BODY has no closing </BODY> tag');

  const { text, blocks } = readBody(body.content);
  if (blocks.length === 0) return { kind: 'skipped', key, line, reason: 'empty body' };

  const titleField = element(inText, 'TITLE');
  const title = titleField ? cleanField(titleField.content) : '';
  const author = element(inText, 'AUTHOR');
  const dateline = element(inText, 'DATELINE');
  return {
    kind: 'article',
    key,
    line,
    ...(published.warning ? { warnings: [published.warning] } : {}),
    article: {
      sourceKey: key,
      text,
      // A story without a TITLE is named by the start of its first paragraph.
      title: title || blocks[0]!.text.slice(0, 120).replace(/\s+\S*$/, '').trim(),
      publishedAt: published.publishedAt,
      source: 'Reuters',
      dateline: dateline ? parseDateline(cleanField(dateline.content)) : null,
      readingMinutes: null,
      blocks,
      credits: author ? parseAuthor(cleanField(author.content)) : [],
    },
  };
}

/**
 * Reads a Reuters-21578 .sgm file's text: one result per `<REUTERS>` record, in file order.
 * Never throws for a bad record; each one yields its own `failed` result.
 */
export function* readReutersSgml(text: string, fileName: string): Generator<RecordResult<ArticleDraft>> {
  const OPEN = /<REUTERS[\s>]/g;
  let line = 1;
  let counted = 0;
  const lineAt = (index: number): number => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
    counted = Math.max(counted, index);
    return line;
  };

  let m = OPEN.exec(text);
  // The first `</REUTERS>` at or after the record start, searched again only once passed:
  // searching from every start made a file of unclosed records quadratic.
  let close = -2;
  while (m) {
    const start = m.index;
    if (close !== -1 && close < start) close = text.indexOf('</REUTERS>', start);
    OPEN.lastIndex = start + 1;
    const next = OPEN.exec(text);
    const at = lineAt(start);
    if (close === -1 || (next && next.index < close)) {
      // No closing tag before the next record (or the end of the file): a cut-off record.
      const record = text.slice(start, next ? next.index : text.length);
      const id = attributes(record.slice(0, record.indexOf('>') + 1)).NEWID;
      const key = id ? `${fileName}#${id}` : `${fileName}:${at}`;
      yield { kind: 'failed', key, line: at, reason: 'the record has no closing </REUTERS> tag' };
    } else {
      let result: RecordResult<ArticleDraft>;
      try {
        result = readRecord(text.slice(start, close), fileName, at);
      } catch (error) {
        result = { kind: 'failed', key: `${fileName}:${at}`, line: at, reason: error instanceof Error ? error.message : String(error) };
      }
      yield result;
    }
    m = next;
  }
}
