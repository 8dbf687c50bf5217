// What a pronoun or description source is, as the features of the referent model need it:
// its class ("he", "the newspaper" is a definite description), its head noun ("a spokeswoman
// for Trump hotels" -> "spokeswoman"), what kind of thing that head names (a newspaper, a
// company, a government body, a person, a document, people in general), its gender and number.
// Pure text work on the mention alone.
import { FEMALE_HEAD, HEAD_CLASSES, MALE_HEAD, PLURAL_WORD, type HeadClass } from '../../lexicon/description-heads.js';
import type { Mention } from '../mentions.js';

/**
 * The source's class, which most features are conjoined with:
 * - `he`, `she`, `they`, `it`, `we`, `i`, `you`, `who` (a relative pronoun: who, which, that);
 *   other pronouns are `pron`;
 * - `def` "the senator", "this group"; `indef` "a spokeswoman", "one official", "another source";
 *   `pposs` "his spokesman", "their lawyers"; `poss` "Powell's office"; `quant` "most",
 *   "some of them", "21 percent", "two aides"; `bare` "officials", "Trump supporters".
 */
export type SourceClass = 'he' | 'she' | 'they' | 'it' | 'we' | 'i' | 'you' | 'who' | 'pron' | 'def' | 'indef' | 'pposs' | 'poss' | 'quant' | 'bare';

/** What a description's head noun names: see HEAD_CLASSES. `none` for pronouns and unknown heads. */
export type { HeadClass } from '../../lexicon/description-heads.js';

export type Gender = 'M' | 'F' | null;

export interface Source {
  mention: Mention;
  cls: SourceClass;
  /** The head noun, lower case ("spokeswoman"); the pronoun itself for a pronoun. */
  head: string;
  headClass: HeadClass;
  gender: Gender;
  plural: boolean;
  /** Where the head noun ends: a name after it ("spokesman Jason Miller") is in apposition. */
  headEnd: number;
  /** Where a possessor ends ("Powell’s" in "Powell’s office"), else -1. */
  possessorEnd: number;
  /** The words between the determiner and the head, lower case ("the Florida senator" -> florida). */
  modifiers: string[];
}

const PRONOUN_CLASS: Record<string, SourceClass> = { he: 'he', she: 'she', they: 'they', it: 'it', we: 'we', i: 'i', you: 'you', who: 'who', which: 'who', that: 'who' };

const DEFINITE = /^(?:the|this|that|these|those)$/;
const INDEFINITE = /^(?:a|an|one|another)$/;
const PRONOUN_POSSESSOR = /^(?:his|her|their|its|our|my|your)$/;
const QUANTIFIER = /^(?:some|many|most|several|few|both|all|others|half|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d.,%]*|about|roughly|nearly|almost|only|just|more|fewer|less|over|under)$/;

// A post-modifier or a set-off part ends the head's phrase: "a spokeswoman for Trump hotels, ...".
const HEAD_END = /^(?:for|of|at|to|with|from|in|on|close|familiar|who|which|that|whose|speaking|talking|writing|said|says|told|,|—|–|-|\(|;|:)$/;

const NOT_PLURAL = /(?:ss|us|is|ics|news|times|series|species)$/;

/** The class of a head noun ("newspaper" -> media), `none` when the lists do not know it. */
export function headClassOf(head: string): HeadClass {
  // A few heads are in two lists ("board": a newspaper's board or a body; "group"): the first wins.
  for (const [cls, words] of HEAD_CLASSES) if (words.test(head)) return cls;
  return 'none';
}

/** Whether a head noun is plural ("officials", "people"); "the news", "Times" are not. */
export function isPluralHead(head: string): boolean {
  return PLURAL_WORD.test(head) || (/^\p{Ll}[\p{Ll}\-]*s$/u.test(head) && !NOT_PLURAL.test(head));
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.\-]*|[,—–;:(]/gu;

/**
 * Reads a source mention: "he" -> class he, head "he", gender M; "a spokeswoman for Trump
 * hotels" -> class indef, head "spokeswoman", person, F; "the newspaper" -> def, media;
 * "Powell’s office" -> poss, head "office", body.
 */
export function readSource(m: Mention): Source {
  const words: { w: string; end: number }[] = [];
  for (const x of m.text.matchAll(WORD)) words.push({ w: x[0], end: m.start + x.index + x[0].length });
  const first = (words[0]?.w ?? '').toLowerCase();
  if (m.kind === 'PRONOUN') {
    const word = first.replace(/[’'].*$/, '');
    const cls = PRONOUN_CLASS[word] ?? 'pron';
    const gender: Gender = cls === 'he' ? 'M' : cls === 'she' ? 'F' : null;
    return { mention: m, cls, head: word, headClass: 'none', gender, plural: cls === 'they' || cls === 'we', headEnd: m.end, possessorEnd: -1, modifiers: [] };
  }
  // The head: the last word before a post-modifier or a set-off part.
  let h = 0;
  for (let i = 1; i < words.length; i++) {
    if (HEAD_END.test(words[i]!.w.toLowerCase())) break;
    h = i;
  }
  const head = (words[h]?.w ?? '').toLowerCase().replace(/[’']s?$/, '').replace(/\.$/, '');
  const possessor = words.findIndex((x, i) => i < h && /[’'](?:s)?$/.test(x.w) && /^\p{Lu}/u.test(x.w));
  let cls: SourceClass;
  if (DEFINITE.test(first)) cls = 'def';
  else if (INDEFINITE.test(first)) cls = 'indef';
  else if (PRONOUN_POSSESSOR.test(first)) cls = 'pposs';
  else if (possessor >= 0) cls = 'poss';
  else if (QUANTIFIER.test(first) || /%/.test(m.text)) cls = 'quant';
  else cls = 'bare';
  const gender: Gender = FEMALE_HEAD.test(head) ? 'F' : MALE_HEAD.test(head) ? 'M' : null;
  const modifiers = words
    .slice(cls === 'bare' ? 0 : 1, h)
    .map((x) => x.w.toLowerCase().replace(/[’']s?$/, ''))
    .filter((w) => /^\p{L}/u.test(w) && !DEFINITE.test(w) && !QUANTIFIER.test(w));
  return {
    mention: m,
    cls,
    head,
    headClass: headClassOf(head),
    gender,
    plural: isPluralHead(head),
    headEnd: words[h]?.end ?? m.end,
    possessorEnd: possessor >= 0 ? words[possessor]!.end : -1,
    modifiers,
  };
}

/** Pronoun classes, as opposed to descriptions. */
export const isPronounClass = (c: SourceClass): boolean => c === 'he' || c === 'she' || c === 'they' || c === 'it' || c === 'we' || c === 'i' || c === 'you' || c === 'who' || c === 'pron';
