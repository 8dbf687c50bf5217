// Reads the PolNeAR gold standard (brat standoff) into direct quotes with their sources.
// Used by scripts/eval-quotes.ts only.
//
// A gold direct quote is a quotation-mark-delimited part of a gold Content span, measured
// the way src/ingest/quotes/ measures its own: the words inside the marks, trimmed, without the
// comma of `“...,” he said`, one piece per paragraph.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { doubleMarksIn } from '../src/ingest/quotes/spans.js';
import type { Span } from '../src/ingest/types.js';

export interface GoldQuote extends Span {
  /** The gold Source spans of the attributions whose content holds this quote (may be empty). */
  sources: Span[];
  /** Reported speech only: the gold Cue span ("said", "according to"), when annotated. */
  cue?: Span;
}

export interface GoldDoc {
  article: string;
  text: string;
  /** Per annotator of the article: its direct quotes, and its reported speech (Content with no quotation marks). */
  annotators: { id: string; quotes: GoldQuote[]; reported: GoldQuote[] }[];
}

const MARKS = /["“”„‟«»″]/g;
const HAS_MARK = /["“”„‟«»″]/;

/** How many characters two spans share. */
export const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Pairs quotes of two lists one to one, greedy by overlap; a pair's overlap must cover at
 * least half of both spans. Returns the pairs as indices into `xs` and `ys`.
 */
export function matchQuotes(xs: readonly Span[], ys: readonly Span[]): { x: number; y: number }[] {
  const candidates: { x: number; y: number; o: number }[] = [];
  xs.forEach((a, x) => ys.forEach((b, y) => {
    const o = overlap(a, b);
    if (o >= 0.5 * (a.end - a.start) && o >= 0.5 * (b.end - b.start)) candidates.push({ x, y, o });
  }));
  candidates.sort((a, b) => b.o - a.o);
  const usedX = new Set<number>();
  const usedY = new Set<number>();
  const pairs: { x: number; y: number }[] = [];
  for (const c of candidates) {
    if (usedX.has(c.x) || usedY.has(c.y)) continue;
    usedX.add(c.x);
    usedY.add(c.y);
    pairs.push({ x: c.x, y: c.y });
  }
  return pairs;
}

function direction(text: string, i: number): number {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  const spaceBefore = /[\s([{\u2014\u2013\-/]/.test(before);
  const spaceAfter = /[\s)\]},.;:!?\u2014\u2013\-]/.test(after);
  if (spaceBefore && !spaceAfter) return 1;
  if (spaceAfter && !spaceBefore) return -1;
  if (/[“„‟«]/.test(text[i]!)) return 1;
  if (/[”»″]/.test(text[i]!)) return -1;
  return 0;
}

function inner(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The quotation-mark-delimited parts of one piece of a Content span, split at line breaks. */
export function quotedParts(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const lines: Span[] = [];
  let from = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (text[i] === '\n' || text[i] === '\r') {
      lines.push({ start: from, end: i });
      from = i + 1;
    }
  }
  lines.push({ start: from, end: span.end });
  for (const line of lines) {
    const marks: { at: number; dir: number }[] = [];
    const slice = text.slice(line.start, line.end);
    for (const m of slice.matchAll(MARKS)) marks.push({ at: line.start + m.index, dir: direction(text, line.start + m.index) });
    if (marks.length === 0) continue;
    let openAt: number | null = null;
    marks.forEach((mark, k) => {
      if (openAt === null) {
        // A closing mark first: the span began inside the quote (without its opening mark).
        if (mark.dir < 0 && k === 0) {
          const s = inner(text, line.start, mark.at);
          if (s) out.push(s);
        } else openAt = mark.at;
        return;
      }
      if (mark.dir <= 0) {
        const s = inner(text, openAt + 1, mark.at);
        if (s) out.push(s);
        openAt = null;
      } else openAt = mark.at;
    });
    if (openAt !== null) {
      const s = inner(text, (openAt as number) + 1, line.end);
      if (s) out.push(s);
    }
  }
  return out;
}

/**
 * Joins the parts of one Content span that lie inside the same pair of marks: annotators
 * cut a Content span around an inner cue or a sentence ("“A. [he said] B.”").
 */
function mergeParts(text: string, parts: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of [...parts].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && p.start >= last.end && !/["“”„‟«»″\n\r]/.test(text.slice(last.end, p.start))) last.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

function parseSpans(value: string): Span[] {
  return value.split(';').map((part) => {
    const [s, e] = part.trim().split(/\s+/).map(Number);
    return { start: s!, end: e! };
  });
}

/** Reads one `.ann` file into gold direct quotes (the quoted parts of each Content). */
export function readAnn(ann: string, text: string): GoldQuote[] {
  return readAttributions(ann, text).quotes;
}

/** The parts of one gold attribution, each from its first piece's start to its last piece's end. */
export interface GoldAttribution {
  cue: Span | null;
  source: Span | null;
  content: Span | null;
}

/** Every attribution of one `.ann` file, direct or reported, in file order (for training the reported-speech tagger). */
export function readAttributionParts(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const out: GoldAttribution[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols[1]) spans.set(cols[0]!, parseSpans(cols[1].slice(cols[1].indexOf(' ') + 1)));
  }
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (!/^E\d+$/.test(cols[0] ?? '') || !cols[1]) continue;
    const args: Record<string, string> = {};
    for (const arg of cols[1].trim().split(/\s+/)) {
      const [role, id] = arg.split(':');
      if (role && id) args[role.replace(/\d+$/, '')] = id;
    }
    const whole = (id: string | undefined): Span | null => {
      const pieces = id ? spans.get(id) : undefined;
      return pieces && pieces.length > 0 ? { start: pieces[0]!.start, end: pieces.at(-1)!.end } : null;
    };
    out.push({ cue: whole(args.Cue), source: whole(args.Source), content: whole(args.Content) });
  }
  return out;
}

/** Reads one `.ann` file: direct quotes, and reported speech (a whole Content span that holds no quotation mark). */
export function readAttributions(ann: string, text: string): { quotes: GoldQuote[]; reported: GoldQuote[] } {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols[1]) {
      const sp = cols[1].indexOf(' ');
      spans.set(cols[0]!, { type: cols[1].slice(0, sp), spans: parseSpans(cols[1].slice(sp + 1)) });
    } else if (/^E\d+$/.test(cols[0] ?? '') && cols[1]) {
      const args: Record<string, string> = {};
      for (const arg of cols[1].trim().split(/\s+/)) {
        const [role, id] = arg.split(':');
        if (role && id) args[role.replace(/\d+$/, '')] = id;
      }
      events.push(args);
    }
  }
  const byKey = new Map<string, GoldQuote>();
  const reported: GoldQuote[] = [];
  for (const ev of events) {
    const content = ev.Content ? spans.get(ev.Content) : undefined;
    if (!content) continue;
    const source = ev.Source ? spans.get(ev.Source) : undefined;
    const cue = ev.Cue ? spans.get(ev.Cue) : undefined;
    const whole = { start: Math.min(...content.spans.map((s) => s.start)), end: Math.max(...content.spans.map((s) => s.end)) };
    if (!content.spans.some((s) => HAS_MARK.test(text.slice(s.start, s.end)))) {
      reported.push({
        ...whole,
        sources: source ? [{ start: source.spans[0]!.start, end: source.spans.at(-1)!.end }] : [],
        ...(cue ? { cue: { start: cue.spans[0]!.start, end: cue.spans.at(-1)!.end } } : {}),
      });
      continue;
    }
    for (const q of mergeParts(text, content.spans.flatMap((piece) => quotedParts(text, piece)))) {
      {
        const key = `${q.start}:${q.end}`;
        const gold = byKey.get(key) ?? { ...q, sources: [] };
        if (source) gold.sources.push(...source.spans.slice(0, 1).map((s) => ({ start: s.start, end: source.spans.at(-1)!.end })));
        byKey.set(key, gold);
      }
    }
  }
  return { quotes: [...byKey.values()].sort((a, b) => a.start - b.start), reported: reported.sort((a, b) => a.start - b.start) };
}

/** All articles of a split (`dev`, `train`) that have at least one annotation file. */
export function readSplit(dir: string): GoldDoc[] {
  const annDir = join(dir, 'attributions');
  const byArticle = new Map<string, { id: string; file: string }[]>();
  for (const file of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const m = /^(.*)_([0-9a-f]+)\.ann$/.exec(file);
    if (!m) continue;
    const list = byArticle.get(m[1]!) ?? [];
    list.push({ id: m[2]!, file });
    byArticle.set(m[1]!, list);
  }
  const docs: GoldDoc[] = [];
  for (const [article, anns] of [...byArticle].sort((a, b) => a[0].localeCompare(b[0]))) {
    const text = readFileSync(join(dir, 'text', `${article}.txt`), 'utf8');
    docs.push({
      article,
      text,
      // Marks as src/ingest/quotes/ reads them: the NYT texts write “ and ” as two apostrophes ('').
      annotators: anns.map((a) => ({ id: a.id, ...readAttributions(readFileSync(join(annDir, a.file), 'utf8'), doubleMarksIn(text)) })),
    });
  }
  return docs;
}
