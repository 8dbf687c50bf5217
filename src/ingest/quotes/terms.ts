// Quoted words that are terms or titles, not speech: the issue drops scare quotes and titles
// ("so-called “peace plan”"). This module judges a quote by the words around it:
// - after "so-called", "titled" and the like, or a short Title Case phrase after a programme
//   or publication word (isTitleOrTerm);
// - short uncued quotes inside narration: `the “undercard” debate`, a sentence with no one in
//   it (isUncuedTerm); a quoted word as the subject of a verb, `“Containment” has been`
//   (isSubjectTerm); a nickname inside a name, `George “Jay” Keyworth` (isNickname);
// - headlines with a byline, works with a year, markup residue, `“Related:”` (isTitleOrResidue);
// - and the other way: chanted words and words after a colon are speech even in Title Case
//   (isSpokenAfter), with "their chants of “...”" naming the chanters (chantFrame).
import { cuesIn, type Frame } from './frames.js';
import type { Mention } from './mentions.js';
import type { QuoteSpan } from './spans.js';
import type { Span } from '../types.js';

// "Latin for “...”", "Spanish for “witches”": a translation gives a word's meaning, not speech.
const SCARE_PREFIX = /(?:so-called|so called|dubbed|titled|entitled|named|known as|the word|the words|the term|the phrase|the slogan|the hashtag|labeled|labelled|branded|nicknamed|\b(?:Latin|Greek|French|Spanish|German|Italian|Arabic|Hebrew|Yiddish|Russian|Chinese|Japanese|Portuguese|slang|shorthand) for)\s*$/i;

// Words before a quoted title: programmes, publications, works ("on NBC’s “Today”"); the
// programme told or interviewed with ("told “Fox and Friends”"), the work of an author, the
// show an actor stars in or a host hosts, a book a fact is sourced to ("according to “The
// Trumps: Three Generations ...”").
const TITLE_CONTEXT = /(?:[’']s|\bCBS[’']|\b(?:on|told|tells|interview with|author of|according to|show|program|programme|podcast|series|serial|sitcom|thriller|drama|comedy|film|movie|book|memoir|autobiography|biography|novel|song|album|ad|advert|advertisement|video|documentary|column|op-ed|essay|article|headline|play|musical|tune of|hashtag|slogan|banner|sign|T-shirt|shirt|hat|cap|star(?:s|red|ring)? in|star of|hosts? of|revival of|episode of|season of|sequel to|premiere of)),?\s*$/i;
const SMALL_WORDS = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|is|as|vs\.?|de|la|el|&)$/;

/**
 * A quoted title or term rather than speech: after "so-called", "dubbed", "known as";
 * markup residue; or a short Title Case phrase after a programme or publication word.
 */
export function isTitleOrTerm(quoted: string, before: string, framed: boolean): boolean {
  if (SCARE_PREFIX.test(before) || /=\s*$/.test(before) || /^\w+:\/\//.test(quoted)) return true;
  if (isSpokenAfter(before)) return false;
  const words = quoted.replace(/[.,!?]+$/, '').split(/\s+/).filter(Boolean);
  // A book title may be long ("author of “Those Guys Have All the Fun: Inside the World of ESPN”").
  const titled = TITLE_CONTEXT.test(before);
  if (words.length > (titled ? 14 : 8)) return false;
  const titleCase = words.every((w, i) => /^[\p{Lu}\d(]/u.test(w) || (i > 0 && SMALL_WORDS.test(w)));
  return titleCase && (titled || (!framed && words.length >= 2));
}

/** How many words a quote may have to be judged here: longer quoted words are rarely terms. */
const MAX_TERM_WORDS = 3;

/** How far around the quote its sentence is read (bounds the work per quote). */
const REACH = 300;

// Someone who may have said the words: a personal pronoun outside the quotes of the sentence.
const PERSONAL_PRONOUN = /\b(?:he|she|they|him|her|his|their|them|hers|I|we|my|our)\b/i;

// A determiner or possessive right before the opening mark: "the “undercard” debate".
const DETERMINER_BEFORE = /(?:(?:^|[\s(])(?:the|a|an|this|that|these|those|his|her|its|their|our|your|my|some|any|no|every|each)|[’']s?)\s*$/i;

// Words that cannot be the noun a quoted modifier stands before (function words, adverbs).
const FUNCTION_WORD = /^(?:of|in|on|at|to|for|with|by|from|and|or|but|nor|that|which|who|whom|whose|is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|do|does|did|as|than|then|so|if|when|while|because|about|into|over|after|before|since|until|not|also|only|just|even|still|a|an|the|it|he|she|they|we|i|you|now|again|too|here|there|today|yesterday|tomorrow|instead|anyway|yet|ever|always|never|already|once)$/i;

/** The text of `region` outside the quotes of `quotes` (sorted, disjoint); `quotes[k]` is in it. */
function outsideQuotes(text: string, region: Span, quotes: readonly QuoteSpan[], k: number): string {
  // Only the quotes inside the region are visited: each takes at least two of its characters.
  let j = k;
  while (j > 0 && quotes[j - 1]!.close > region.start) j--;
  const pieces: string[] = [];
  let at = region.start;
  for (; j < quotes.length && quotes[j]!.open < region.end; j++) {
    if (quotes[j]!.open > at) pieces.push(text.slice(at, quotes[j]!.open));
    at = Math.max(at, quotes[j]!.close);
  }
  if (at < region.end) pieces.push(text.slice(at, region.end));
  return pieces.join(' ');
}

/**
 * Whether a quote that has no cue and no speaker (nor one carried from an earlier quote) is a
 * term rather than someone's words. Only PARTIAL quotes of up to three words are judged (a
 * quote that is a sentence of its own is speech: `“Nobody expected it.”`); they are a term
 * when
 * - the quoted words modify the noun after them, after a determiner or possessive: `the
 *   “undercard” debate`, `the “Avatar” star` (a quoted phrase of a speaker is not written
 *   inside a noun phrase that way), or
 * - no one is in the sentence: no person or organisation named outside the quotes, no
 *   personal pronoun (`Will there be a “Haley effect” in South Carolina?`).
 * `q` is `quotes[k]`; `sentence` is its sentence; `someoneNamed(from, to)` says whether a
 * person or organisation is mentioned (outside quotes) in [from, to).
 */
export function isUncuedTerm(
  text: string,
  quotes: readonly QuoteSpan[],
  k: number,
  sentence: Span,
  someoneNamed: (from: number, to: number) => boolean,
): boolean {
  const q = quotes[k]!;
  const quoted = text.slice(q.start, q.end);
  if (quoted.replace(/[.,!?:;]+$/, '').split(/\s+/).length > MAX_TERM_WORDS) return false;
  if (modifiesNoun(text, q, quoted)) return true;
  const region = { start: Math.max(sentence.start, q.open - REACH), end: Math.min(sentence.end, q.close + REACH) };
  if (someoneNamed(region.start, region.end)) return false;
  const narration = outsideQuotes(text, region, quotes, k);
  return !PERSONAL_PRONOUN.test(narration) && cuesIn(narration, 0, narration.length, 1).length === 0;
}

/** `the “law and order” issue`: a determiner before, a noun right after the closing mark. */
function modifiesNoun(text: string, q: QuoteSpan, quoted: string): boolean {
  if (/[.,!?:;]$/.test(quoted)) return false;
  const next = /^ ([a-z][\w’'\-]*)/.exec(text.slice(q.close, q.close + 40));
  if (!next || FUNCTION_WORD.test(next[1]!)) return false;
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, q.open - 20), q.open));
}

// A byline after the quote: `“Met accused of whitewashing” by Post's Jane Doe` (a headline in
// a roundup of links, with its outlet and author), not someone's words.
const BYLINE_AFTER = /^,?\s*by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+)*\p{Lu}[\p{L}.]*[’']s?\s+\p{Lu}/u;
// A year in parentheses after the quote dates a work or a poster: `“No to Schengen” (2005)`.
const YEAR_AFTER = /^,?\s*\([^()]{0,60}\b(?:1[89]|20)\d\d\)/;

/**
 * Quoted text that is no one's words whatever its frame: a headline followed by its byline;
 * a work or poster followed by its year; markup residue (`<tweet/>`, or `>I love ...` after a
 * mark inside a tag); a one-word label ending in a colon (`“Related:”`).
 */
export function isTitleOrResidue(quoted: string, after: string): boolean {
  return BYLINE_AFTER.test(after) || YEAR_AFTER.test(after) || /^[<>]/.test(quoted) || /^[^\s:]+:$/.test(quoted);
}

// A verb right after the closing mark, with the quoted word as its subject.
const VERB_AFTER = /^\s+(?:\([^()]{1,40}\)\s+)?(?:is|was|are|were|has|had|have|will|would|can|could|may|might|remains|means|refers|became|becomes|isn’t|wasn’t|isn't|wasn't)\b/;

/**
 * A quoted word or two that opens its sentence as the subject of the next verb is a term being
 * talked about, not speech: `“Containment” has been U.S. policy`, `“Top secret” is the highest
 * level`. For quotes with no cue of their own; a sentence that is a quote ends in punctuation.
 */
export function isSubjectTerm(quoted: string, after: string): boolean {
  return quoted.split(/\s+/).length <= 2 && !/[.,!?:;…]$/.test(quoted) && VERB_AFTER.test(after);
}

// Words that introduce what was chanted or shouted, and a colon, which presents the quoted
// words themselves: a Title Case quote after them is someone's words, not a title ("chanting
// “Dump Trump”", "chants of “Feel the Bern”", "had one message: “Dump Trump.”").
const SPOKEN_BEFORE = /(?:\b(?:chant(?:s|ed|ing)?(?: of)?|(?:calls|cries|shouts) of|shout(?:s|ed|ing)|yell(?:s|ed|ing)|interject(?:s|ed|ing))|:)\s*$/i;

/** Whether the words before a quote say that it was chanted or shouted, or a colon introduces it. */
export function isSpokenAfter(before: string): boolean {
  return SPOKEN_BEFORE.test(before);
}

// "their chants of “Ted! Ted!”", "Smith’s calls of “...”": the possessor chanted.
const CHANTS_OF = /(?:\b(his|her|their)|((?:\p{Lu}[\p{L}.\-]*\s+)*\p{Lu}[\p{L}.\-]*)[’']s?)\s+((?:chants?|calls|cries|shouts) of)\s*$/u;

/** The frame of a quote after "their chants of" (the possessor speaks), over [from, to). */
export function chantFrame(text: string, from: number, to: number): Frame | null {
  const m = CHANTS_OF.exec(text.slice(Math.max(from, to - 120), to));
  if (!m) return null;
  const base = Math.max(from, to - 120) + m.index;
  const who = m[1] ?? m[2]!;
  const mention: Mention = { start: base, end: base + who.length, text: who, kind: m[1] ? 'PRONOUN' : 'NAME' };
  return { cue: m[3]!, cueStart: base + m[0].indexOf(m[3]!), mention };
}

/**
 * A nickname inside a name is no one's words: `George “Jay” Keyworth`, `Gov. C.L. “Butch”
 * Otter` (one capitalised word between a given name and a surname).
 */
export function isNickname(before: string, quoted: string, after: string): boolean {
  return /^\p{Lu}[\p{Ll}’'\-]+$/u.test(quoted) && /(?:^|[^\p{L}])\p{Lu}[\p{L}.]*\s$/u.test(before) && /^\s\p{Lu}[\p{L}’'\-]+(?!\s+\p{Lu})/u.test(after);
}
