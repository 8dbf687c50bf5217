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

// Marks a slug drops inside a word: apostrophes ("O’Neill" -> "oneill"), the dots of an
// abbreviation ("U.S." -> "us") and a thousands comma ("1,000" -> "1000"). A dot between
// digits is a decimal point and separates ("10.5" -> "10-5"), so 10.5 and 105 stay apart.
const DROPPED = /[’‘']|(?<=\d),(?=\d{3}(?!\d))|(?<!\d)\.|\.(?!\d)/g;
// Everything else that is not a letter or a digit separates words. Left to the library,
// symbols are spelled out ("<SRD>" -> "lesssrdgreater", "S&L" -> "sandl", "%" -> "percent")
// and other marks vanish, gluing their neighbours ("U.S./JAPAN" -> "usjapan").
const SEPARATOR = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * The one slug rule, for articles, entities and journalists: the words of the decoded text,
 * lower case ASCII, joined by hyphens ("Dmitry Peskov" -> "dmitry-peskov", "STANDARD OIL
 * <SRD> TO FORM UNIT" -> "standard-oil-srd-to-form-unit", "S&L" -> "s-l"). Letters are
 * transliterated ("Ærø" -> "aero"); a text with no word left is "untitled".
 */
export function slugify(value: string): string {
  const words = value.replace(DROPPED, '').replace(SEPARATOR, ' ');
  const slug = slugifyLib(words, { lower: true, strict: true, trim: true });
  return slug || 'untitled';
}

/** Collapses runs of white space to one space and trims. */
export function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
