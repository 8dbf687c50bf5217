// Property tests (fast-check) for the parsers and extractors of src/ingest: what must hold
// for ANY input, not only for the examples of the other test files. 9,323 generated cases
// (the `numRuns` of each property are in RUNS below; 13,523 with the 4,200 of
// tests/store/search-query.properties.test.ts) run in about 5 s on an idle 2-core machine.
//
// - Any text (random code points and code units with lone surrogates, astral characters,
//   NUL and other controls, LF/CR/CRLF mixes, BOMs, unbalanced straight and curly quotes,
//   SGML tags and references) given to `parse` / `parseRecords` returns articles or throws
//   `IngestError`, never anything else; a record never fails because extraction crashed;
//   `parse` and `parseRecords` agree.
// - Every block, quote, speaker mention, cue and entity mention of every article lies inside the
//   text (0 <= start <= end <= text.length) and `text.slice(start, end)` is its text (a cue's
//   up to case and spacing); quotes and mentions lie inside the block their paragraphIndex
//   names (-1: the title, written in the text before the first block); blocks are in text order;
//   entity salience is within [0, 1], and an article's saliences sum to 1 (within 1e-9).
// - Extraction is deterministic: the same input gives deep-equal output, also after other
//   inputs were parsed in between.
// - On generated wire copy (header lines, bylines, datelines, quotes, credit lines) and
//   Reuters-21578 SGML records (entities, teletype residue, broken records): the properties
//   above, plus what the readers must get right: byline and credit names become credits,
//   a plain `“...,” Name said.` paragraph gives that quote, one result per SGML record with
//   the right kind, key, date and author.
// - 1 MB lines (a few runs): no hang, and parsing 1 MB costs at most 24 times what 125 kB
//   costs, so catastrophic regex backtracking or quadratic scans fail as a counterexample
//   instead of a slow suite.
// - `decodeSource` on any bytes returns text or throws IngestError; any valid UTF-8 of a
//   non-empty NUL-free text with few control characters decodes to exactly that text.
// - Credit parsers never throw and return null or non-empty lists; generated credits read back.
// fast-check prints the seed and the shrunk counterexample of a failing property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseByline, parseCreditLine, splitNames } from '../../src/ingest/credits.js';
import { checkText } from '../../src/ingest/decode.js';
import { readReutersSgml } from '../../src/ingest/formats/reuters-sgml.js';
import { readWireText } from '../../src/ingest/formats/wire-text.js';
import { IngestError, decodeSource, extract, parse, parseRecords } from '../../src/ingest/index.js';
import type { ParsedArticle, ParsedQuote, RecordResult } from '../../src/ingest/types.js';
import {
  anyLines,
  anyText,
  hostileUnit,
  nameList,
  personName,
  sgmlFile,
  specialChar,
  wireArticle,
  wireToken,
} from '../helpers/arbitraries.js';
import { articleWithReportedSpeech } from '../helpers/reported-speech.js';

const RUNS = {
  anyText: 2000,
  anyLines: 1000,
  readWireText: 300,
  determinism: 120,
  wire: 400,
  sgml: 200,
  sgmlMutated: 300,
  megabyte: 3,
  decodeBytes: 2000,
  decodeUtf8: 1500,
  credits: 1000,
  creditsRoundTrip: 500,
};

/** Per-parse budget for inputs of a few KB (a typical one takes well under 5 ms). */
const SMALL_MS = 1000;
/**
 * Per-parse budget for a 1 MB line: a hang detector only (linear code takes one to two
 * seconds); the 1 MB test checks linearity by a ratio, which a loaded machine does not break.
 */
const MEGABYTE_MS = 20_000;
/** Per-test timeouts: tight, so a hang shows as a failure. */
const TEST_MS = 20_000;

// ---------------------------------------------------------------------------------------
// Checks

function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** Runs `fn` and fails when it takes longer than `budgetMs`: a hang or a quadratic scan. */
function timed<T>(budgetMs: number, what: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  check(ms <= budgetMs, () => `${what} took ${Math.round(ms)} ms (budget ${budgetMs} ms)`);
  return out;
}

const isIndex = (n: unknown, length: number): boolean => Number.isInteger(n) && (n as number) >= 0 && (n as number) < length;

function checkSpan(text: string, s: { start: number; end: number; text: string }, what: string): void {
  check(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length, () => `${what} [${s.start}, ${s.end}) is outside the text (length ${text.length})`);
  check(text.slice(s.start, s.end) === s.text, () => `${what} [${s.start}, ${s.end}) slices to ${JSON.stringify(text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`);
}

/** The structural invariants of one article. */
function checkArticle(a: ParsedArticle): void {
  const { text, blocks } = a;
  check(typeof text === 'string' && typeof a.title === 'string', () => 'text and title are strings');
  check(a.publishedAt === null || !Number.isNaN(Date.parse(a.publishedAt)), () => `publishedAt ${a.publishedAt} is not a date`);
  let previousEnd = 0;
  blocks.forEach((b, i) => {
    checkSpan(text, b, `block ${i}`);
    check(b.kind === 'PARAGRAPH' || b.kind === 'SUBHEAD', () => `block ${i} kind ${b.kind}`);
    check(b.start >= previousEnd, () => `block ${i} starts at ${b.start}, before the end of block ${i - 1} (${previousEnd})`);
    previousEnd = b.end;
  });
  const inBlock = (s: { start: number; end: number }, p: number): boolean => s.start >= blocks[p]!.start && s.end <= blocks[p]!.end;
  a.quotes.forEach((q, i) => {
    checkSpan(text, q, `quote ${i}`);
    check(isIndex(q.paragraphIndex, blocks.length), () => `quote ${i} paragraphIndex ${q.paragraphIndex} of ${blocks.length} blocks`);
    check(inBlock(q, q.paragraphIndex), () => `quote ${i} [${q.start}, ${q.end}) is outside its block ${q.paragraphIndex}`);
    check((q.speakerStart === undefined) === (q.speakerEnd === undefined), () => `quote ${i} has half a speaker span`);
    if (q.speakerStart !== undefined) {
      check(q.speakerAsWritten !== null, () => `quote ${i} has a speaker span but no speakerAsWritten`);
      checkSpan(text, { start: q.speakerStart, end: q.speakerEnd!, text: q.speakerAsWritten! }, `quote ${i} speaker`);
    }
    check((q.cueStart === undefined) === (q.cueEnd === undefined), () => `quote ${i} has half a cue span`);
    if (q.cueStart !== undefined) {
      check(q.cue !== null, () => `quote ${i} has a cue span but no cue`);
      // In the text; its words are the cue's up to case and spacing (the cue is normalised).
      checkSpan(text, { start: q.cueStart, end: q.cueEnd!, text: text.slice(q.cueStart, q.cueEnd) }, `quote ${i} cue`);
      const written = text.slice(q.cueStart, q.cueEnd).replace(/\s+/g, ' ').toLowerCase();
      check(written === q.cue!.toLowerCase(), () => `quote ${i} cue span reads ${JSON.stringify(written)}, not ${JSON.stringify(q.cue)}`);
    }
  });
  const salience = a.entities.reduce((sum, e) => sum + e.salience, 0);
  check(a.entities.length === 0 || Math.abs(salience - 1) <= 1e-9, () => `saliences sum to ${salience}, not 1`);
  // Found once: per mention, a 1 MB title with tens of thousands of mentions made this check
  // itself quadratic (the "linear time" property then failed on the checker, not on parsing).
  const titleAt = text.indexOf(a.title);
  a.entities.forEach((e, i) => {
    check(Number.isFinite(e.salience) && e.salience >= 0 && e.salience <= 1, () => `entity ${i} (${e.name}) salience ${e.salience}`);
    check(e.name.length > 0, () => `entity ${i} has an empty name`);
    e.mentions.forEach((m, j) => {
      checkSpan(text, m, `entity ${i} (${e.name}) mention ${j}`);
      if (m.paragraphIndex === -1) {
        // A mention in the title: the title is written in the text, before the first block.
        const inTitle = a.title !== '' && titleAt >= 0 && m.start >= titleAt && m.end <= titleAt + a.title.length && m.end <= (blocks[0]?.start ?? text.length);
        check(inTitle, () => `entity ${i} mention ${j} [${m.start}, ${m.end}) is marked as in the title but is not inside it`);
        return;
      }
      check(isIndex(m.paragraphIndex, blocks.length), () => `entity ${i} mention ${j} paragraphIndex ${m.paragraphIndex} of ${blocks.length} blocks`);
      check(inBlock(m, m.paragraphIndex), () => `entity ${i} mention ${j} [${m.start}, ${m.end}) is outside its block ${m.paragraphIndex}`);
    });
  });
}

// The reasons a record may fail for; anything else is an exception escaping a reader.
const RECORD_FAILURES = [
  /^the record has no NEWID$/,
  /^NEWID ".*" is not a number$/s,
  /^the record has no DATE$/,
  /^DATE ".*" is not a date like 26-FEB-1987 15:01:01\.79$/s,
  /^the BODY has no closing <\/BODY> tag$/,
  /^the record has no closing <\/REUTERS> tag$/,
];

/** Either the articles and records of `text`, or the IngestError it was refused with. */
type Outcome = { ok: true; articles: ParsedArticle[]; records: RecordResult[] } | { ok: false; error: IngestError };

/**
 * parseRecords on `text`: records or IngestError (anything else fails), every record failure
 * has a known reason, every article is sound. With `agree`, parse too (twice the time):
 * it throws the same IngestError or gives the same articles.
 */
function parseBoth(text: string, { agree = true, budgetMs = SMALL_MS } = {}): Outcome {
  const file = 'prop.txt';
  let records: RecordResult[];
  try {
    records = timed(budgetMs, 'parseRecords', () => [...parseRecords(text, file)]);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    if (!agree) return { ok: false, error };
    // parse refuses the same text for the same reason.
    let again: unknown;
    try {
      parse(text, file);
    } catch (e) {
      again = e;
    }
    check(again instanceof IngestError && again.message === error.message, () => `parse did not throw the same IngestError: ${String(again)}`);
    return { ok: false, error };
  }
  for (const r of records) {
    check(r.kind === 'article' || r.kind === 'skipped' || r.kind === 'failed', () => `record kind ${(r as RecordResult).kind}`);
    check(Number.isInteger(r.line) && r.line >= 1, () => `record line ${r.line}`);
    if (r.kind === 'failed') check(!r.reason.startsWith('extraction failed'), () => `extraction crashed: ${r.reason}`);
    if (r.kind === 'article') checkArticle(r.article);
  }
  const articles = records.flatMap((r) => (r.kind === 'article' ? [r.article] : []));
  const sgml = records.some((r) => r.key.includes('#') || r.key.includes(':'));
  if (sgml) for (const r of records) if (r.kind === 'failed') check(RECORD_FAILURES.some((re) => re.test(r.reason)), () => `unexpected record failure: ${r.reason}`);
  if (!agree) return { ok: true, articles, records };
  let parsed: ParsedArticle[] | undefined;
  let thrown: unknown;
  try {
    parsed = timed(budgetMs, 'parse', () => parse(text, file));
  } catch (e) {
    thrown = e;
  }
  if (thrown !== undefined) {
    // A wire-text file the reader refuses: parseRecords reports it as one failed record.
    check(thrown instanceof IngestError, () => `parse threw ${String(thrown)}`);
    check(records.length === 1 && records[0]!.kind === 'failed' && records[0]!.reason === (thrown as IngestError).reason, () => 'parseRecords did not report the error parse threw');
  } else {
    expect(parsed).toEqual(articles);
  }
  return { ok: true, articles, records };
}

const runs = (n: number) => ({ numRuns: Math.round(n) });

// ---------------------------------------------------------------------------------------

describe('the article checks themselves', () => {
  // Extraction gives no cue spans yet: the checks of one are tried on a hand-built INDIRECT quote.
  it('pass an INDIRECT quote with its cue span, and catch a cue span that is half, outside the text or not the cue', () => {
    const a = articleWithReportedSpeech();
    expect(() => checkArticle(a)).not.toThrow();
    const broken = (change: Partial<ParsedQuote>) => ({ ...a, quotes: [{ ...a.quotes[0]!, ...change }, ...a.quotes.slice(1)] });
    expect(() => checkArticle(broken({ cueEnd: undefined }))).toThrow('quote 0 has half a cue span');
    expect(() => checkArticle(broken({ cue: null }))).toThrow('quote 0 has a cue span but no cue');
    expect(() => checkArticle(broken({ cueEnd: a.text.length + 1 }))).toThrow('quote 0 cue [413, ' + (a.text.length + 1) + ') is outside the text');
    expect(() => checkArticle(broken({ cueStart: 412 }))).toThrow('quote 0 cue span reads " reported", not "reported"');
    expect(() => checkArticle(broken({ cue: 'Reported' }))).not.toThrow();
  });
});

describe('parse and parseRecords on any text', () => {
  it('return sound articles or throw IngestError, for any single string', () => {
    fc.assert(fc.property(anyText(600), (text) => void parseBoth(text)), runs(RUNS.anyText));
  }, TEST_MS);

  it('return sound articles or throw IngestError, for any mix of lines and line breaks', () => {
    fc.assert(fc.property(anyLines(14, 160), fc.boolean(), (text, bom) => void parseBoth((bom ? '\uFEFF' : '') + text)), runs(RUNS.anyLines));
  }, TEST_MS);

  it('are deterministic: the same text gives deep-equal output, also after other texts', () => {
    const input = fc.oneof(anyLines(10, 120), wireArticle.map((w) => w.text), sgmlFile.map((f) => f.text));
    fc.assert(
      fc.property(input, input, (a, b) => {
        const first = parseBoth(a, { agree: false });
        parseBoth(b, { agree: false });
        const second = parseBoth(a, { agree: false });
        expect(second).toEqual(first);
      }),
      runs(RUNS.determinism),
    );
  }, TEST_MS);

  it('readWireText returns a draft or throws IngestError, and extract keeps its offsets sound', () => {
    fc.assert(
      fc.property(anyLines(8, 80), (text) => {
        let draft;
        try {
          draft = readWireText(text, 'prop.txt');
        } catch (error) {
          check(error instanceof IngestError, () => `readWireText threw ${String(error)}`);
          return;
        }
        checkArticle(extract(draft));
      }),
      runs(RUNS.readWireText),
    );
  }, TEST_MS);
});

describe('parse on generated wire copy', () => {
  it('gives one sound article with the byline, the closing credits and the plain quotes', () => {
    fc.assert(
      fc.property(wireArticle, (spec) => {
        const out = parseBoth(spec.text, { agree: false });
        check(out.ok, () => `refused: ${out.ok ? '' : out.error.message}`);
        if (!out.ok) return;
        expect(out.articles).toHaveLength(1);
        const a = out.articles[0]!;
        const named = (role: string) => a.credits.filter((c) => c.role === role).map((c) => c.name);
        if (spec.byline) expect(named('BYLINE')).toEqual(expect.arrayContaining(spec.byline));
        if (spec.credits) {
          expect(named('REPORTING')).toEqual(spec.credits.reporting);
          expect(named('EDITING')).toEqual(spec.credits.editing);
        }
        // Who the speaker resolves to depends on the other names of the article (and the
        // journalists are left out of its entities), so the quote, its cue and the speaker as
        // written are checked here, not the resolved speaker.
        for (const { words, speaker } of spec.plainQuotes) {
          const found = a.quotes.filter((x) => x.text === words);
          check(found.length > 0, () => `no quote ${JSON.stringify(words)}; found ${JSON.stringify(a.quotes.map((x) => x.text))}`);
          check(found.some((q) => q.cue === 'said' && q.kind === 'FULL'), () => `quote ${JSON.stringify(words)}: ${JSON.stringify(found.map((q) => [q.cue, q.kind]))}`);
          check(found.some((q) => q.speakerAsWritten === speaker), () => `quote ${JSON.stringify(words)}: speakerAsWritten ${JSON.stringify(found.map((q) => q.speakerAsWritten))}, not ${JSON.stringify(speaker)}`);
        }
      }),
      runs(RUNS.wire),
    );
  }, TEST_MS);
});

describe('parseRecords on generated Reuters-21578 SGML', () => {
  it('gives one result per record, of the right kind, with key, date and author', () => {
    fc.assert(
      fc.property(sgmlFile, ({ text, records }) => {
        const out = parseBoth(text, { agree: false });
        check(out.ok, () => `refused: ${out.ok ? '' : out.error.message}`);
        if (!out.ok) return;
        expect(out.records).toHaveLength(records.length);
        records.forEach((spec, i) => {
          const r = out.records[i]!;
          if (!spec.wellFormed) {
            check(r.kind !== 'article', () => `broken record ${i} read as an article`);
            return;
          }
          expect(r.key).toBe(`prop.txt#${spec.id}`);
          if (!spec.hasBody) expect(r.kind).toBe('skipped');
          if (r.kind === 'failed') throw new Error(`well-formed record ${i} failed: ${r.reason}`);
          if (r.kind !== 'article') return;
          const a = r.article;
          expect(a.publishedAt?.slice(0, 10)).toBe(spec.date);
          expect(a.source).toBe('Reuters');
          expect(a.credits).toEqual(spec.author ? [{ role: 'BYLINE', name: spec.author }] : []);
          check(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(a.text), () => `control character in ${JSON.stringify(a.text)}`);
        });
      }),
      runs(RUNS.sgml),
    );
  }, TEST_MS);

  it('survive SGML cut, spliced and mixed with hostile text: results or IngestError, never a crash', () => {
    const mutated = fc
      .tuple(sgmlFile, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ unit: fc.oneof(hostileUnit, specialChar, wireToken), maxLength: 12 })), { maxLength: 4 }), fc.option(fc.nat()))
      .map(([{ text }, edits, cut]) => {
        let out = text;
        for (const [at, del, insert] of edits) {
          const i = at % (out.length + 1);
          out = out.slice(0, i) + insert + out.slice(i + del);
        }
        return cut === null ? out : out.slice(0, cut % (out.length + 1));
      });
    fc.assert(
      fc.property(mutated, (text) => {
        void parseBoth(text, { agree: false });
        // The reader alone yields one result per record and never throws.
        for (const r of readReutersSgml(text, 'prop.sgm')) {
          if (r.kind !== 'failed') continue;
          const { reason } = r;
          check(RECORD_FAILURES.some((re) => re.test(reason)), () => `unexpected record failure: ${reason}`);
        }
      }),
      runs(RUNS.sgmlMutated),
    );
  }, TEST_MS);
});

describe('1 MB lines', () => {
  // A line of about 1 MB built by repeating a generated fragment, as a wire-text paragraph,
  // a title line, or an SGML body line. The fragments may hold quotation marks, so a
  // paragraph may hold tens of thousands of quotes.
  const fragment = fc.string({ unit: fc.oneof(hostileUnit, wireToken), minLength: 1, maxLength: 40 }).map((s) => s.replace(/[\r\n\u2028\u2029\u0085]/g, ' ') || 'x');
  const layout = fc.constantFrom('paragraph', 'title', 'sgml');
  // Linear, not merely fast enough: each fragment is parsed as a 125 kB line and as a 1 MB
  // line side by side, and eight times the text may cost at most 24 times as much (linear
  // code gives about 8, a quadratic scan 64). A ratio holds on a loaded machine where a fixed
  // budget in seconds does not; MEGABYTE_MS still catches a hang.
  it('parse in linear time and give sound articles', () => {
    const build = (piece: string, where: string, chars: number): string => {
      const line = piece.repeat(Math.ceil(chars / piece.length));
      return where === 'paragraph'
        ? `Title\nBy Guy Kelly\nMOSCOW (Reuters) - ${line}\nLast paragraph.\n`
        : where === 'title'
          ? `${line}\nA paragraph.\n`
          : `<REUTERS NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><BODY>${line.replace(/</g, '&lt;')}\n Reuter\n</BODY></TEXT></REUTERS>\n`;
    };
    const msToParse = (text: string): number => {
      const t0 = performance.now();
      void parseBoth(text, { agree: false, budgetMs: MEGABYTE_MS });
      return performance.now() - t0;
    };
    fc.assert(
      fc.property(fragment, layout, (piece, where) => {
        const small = msToParse(build(piece, where, 125_000));
        const large = msToParse(build(piece, where, 1_000_000));
        check(large / Math.max(small, 5) < 24, () => `8× the text took ${(large / small).toFixed(1)}× as long (${Math.round(small)} ms vs ${Math.round(large)} ms)`);
      }),
      runs(RUNS.megabyte),
    );
  }, RUNS.megabyte * MEGABYTE_MS);
});

// ---------------------------------------------------------------------------------------

describe('decodeSource and checkText', () => {
  it('decodeSource on any bytes returns a string or throws IngestError', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      // Mostly text with a few bad bytes: the error path that locates the bad byte.
      fc.tuple(fc.string({ unit: 'binary', maxLength: 100 }), fc.uint8Array({ minLength: 1, maxLength: 3 }), fc.nat()).map(([s, bad, at]) => {
        const good = Buffer.from(s, 'utf8');
        const i = at % (good.length + 1);
        return Uint8Array.from([...good.subarray(0, i), ...bad, ...good.subarray(i)]);
      }),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        let text: string;
        try {
          text = decodeSource(b, 'prop.txt');
        } catch (error) {
          check(error instanceof IngestError, () => `decodeSource threw ${String(error)}`);
          return;
        }
        check(typeof text === 'string' && !text.includes('\u0000'), () => 'decodeSource returned no text');
        expect(checkText(text, 'prop.txt')).toBe(text);
      }),
      runs(RUNS.decodeBytes),
    );
  }, TEST_MS);

  it('decodeSource returns exactly the text of any valid UTF-8 encoding of prose', () => {
    // Non-empty after trimming, no NUL, control characters well under the 5% limit.
    const prose = fc
      .tuple(fc.string({ unit: fc.oneof({ arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 8 }, { arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\t', ' ', '\uFEFF', '“', '”', '"', '😀'), weight: 2 }), maxLength: 300 }), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }).filter((c) => c.trim() !== ''), fc.boolean())
      .map(([s, anchor, bom]) => (bom ? '\uFEFF' : '') + s + anchor)
      .filter((s) => {
        const control = s.match(/[\u0001-\u0008\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
        return !s.includes('\u0000') && control <= s.length * 0.05;
      });
    fc.assert(
      fc.property(prose, (text) => {
        expect(decodeSource(new TextEncoder().encode(text), 'prop.txt')).toBe(text);
      }),
      runs(RUNS.decodeUtf8),
    );
  }, TEST_MS);
});

describe('credit parsers', () => {
  it('never throw, and give null or a non-empty list of names', () => {
    fc.assert(
      fc.property(anyText(200), fc.constantFrom('', 'By ', '(', '(Reporting by ', '(Editing by '), (text, prefix) => {
        const input = prefix + text + (prefix.startsWith('(') ? ')' : '');
        const names = splitNames(input);
        check(names === null || (names.length > 0 && names.every((n) => n.length > 0)), () => `splitNames gave ${JSON.stringify(names)}`);
        for (const credits of [parseByline(input), parseCreditLine(input)]) {
          check(credits === null || Array.isArray(credits), () => 'credits are not a list');
          for (const c of credits ?? []) check(c.name.length > 0 && ['BYLINE', 'REPORTING', 'WRITING', 'EDITING', 'ADDITIONAL_REPORTING'].includes(c.role), () => `bad credit ${JSON.stringify(c)}`);
        }
        const byline = parseByline(input);
        check(byline === null || byline.length > 0, () => 'parseByline gave an empty list');
      }),
      runs(RUNS.credits),
    );
  }, TEST_MS);

  it('read back the names of generated bylines and credit lines', () => {
    const names = fc.uniqueArray(personName, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(names, names, fc.constantFrom('Reporting', 'Writing', 'Editing', 'Additional reporting'), fc.constantFrom(', Reuters', '', ' in London'), (a, b, role, tail) => {
        expect(parseByline(`By ${nameList(a)}${tail}`)).toEqual(a.map((name) => ({ role: 'BYLINE', name })));
        expect(splitNames(a.join(' / '))).toEqual(a);
        const credits = parseCreditLine(`(Reporting by ${nameList(a)}; ${role} by ${nameList(b)})`);
        const roleName = { Reporting: 'REPORTING', Writing: 'WRITING', Editing: 'EDITING', 'Additional reporting': 'ADDITIONAL_REPORTING' }[role];
        expect(credits).toEqual([...a.map((name) => ({ role: 'REPORTING', name })), ...b.map((name) => ({ role: roleName, name }))]);
      }),
      runs(RUNS.creditsRoundTrip),
    );
  }, TEST_MS);
});
