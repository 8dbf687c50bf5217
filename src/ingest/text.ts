// Shared text helpers. Offsets are always JavaScript string indices into the
// original text: nothing here rewrites the text it is given.
import slugifyLib from 'slugify';
import type { Span } from './types.js';

export interface Line extends Span {
  /** The line without its line break (CRLF, LF or CR). */
  text: string;
}

/** Splits text into lines, keeping offsets into the original string. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** Narrows a span to exclude leading and trailing white space (and a BOM). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s\uFEFF]/.test(text[start]!)) start++;
  while (end > start && /[\s\uFEFF]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The one slug rule: lower case ASCII words joined by hyphens ("Dmitry Peskov" -> "dmitry-peskov"). */
export function slugify(value: string): string {
  const slug = slugifyLib(value.replace(/[’‘']/g, ''), { lower: true, strict: true, trim: true });
  return slug || 'untitled';
}

/** Collapses runs of white space to one space and trims. */
export function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
