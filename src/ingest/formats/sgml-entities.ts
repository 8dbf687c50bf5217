// SGML/HTML character references, as the Reuters-21578 files use them. The whole corpus
// holds only `&lt;`, `&amp;` and numeric references to control characters (`&#2;` opens a
// story, `&#3;` ends it, `&#5;` `&#22;` `&#31;`... are teletype noise). The common named
// entities of HTML's core set are decoded too; any other name is left as written, because
// guessing would change text the file never encoded.
import { lexiconTags } from '../gazetteer/index.js';

const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

function fromCodePoint(code: number, written: string): string {
  return code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : written;
}

/**
 * Decodes character references: `&lt;` -> `<`, `&#3;` -> U+0003, `&#x41;` -> `A`.
 * The closing semicolon may be missing (SGML allows it before a space or line end).
 * Unknown names and out-of-range numbers are left as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (written, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(Number(dec), written);
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16), written);
    return NAMED[name!.toLowerCase()] ?? written;
  });
}

// A terminal escape sequence the teletype passed through ("A\u001B[B SHARE": cursor down).
const ESCAPE_SEQUENCE = /\u001B\[[0-9;]*[A-Za-z]/g;
// Control characters other than tab and line breaks, DEL, and U+FFFD.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]+/g;
const WORD_BEFORE = /[\p{L}\p{N}]+$/u;
const WORD_AFTER = /^[\p{L}\p{N}]+/u;

/**
 * Removes what is not text: control characters other than tab and line breaks (the
 * corpus's `&#2;`/`&#3;` story markers and teletype noise, once decoded), DEL, U+FFFD (the
 * mark a lenient decoder leaves for a byte that was not text) and terminal escape sequences.
 *
 * Between two word characters a run of them keeps the words apart: it becomes a space
 * ("for\u007Fthe" -> "for the", "to\u007F160" -> "to 160"), unless the two sides make
 * one word the lexicon knows ("cla\u007Fimed" -> "claimed", "To\u007F\u007Fday's" ->
 * "Today's"): on the teletype DEL also rubbed out a mistyped letter, and the corpus has both.
 */
export function stripControls(text: string): string {
  const clean = text.includes('\u001B') ? text.replace(ESCAPE_SEQUENCE, '') : text;
  return clean.replace(CONTROLS, (run: string, at: number) => {
    const before = WORD_BEFORE.exec(clean.slice(Math.max(0, at - 40), at))?.[0];
    const after = before && WORD_AFTER.exec(clean.slice(at + run.length, at + run.length + 40))?.[0];
    if (!before || !after) return '';
    return lexiconTags(before + after).length > 0 ? '' : ' ';
  });
}
