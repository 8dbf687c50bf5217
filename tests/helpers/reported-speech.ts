// The seed article as extraction gives it, with its reported speech replaced by one INDIRECT
// quote written by hand at real offsets of its text: what every store and API test of quote
// kinds loads (saved with `saveArticle` of ./db.ts). The extractor's own reported speech is
// tested in tests/ingest/quotes/reported/; here it would make these tests move with its model.
import { readFileSync } from 'node:fs';
import { decodeSource, parse } from '../../src/ingest/index.js';
import type { ParsedArticle, ParsedQuote } from '../../src/ingest/types.js';

const FILE = '000_fd439a6a3e23e835.txt';

/** "The Washington Post first reported that the call had taken place, citing ...": its offsets. */
export const REPORTED = {
  text: 'the call had taken place',
  start: 427,
  end: 451,
  cue: 'reported',
  cueStart: 413,
  cueEnd: 421,
  speaker: 'The Washington Post',
  speakerStart: 387,
  speakerEnd: 406,
  paragraphIndex: 1,
};

/** The seed article with the INDIRECT quote among its quotes, in reading order (it comes first). */
export function articleWithReportedSpeech(): ParsedArticle {
  const [article] = parse(decodeSource(readFileSync(`seeds/${FILE}`), FILE), FILE);
  const r = REPORTED;
  const indirect: ParsedQuote = {
    text: article!.text.slice(r.start, r.end),
    start: r.start,
    end: r.end,
    speaker: r.speaker,
    speakerAsWritten: article!.text.slice(r.speakerStart, r.speakerEnd),
    speakerType: 'ORGANIZATION',
    cue: article!.text.slice(r.cueStart, r.cueEnd),
    kind: 'INDIRECT',
    paragraphIndex: r.paragraphIndex,
    speakerStart: r.speakerStart,
    speakerEnd: r.speakerEnd,
    cueStart: r.cueStart,
    cueEnd: r.cueEnd,
  };
  const direct = article!.quotes.filter((q) => q.kind !== 'INDIRECT');
  return { ...article!, quotes: [indirect, ...direct].sort((a, b) => a.start - b.start) };
}
