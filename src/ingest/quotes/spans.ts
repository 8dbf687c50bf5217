// Where the quotation marks are: pairs of double quotation marks in each paragraph, with
// the quoted words between them. Knows nothing about speakers.
//
// Single quotation marks are never paired: they nest inside double ones ("‘pure fiction’")
// and the same character is the apostrophe, so they stay part of the quoted words.
import type { ArticleDraft, Span } from '../types.js';

export interface QuoteSpan extends Span {
  /** Index into `draft.blocks`. */
  blockIndex: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  /** No closing mark before the paragraph ends: the quote continues in a later paragraph. */
  runsOn: boolean;
  /** This piece continues a quote left open at the end of the previous paragraph. */
  continuesPrevious: boolean;
}

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '‟', '«', '»', '″']);
const MARK = /["“”„‟«»″]/g;
const OPENING_CHARS = new Set(['“', '„', '‟', '«']);
const CLOSING_CHARS = new Set(['”', '»', '″']);

// Some archives (the New York Times' plain-text exports) write a double quotation mark as
// two apostrophes: ''This is strictly a business decision,'' a Carrier executive tells
// employees. Three in a row pair a single mark with the double one ('Kosovo is a special
// case,''' Mr. Putin said). Not after a digit (5'10'') and not in longer runs.
const DOUBLED_APOSTROPHES = /(?<!['\d])'''?(?!')/g;

/**
 * The article as quote extraction reads it: each doubled-apostrophe mark becomes a curly
 * mark plus a space, in place, so every offset (and every quoted word) stays that of the
 * text as read. An opening pair becomes ` “`, a closing pair `” `.
 */
export function withDoubleMarks(draft: ArticleDraft): ArticleDraft {
  if (!draft.text.includes("''")) return draft;
  const text = doubleMarksIn(draft.text);
  return { ...draft, text, blocks: draft.blocks.map((b) => ({ ...b, text: text.slice(b.start, b.end) })) };
}

/** `text` with each doubled-apostrophe mark written as a curly mark and a space (same length). */
export function doubleMarksIn(text: string): string {
  return text.replace(DOUBLED_APOSTROPHES, (marks: string, at: number, whole: string) => {
    const before = whole[at - 1] ?? ' ';
    const after = whole[at + marks.length] ?? ' ';
    const opening = /[\s([{\u2014\u2013\-/]/.test(before) && !/\s/.test(after);
    // The double mark is the outer one: first when opening, last when closing.
    if (marks.length === 3) return opening ? ' “\'' : '\'” ';
    return opening ? ' “' : '” ';
  });
}

/** Whether a mark at `i` reads as opening (+1), closing (-1) or either (0), from its neighbours. */
function direction(text: string, i: number, from: number, to: number): number {
  const before = i > from ? text[i - 1]! : ' ';
  const after = i + 1 < to ? text[i + 1]! : ' ';
  const spaceBefore = /[\s([{\u2014\u2013\-/]/.test(before);
  const spaceAfter = /[\s)\]},.;:!?\u2014\u2013\-]/.test(after);
  if (spaceBefore && !spaceAfter) return 1;
  if (spaceAfter && !spaceBefore) return -1;
  const ch = text[i]!;
  if (OPENING_CHARS.has(ch)) return 1;
  if (CLOSING_CHARS.has(ch)) return -1;
  return 0;
}

/** The quoted words between the marks: trimmed, without the comma that ends `“...,” he said`. */
function innerSpan(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Finds the double-quoted spans of the paragraph blocks, in text order. A paragraph that
 * ends inside a quote yields a `runsOn` piece that ends at the paragraph end; when a later
 * paragraph opens with a quotation mark, its first piece is marked `continuesPrevious`.
 */
export function findQuoteSpans(draft: ArticleDraft): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const { text } = draft;
  let openRun = false;
  draft.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'PARAGRAPH') {
      openRun = false;
      return;
    }
    const startsWithMark = DOUBLE_MARKS.has(text[block.start] ?? '');
    const continuing = openRun && startsWithMark;
    openRun = false;
    let openAt = -1;
    let first = true;
    const push = (open: number, close: number, runsOn: boolean): void => {
      const innerEnd = runsOn ? close : close - 1;
      const inner = innerSpan(text, open + 1, innerEnd);
      if (inner.end > inner.start) {
        // Spelled out, not `{ ...inner, ... }`: the spread made each span cost microseconds
        // (most of the time of a paragraph with thousands of quotes).
        out.push({ start: inner.start, end: inner.end, blockIndex, open, close, runsOn, continuesPrevious: continuing && first && open === block.start });
      }
      first = false;
    };
    // Jump from mark to mark: a per-character loop was most of the extraction time.
    MARK.lastIndex = block.start;
    for (let found = MARK.exec(text); found && found.index < block.end; found = MARK.exec(text)) {
      const i = found.index;
      const dir = direction(text, i, block.start, block.end);
      if (openAt < 0) {
        if (dir >= 0) openAt = i;
        continue;
      }
      if (dir <= 0) {
        push(openAt, i + 1, false);
        openAt = -1;
      } else {
        // A second opening mark while one is open: the first was never closed (a typo
        // or a quote nested with double marks); start again from the later one.
        openAt = i;
      }
    }
    if (openAt >= 0) {
      push(openAt, block.end, true);
      openRun = true;
    }
  });
  return out;
}
