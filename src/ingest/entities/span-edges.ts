// Where a tagged name really ends. The tagger works on whole tokens, so a span may run over
// a dash into the next phrase ("Donald — USA") or hold a party letter before a state
// ("D-Va.", "R-Texas"). Compounds and prefixed words stay whole, as newswire annotates
// them: "New York-based" and "ex-Milan" are one adjective-like name (CoNLL's MISC).
import { isStateAbbreviation } from '../gazetteer/index.js';
import type { Span } from '../types.js';

const DASH = /\s+(?:—|–|--)\s*/;
// "D-Va.", "R-Texas", "I-Vt.": the state starts after the party letter.
const PARTY_LETTER = /^[RDI]-(?=\p{Lu})/u;

/** The span narrowed to the name it holds, or null when nothing of a name is left. */
export function nameEdges(text: string, span: Span): Span | null {
  let { start, end } = span;
  // A span never starts or ends on punctuation (a stop tagged with the name after it).
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start]!)) start++;
  while (end > start && !/[\p{L}\p{N}.]/u.test(text[end - 1]!)) end--;
  const dash = DASH.exec(text.slice(start, end));
  if (dash) end = start + dash.index;
  const party = PARTY_LETTER.exec(text.slice(start, end));
  if (party) {
    start += party[0].length;
    // "R-Tex.": the state abbreviation keeps its stop, which the tokenizer left outside.
    if (text[end] === '.' && isStateAbbreviation(text.slice(start, end + 1))) end++;
  }
  return end > start && /\p{L}/u.test(text.slice(start, end)) ? { start, end } : null;
}

/**
 * "@HillaryClinton", "#MAGA": a handle or hashtag is not a name, whether the mark is just
 * before the span or (as the tagger cut it) its first character.
 */
export function isHandle(text: string, span: Span): boolean {
  return /[@#]/.test(text.slice(Math.max(0, span.start - 1), span.start + 1));
}
