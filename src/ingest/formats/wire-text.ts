// The wire-text format of the seed files, and plain text as its degenerate case:
//
//    date 2024-11-11 <title>            (or just the title on the first line)
//   reuters_tickers                     (scraper residue, dropped)
//   4 minutes                           (reading time)
//   By A and B                          (byline)
//   MOSCOW (Reuters) -The Kremlin ...   (dateline glued to the first paragraph)
//   ...paragraphs, ALL-CAPS SUBHEADS...
//   (Reporting by A; Writing by B/C; editing by D)
//
// Every header line is optional. Paragraphs are the non-blank lines.
import { parseCreditLine, readByline } from '../credits.js';
import { IngestError } from '../errors.js';
import { lines, trimSpan, type Line } from '../text.js';
import type { ArticleDraft, Block, Credit } from '../types.js';

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(\S.*)$/i;
const SCRAPER_RESIDUE = /^[a-z0-9]+(?:_[a-z0-9]+)+$/;
const READING_TIME = /^(\d{1,3})\s*(?:min|mins|minute|minutes)(?:\s+read)?$/i;
// "MOSCOW (Reuters) -", "WASHINGTON/LONDON (Reuters) —", "KYIV, Ukraine (AP) -"
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}.'’\-\/ ]*\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}.'’\- ]*?)?)\s*\((\p{Lu}[\p{L} .&]{1,30})\)\s*[-–—]+\s*/u;
// All capitals, a few words, no closing full stop: "WAR AND PEACE".
const SUBHEAD = /^(?=.*\p{Lu}{2})[^\p{Ll}]{2,60}$/u;

function isValidDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}

function isSubhead(line: string): boolean {
  return SUBHEAD.test(line) && !/[.:;!?]$/.test(line) && line.split(/\s+/).length <= 8 && /\p{L}/u.test(line);
}

/** Reads one article in the wire-text (or plain text) format. */
export function readWireText(text: string, sourceKey: string): ArticleDraft {
  const all = lines(text)
    .map((l): Line => ({ ...l, ...trimSpan(text, l) }))
    .map((l) => ({ ...l, text: text.slice(l.start, l.end) }))
    .filter((l) => l.text.length > 0);
  const first = all.shift();
  if (!first) throw new IngestError(sourceKey, 'the file has no text');

  let title = first.text;
  let publishedAt: string | null = null;
  const header = DATE_HEADER.exec(first.text);
  if (header) {
    if (!isValidDate(header[1]!)) throw new IngestError(sourceKey, `line 1: "${header[1]}" is not a valid date`);
    publishedAt = header[1]!;
    title = header[2]!.trim();
  }

  // Header lines between the title and the first paragraph, in any order.
  let readingMinutes: number | null = null;
  const credits: Credit[] = [];
  // "By Patti Domm, Reuters", "By Reuters Staff": the agency is the source when no dateline names one.
  let bylineAgency: string | null = null;
  while (all.length > 0) {
    const line = all[0]!.text;
    const minutes = READING_TIME.exec(line);
    const byline = readByline(line);
    if (SCRAPER_RESIDUE.test(line)) {
      // dropped
    } else if (minutes) {
      readingMinutes = Number(minutes[1]);
    } else if (byline) {
      credits.push(...byline.credits);
      bylineAgency ??= byline.agency;
    } else break;
    all.shift();
  }

  // The closing credit line is the last paragraph in parentheses that reads as credits.
  const last = all.at(-1);
  const closing = last ? parseCreditLine(last.text) : null;
  if (closing) {
    all.pop();
    credits.push(...closing);
  }

  let dateline: string | null = null;
  let source: string | null = null;
  const blocks: Block[] = all.map((line, i) => {
    let start = line.start;
    if (i === 0) {
      const m = DATELINE.exec(line.text);
      if (m) {
        dateline = m[1]!.trim();
        source = m[2]!.trim();
        start += m[0].length;
      }
    }
    const kind = i > 0 && isSubhead(line.text) ? 'SUBHEAD' : 'PARAGRAPH';
    return { kind, start, end: line.end, text: text.slice(start, line.end) };
  });

  return { sourceKey, text, title, publishedAt, source: source ?? bylineAgency, dateline, readingMinutes, blocks, credits };
}
