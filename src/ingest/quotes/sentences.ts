// Sentence starts of a paragraph, ignoring full stops inside quotations: a quoted
// "This is untrue. This is fiction," belongs to the sentence that attributes it.
import type { Span } from '../types.js';
import { lastAtOrBefore, offset } from '../sorted.js';

// Abbreviations whose full stop does not end a sentence ("Sen. Ted Cruz", "Sept. 12").
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Prof|Rev|St|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|v|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Ariz|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Ala|Ark|Del|a\.m|p\.m|U\.S|U\.N|U\.K|E\.U|D\.C)$|(?:^|[\s(.\-])[A-Z]$/;

/**
 * Offsets where a sentence starts inside [block.start, block.end): after `.`, `!` or `?`
 * (optionally followed by a closing bracket) and white space, when the punctuation is
 * outside every span in `quoted` and not an abbreviation's full stop. Includes `block.start`.
 */
export function sentenceStarts(text: string, block: Span, quoted: Span[]): number[] {
  const starts = [block.start];
  let q = 0;
  for (let i = block.start; i < block.end; i++) {
    while (q < quoted.length && quoted[q]!.end <= i) q++;
    const inside = q < quoted.length && quoted[q]!.start <= i;
    if (inside) continue;
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    if (text[j] === ')') j++;
    if (j >= block.end || !/\s/.test(text[j]!)) continue;
    if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(block.start, i - 6), i))) {
      // "Sen. Cruz" is one sentence; "... in the U.S. The ..." is two only if a capital follows
      // a country abbreviation, which cannot be told apart: keep them together.
      continue;
    }
    while (j < block.end && /\s/.test(text[j]!)) j++;
    // A sentence never opens in lower case: "(D-Ore.) said" and "p.m. on" go on.
    if (j < block.end && /\p{Ll}/u.test(text[j]!)) continue;
    if (j < block.end) starts.push(j);
  }
  return starts;
}

/** Index of the first of the sorted `starts` that is greater than `at`. */
const firstAfter = (starts: readonly number[], at: number): number => lastAtOrBefore(starts, offset, at) + 1;

/** The last sentence start at or before `at` (the first start when none is). */
export function sentenceStartBefore(starts: number[], at: number): number {
  const i = firstAfter(starts, at);
  return starts[Math.max(0, i - 1)]!;
}

/** The first sentence start after `at`, or `end`. */
export function sentenceEndAfter(starts: number[], at: number, end: number): number {
  const i = firstAfter(starts, at);
  return i < starts.length ? starts[i]! : end;
}

/** Index of the sentence of `starts` that holds `at` (0 when `at` precedes them all). */
export function sentenceIndexOf(starts: number[], at: number): number {
  return Math.max(0, firstAfter(starts, at) - 1);
}
