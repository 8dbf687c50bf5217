// The subject of the clause that holds a quote: "Bush referred to Rubio as “a bright,
// charismatic leader”" is Bush's quote although "referred" is no reporting verb. News copy
// (and the PolNeAR annotators) attribute a quote embedded in a clause to that clause's
// subject; participle cues ("..., adding “...”") take it too. No parser: the subject is the
// noun phrase at the clause start, up to the first word that reads as a finite verb.
import { lookupForm } from '../gazetteer/index.js';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/index.js';
import type { Mention, MentionKind } from './mentions.js';

/** A clause subject and the verb right after it (reported as the cue of a fallback frame). */
export interface ClauseSubject {
  mention: Mention;
  verb: string;
}

// Sentence-initial connectives that are no part of the subject.
const CONNECTIVE = /^(?:(?:But|And|So|Yet|Still|Meanwhile|However|Instead|Also|Now|Then|Later|Earlier|Indeed|Moreover|Similarly|Again|Thus|Even so|In fact|Of course|In turn|In response(?=,)|then|also|now),?\s+)+/u;
// A dateline left at the start of the text: "WASHINGTON, Dec. 8 (UPI) — ", "RYE, N.H. - ".
const DATELINE = /^\p{Lu}{2,}(?:[ .'\-]+\p{Lu}{2,})*\.?(?:,\s+[^—–\n]{1,40}?)?\s+(?:[—–]|--?)\s+/u;
// A short time phrase with no comma before the subject: "In 2011 she spoke out for “...”",
// "On Monday Trump called it “...”".
const TIME_OPENING = new RegExp(
  String.raw`^(?:In|On|By|Since|Until|Last|This|Early|Late)\s+(?:(?:early|late|mid-)\s*)?(?:\d{4}|(?:${WEEKDAYS.join('|')}|${MONTH_NAMES.join('|')}|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)(?:\s+\d{1,2})?|week|month|year|night|morning|evening)\s+(?=(?:(?:he|she|they)\b|\p{Lu}[\p{L}.’'\-]*\s+\p{Ll}))`,
  'u',
);
// Words that open an introductory phrase or clause ("In Iowa, ...", "When asked, ...").
const SUBORDINATOR = /^(?:when|while|as|after|before|although|though|since|because|if|once|until|unless|whereas)$/i;
const INTRO = /^(?:In|On|At|During|After|Before|When|While|As|Although|Though|Since|Because|If|Once|Until|Unless|Asked|Speaking|Addressing|Given|Despite|With|Without|For|From|Under|Over|Following|Amid|Throughout|By|Through|Like|Unlike|Hours|Days|Minutes|Weeks|Months|Years|Last|This|Next|Earlier|Later|Back|Whereas|To|Of|Among|Along|Across|Inside|Outside|Near|Upon|Within|Against|According|Responding|Referring|Writing|Appearing|Campaigning|Pressed|Reached|Interviewed|Here|Immediately|Shortly|Soon|Elsewhere|Separately|Additionally|Afterward|Afterwards|Previously|Recently|Ultimately|Finally|Initially|Today|Yesterday|Tonight|Overnight|Early|Late)$/;
// Finite verbs that end the subject noun phrase.
const AUXILIARY = /^(?:is|was|are|were|has|have|had|will|would|can|could|may|might|should|must|shall|does|did|do|isn’t|wasn’t|hasn’t|didn’t|doesn’t|won’t|wouldn’t|can’t|isn't|wasn't|hasn't|didn't|doesn't|won't|wouldn't|can't)$/;
const IRREGULAR = /^(?:said|says|told|tells|made|makes|shot|sang|took|takes|gave|gives|put|puts|went|goes|came|comes|saw|sees|got|gets|held|holds|wrote|writes|spoke|speaks|thought|thinks|felt|feels|knew|knows|left|brought|began|begins|sought|seeks|kept|keeps|set|sets|stood|stands|hit|hits|read|reads|found|finds|ran|runs|led|leads|let|lets|sent|sends|meant|means|became|becomes|struck|drew|draws|fought|threw|won|lost|laid|paid|pays|sat|chose|rose|bought|shook|swore|vowed|cited|cites)$/;
const NON_SUBJECT_START = /^(?:It|There|This|That|These|Those|What|Who|Which|Here|You|I|We|Some|Many|Most|All|Few|Such|Each|Every|Why|How|Where|Yes|No|Not|Nor|Or|Neither|Either)$/;
const PRONOUN_SUBJECT = /^(?:He|She|They)$/;
const CONTRACTED_PRONOUN = /^([Hh]e|[Ss]he|[Tt]hey)[’'](s|re|ve|d|ll)$/;
const DETERMINER = /^(?:The|the|A|a|An|an|His|his|Her|her|Their|their|Its|its|One|one|Another|another)$/;
// Lower-case words that may stand inside a subject noun phrase before its verb.
const LOWER_NP_WORD = /^(?:former|presidential|vice|candidate|nominee|spokesman|spokeswoman|spokesperson|senator|governor|congressman|congresswoman|president|chairman|chairwoman|leader|rival|front-runner|frontrunner|hopeful|secretary|minister|mayor|director|adviser|advisor|aide|strategist|pollster|commentator|host|anchor|founder|chief|executive|campaign|party|group|committee|senior|top|longtime|new|state|general|attorney|rep\.|sen\.|gov\.|of|de|van|von|al|and)$/;
// A short sentence-initial adverbial that ends with a comma: "Eight years ago, he ...",
// "Typically, she ...". Time words or an -ly adverb only: "Sanders, ..." is an apposition.
const ADVERBIAL = /^(?:(?:[\p{L}\d’'\-]+\s+){0,4}(?:ago|earlier|later|afterward|afterwards|before)|\p{Lu}\p{Ll}+ly|First|Second|Third|Fourth|Fifth|Lastly)$/u;
// Lower-case words that may open a subject ending in a name ("former Gov. Mike Huckabee").
const LOWER_TITLE_OPENER = /^(?:former|longtime|then-\p{Ll}+|ex-\p{Ll}+|conservative|liberal|progressive|veteran|party|state|top|senior)$/u;
// Time words and adverbs between an apposition's closing comma and the verb.
const BEFORE_VERB = /^(?:(?:also|later|then|now|again|once|recently|previously|earlier|still|(?:on|last|this|early|late)\s+(?:\p{Lu}\p{L}*\.?(?:\s+\d{1,2})?|week|month|year|night|morning|evening)|\p{Ll}{3,}ly)\s+)+/u;
// An adverb between a subject and its verb: "Fiorina routinely characterizes", "Trump then appears".
const ADVERB = /^(?:\p{Ll}{3,}ly|then|also|later|now|again|once|still|never|always|often|just|already|even|first)$/u;
const FINITE_NEXT = /^\s+(?:\p{Ll}+(?:s|ed)|said|told|wrote|says|is|was|has|had|will|would)\b/u;
// Participles that present what someone said or wrote.
const CUE_PARTICIPLE = /^(?:citing|calling|quoting|describing|noting|saying|adding|arguing|warning|insisting|claiming|writing|declaring|echoing|invoking|repeating|using)$/;
const MAX_SUBJECT_WORDS = 9;
// How far a comma is looked for after an introductory phrase or an apposition: searching to
// the end of the text per quote made a paragraph of many quotes quadratic.
const COMMA_REACH = 300;

/** The first comma in [from, min(to, from + COMMA_REACH)), or -1. */
function commaWithin(text: string, from: number, to: number): number {
  const limit = Math.min(to, from + COMMA_REACH);
  for (let i = from; i < limit; i++) if (text[i] === ',') return i;
  return -1;
}

const word = /[^\s]+/gu;
// A name as written, set off by commas: "Mike Rubino", "Gen. John Allen".
const WHOLE_NAME = /^\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){1,4}$/u;

function isVerbish(w: string, prev: string | undefined): boolean {
  if (!/^\p{Ll}/u.test(w)) return false;
  const bare = w.replace(/[,.;:!?]+$/, '');
  if (AUXILIARY.test(bare) || IRREGULAR.test(bare)) return true;
  if (/^\p{Ll}[\p{Ll}\-]*ed$/u.test(bare) && !LOWER_NP_WORD.test(bare)) return true;
  // "Frank cites", "King says": a present-tense verb after a name (not after "The", nor
  // after a possessive: "Cruz’s lawyers").
  if (/^\p{Ll}+s$/u.test(bare) && !/ss$/.test(bare) && prev !== undefined && /^\p{Lu}/u.test(prev) && !/[’']s?$/.test(prev) && !DETERMINER.test(prev) && !LOWER_NP_WORD.test(bare)) return true;
  return false;
}

/** Offset right after the introductory phrases of a clause that starts at `from`, or -1 when the quote sits inside one. */
function skipIntros(text: string, from: number, to: number): { at: number; inside: boolean } {
  let at = from;
  for (let guard = 0; guard < 3; guard++) {
    const rest = text.slice(at, Math.min(to, at + COMMA_REACH));
    const connective = CONNECTIVE.exec(rest) ?? (at === from ? DATELINE.exec(rest) : null) ?? TIME_OPENING.exec(rest);
    if (connective) {
      at += connective[0].length;
      continue;
    }
    const first = /^\S+/.exec(rest)?.[0].replace(/,$/, '') ?? '';
    // After an introductory phrase, a relative clause about its last noun ("Speaking in New
    // Hampshire, which holds the next primary, Bush said") is part of the introduction.
    const relative = at > from && /^(?:which|who|whose|where)$/.test(first);
    // "Horrified at the prospect, Ramos believes": a past participle with its preposition
    // (a name may end in -ed: "Reed thinks").
    const pastParticiple = /^\p{Lu}\p{Ll}+ed\s+(?:at|by|with|about|over|from|for|to|in|on)\s/u.test(rest);
    // A second introduction may follow the first in lower case ("On Thursday, after
    // remaining neutral ..., Warren appeared").
    // "Even before Sanders took the stage, his campaign sent": "even" before a subordinator.
    const even = first === 'Even' && /^Even\s+(?:before|after|as|though|if|when|while|since|so)\b/.test(rest);
    const intro = even || INTRO.test(first) || (at > from && INTRO.test(first.charAt(0).toUpperCase() + first.slice(1)) && /^\p{Ll}/u.test(first));
    // "Speaking in Iowa, ...": a participle opening, not a name in -ing ("Schilling describes").
    const participle = /^\p{Lu}\p{Ll}+ing$/u.test(first) && !FINITE_NEXT.test(rest.slice(first.length));
    if (!intro && !participle && !pastParticiple && !relative && !ADVERBIAL.test(rest.slice(0, Math.max(0, rest.indexOf(','))))) break;
    const comma = commaWithin(text, at, to);
    if (comma < 0) return { at, inside: true };
    at = comma + 1;
    while (at < to && /\s/.test(text[at]!)) at++;
    // "Speaking in Salem, New Hampshire, Trump went": the state after a place in the introduction.
    const place = /^((?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*),\s+/u.exec(text.slice(at, Math.min(to, at + 40)));
    if (place && /\s\p{Lu}[\p{L}.\-]*$/u.test(text.slice(Math.max(from, comma - 40), comma)) && lookupForm(place[1]!)?.type === 'LOCATION') at += place[0].length;
  }
  return { at, inside: false };
}

/**
 * The subject of the clause that starts at `sentenceStart` and holds the offset `at`
 * (a quote's opening mark or a participle cue), with the finite verb after it.
 */
export function clauseSubject(text: string, sentenceStart: number, at: number): ClauseSubject | null {
  // A region may start right after a closing mark (` However, he ...`).
  while (sentenceStart < at && /\s/.test(text[sentenceStart]!)) sentenceStart++;
  let { at: start, inside } = skipIntros(text, sentenceStart, at);
  if (inside) {
    // "But as Trump denounced ... “...”": the subject follows the subordinator.
    const first = /^\S+/.exec(text.slice(start, Math.min(at, start + COMMA_REACH)))?.[0] ?? '';
    if (!SUBORDINATOR.test(first)) return null;
    start += first.length;
    while (start < at && /\s/.test(text[start]!)) start++;
  }
  // The subject is in the first few words: a bounded region keeps a long clause (or one
  // long token) from being rescanned for every quote it holds.
  const region = text.slice(start, Math.min(at, start + COMMA_REACH));
  const words: { w: string; s: number }[] = [];
  word.lastIndex = 0;
  for (let m = word.exec(region); m && words.length < MAX_SUBJECT_WORDS + 2; m = word.exec(region)) words.push({ w: m[0], s: start + m.index });
  const head = (words[0]?.w ?? '').replace(/[,]$/, '');
  // "They’re less hostile ... and agree that": a contracted auxiliary is no part of the
  // pronoun, and it may be the verb itself ("he’s predicting": the cue after it).
  const contracted = CONTRACTED_PRONOUN.exec(head);
  if (words.length < (contracted ? 1 : 2)) return null;
  if (NON_SUBJECT_START.test(head)) return null;
  if (PRONOUN_SUBJECT.test(head) || /^(?:he|she|they)$/.test(head) || contracted) {
    // "he just interrupts": the verb after an adverb.
    const verb = (words[1] && ADVERB.test(words[1].w) && words[2] ? words[2].w : words[1]?.w) ?? contracted![2]!;
    if (!/^\p{Ll}/u.test(verb)) return null;
    return { mention: mentionOf(text, words[0]!.s, words[0]!.s + (contracted ? contracted[1]!.length : head.length), 'PRONOUN'), verb: verb.replace(/[,.;:]+$/, '') };
  }
  // "former Arkansas Gov. Mike Huckabee agreed": a lower-case title word may open a subject
  // that ends in a name (checked when the verb is found).
  const titled = LOWER_TITLE_OPENER.test(head);
  if (!/^\p{Lu}/u.test(head) && !DETERMINER.test(head) && !titled) return null;
  let end = -1;
  let lastCap = false;
  for (let i = 0; i < words.length; i++) {
    const { w, s } = words[i]!;
    // "The ad targets a “...”": a present-tense verb right after a determiner and one noun.
    const afterDetNoun = i === 2 && DETERMINER.test(words[0]!.w) && /^\p{Ll}[\p{Ll}\-]*$/u.test(words[1]!.w) && /^\p{Ll}+s$/u.test(w) && !/(?:ss|us|is)$/.test(w);
    // "The Sanders campaign projects that “": a present-tense form after a noun of the phrase,
    // right before "that" or the quote ("the real challenges that ..." is no verb after "real").
    const beforeThat = i > 1 && LOWER_NP_WORD.test(words[i - 1]!.w) && /^\p{Ll}+s$/u.test(w) && !/(?:ss|us|is)$/.test(w) && /^\s+(?:that\b|[“"])/u.test(text.slice(s + w.length, s + w.length + 7));
    if (i > 0 && (isVerbish(w, words[i - 1]!.w) || afterDetNoun || beforeThat)) {
      if (end < 0 || (titled && !lastCap)) return null;
      return { mention: mentionOf(text, words[0]!.s, end, lastCap ? 'NAME' : 'NOMINAL'), verb: w.replace(/[,.;:!?]+$/, '') };
    }
    // "Fiorina routinely characterizes herself": an adverb between a name and its verb.
    const next = words[i + 1]?.w;
    if (i > 0 && lastCap && end >= 0 && ADVERB.test(w) && next !== undefined && isVerbish(next, 'X')) {
      return { mention: mentionOf(text, words[0]!.s, end, 'NAME'), verb: next.replace(/[,.;:!?]+$/, '') };
    }
    if (i >= MAX_SUBJECT_WORDS) return null;
    // An apposition ("Cruz, leading narrowly in Iowa polls, questioned"): skip to its closing comma.
    if (w.endsWith(',')) {
      end = s + w.length - 1;
      lastCap = /^\p{Lu}/u.test(w);
      const close = commaWithin(text, s + w.length, at);
      // "Mr. Manafort, citing “...,” said": a participle aside holding the quote; the name speaks.
      const aside = close < 0 && /^\p{Lu}/u.test(w) ? /^\s+(\p{Ll}+ing)\s/u.exec(text.slice(s + w.length, at)) : null;
      if (aside && CUE_PARTICIPLE.test(aside[1]!)) return { mention: mentionOf(text, words[0]!.s, s + w.length - 1, 'NAME'), verb: aside[1]! };
      if (close < 0) return null;
      // "Washington, star of “Scandal,” thanked": the comma may sit inside a closing quote mark.
      const after = text.slice(close + 1, at).replace(/^[”"]/u, '').trimStart();
      // "Trump, who ..., on Friday described": time words and adverbs before the verb.
      const verb = /^\S+/.exec(after.slice(BEFORE_VERB.exec(after)?.[0].length ?? 0))?.[0] ?? '';
      if (!isVerbish(verb, 'X')) return null;
      // "Trump’s Virginia state director, Mike Rubino, reached": a description with its name
      // set off; the name is the subject.
      const setOff = text.slice(s + w.length, close);
      const nameStart = s + w.length + (setOff.length - setOff.trimStart().length);
      if (!lastCap && WHOLE_NAME.test(setOff.trim())) return { mention: mentionOf(text, nameStart, nameStart + setOff.trim().length, 'NAME'), verb: verb.replace(/[,.;:!?]+$/, '') };
      if (titled && !lastCap) return null;
      return { mention: mentionOf(text, words[0]!.s, end, lastCap ? 'NAME' : 'NOMINAL'), verb: verb.replace(/[,.;:!?]+$/, '') };
    }
    // "Gov. Pat McCrory (R) blamed": a party or state tag after the name is no word of the subject.
    if (/^\([^()\s]{1,12}\)$/.test(w) && i > 0) continue;
    const cap = /^\p{Lu}/u.test(w) || /^\p{Lu}[\p{L}.\-]*[’']s$/u.test(w);
    // A number or an age is a word of the phrase ("A group of 67 artists", "The 43-year-old
    // congressman"); not a year ("Starr in 1994 took ... an incident Trump brought up as “").
    if (!cap && !DETERMINER.test(w) && !LOWER_NP_WORD.test(w) && !/^\p{Ll}[\p{Ll}\-]+$/u.test(w) && !/^\d{1,3}(?:-[\p{Ll}\-]+)?$/u.test(w)) return null;
    if (/[.;:!?"“”]$/.test(w) && !/^(?:\p{Lu}\.|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.|Jr\.|Sr\.|St\.|U\.S\.|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)$/u.test(w) && !/^\p{Lu}\.$/u.test(w)) return null;
    end = s + w.length;
    lastCap = cap;
  }
  return null;
}

function mentionOf(text: string, start: number, end: number, kind: MentionKind): Mention {
  return { start, end, text: text.slice(start, end), kind };
}

// "Trump, who has called the pact “insanity”": a quote inside a non-restrictive relative
// clause about a name belongs to that name. The clause must run to the quote unbroken: no
// colon, no other quote and no comma that returns to the main clause ("a generous,
// magnanimous executive" stays inside; ", as" or ", and" does not). The name must not follow
// "of", "at", "in" ... ("Rubio of Florida, who": the head is not the last name).
const RELATIVE_CLAUSE = /((?:\p{Lu}[\p{L}.’'\-]*\s+)*\p{Lu}[\p{L}.’'\-]*)(?:\s*\([^()]{1,40}\))?,\s+who\s+((?:has\s+|had\s+|have\s+|once\s+|also\s+|later\s+|previously\s+|recently\s+|then\s+)*\p{Ll}+)\b(?:[^,;:“”"]|,\s(?!(?:and|but|or|as|on|in|at|for|with|after|before|when|while|last|this|then|also|later|now|yesterday|today|he|she|they|it|who|which|that|said|says)\b)(?=\p{Ll})){0,200}$/u;

/** The name a relative clause holding the quote at `at` is about, with the clause's verb. */
export function relativeSubject(text: string, sentenceStart: number, at: number): ClauseSubject | null {
  const from = Math.max(sentenceStart, at - 300);
  const m = RELATIVE_CLAUSE.exec(text.slice(from, at));
  if (!m) return null;
  if (/(?:^|\s)(?:of|for|at|from|in|the|a|an)\s+$/i.test(text.slice(from, from + m.index))) return null;
  const start = from + m.index;
  const verb = m[2]!.trim().split(/\s+/).at(-1)!;
  return { mention: mentionOf(text, start, start + m[1]!.length, 'NAME'), verb };
}

// "..., when he monitored the “road map”", "one in which he took credit for “...”": a quote
// in a subordinate clause whose subject is a pronoun or a name right after its opener. The
// clause must run to the quote unbroken (no punctuation, no other quote).
const EMBEDDED_CLAUSE = /(?:^|[\s(—–])(?:why|how|what|whether|when|whenever|after|before|because|if|since|as|while|although|though|until|once|unless|that|which|whom|where)\s+((?:he|she|they)|(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){0,3})\s+(?:(\p{Ll}{3,}ly|then|also|later|again|once|still|never|always|often|just|already|even|first)\s+)?(\p{Ll}[\p{Ll}’'\-]*)\b(?:(?!'')[^,;:.!?“”"\n])*$/du;

const COPULA = /^(?:is|was|are|were|be|been|being|seems|seemed|appears|appeared|became|becomes|remains|remained)$/;

/** The subject of the innermost subordinate clause that holds the quote at `at`. */
export function embeddedSubject(text: string, clauseFrom: number, at: number): ClauseSubject | null {
  const from = Math.max(clauseFrom, at - 300);
  const m = EMBEDDED_CLAUSE.exec(text.slice(from, at));
  if (!m?.indices) return null;
  const [s, e] = m.indices[1]!;
  const name = m[1]!;
  const verb = m[3]!;
  const pronoun = /^(?:he|she|they)$/.test(name);
  // "that she was “one of the most powerful”": a copula's subject is described, not quoted.
  if (COPULA.test(verb)) return null;
  if (!pronoun && !isVerbish(verb, name.split(/\s+/).at(-1))) return null;
  if (!pronoun && NON_SUBJECT_START.test(name.split(/\s+/)[0]!)) return null;
  return { mention: mentionOf(text, from + s, from + e, pronoun ? 'PRONOUN' : 'NAME'), verb };
}

// "But while denouncing the “perversion” of ..., she hasn't", "Citing ... their “reveries
// ...,” Will urged": a quote inside a participle phrase that opens the sentence belongs to
// the subject of the main clause after it.
const PARTICIPLE_OPENING = /^(?:(?:But|And|Yet|So)\s+)?(?:(?:[Ww]hile|[Aa]fter|[Bb]efore|[Ww]hen|[Bb]y|[Ii]n|[Ss]ince|[Ww]ithout|[Dd]espite|[Uu]pon)\s+)?\p{L}+ing\s[^,;:.!?“”"]*$/u;
const MAIN_SUBJECT = /^[”"’']*\s+(?:(?:though|however|too),\s+)?(?:(he|she|they)|((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){0,3}))\s+(?:(?:\p{Ll}{3,}ly|then|also|later|again|still|never|just|already|even|on\s+\p{Lu}\p{Ll}+)\s+)?(\p{Ll}[\p{Ll}’'\-]*)/du;

/** The main-clause subject after an opening participle phrase that holds the quote at `at`. */
export function participleOpeningSubject(text: string, sentenceStart: number, at: number): ClauseSubject | null {
  const opening = text.slice(sentenceStart, at).trimStart();
  if (!PARTICIPLE_OPENING.test(opening) || !/^\p{Lu}/u.test(opening)) return null;
  const close = /[”"]|''/.exec(text.slice(at + 1, at + 400));
  if (!close) return null;
  // The phrase's comma: right before the closing mark (`job,”`) or after it, in the same sentence.
  const from = at + close.index;
  const rest = /^[^;:.!?“\n]*?,/u.exec(text.slice(from, from + 200));
  if (!rest) return null;
  const after = from + rest[0].length;
  const m = MAIN_SUBJECT.exec(text.slice(after, after + 80));
  if (!m?.indices) return null;
  if (m[2] && (NON_SUBJECT_START.test(m[2].split(/\s+/)[0]!) || !isVerbish(m[3]!, m[2].split(/\s+/).at(-1)))) return null;
  const [s, e] = (m.indices[1] ?? m.indices[2])!;
  return { mention: mentionOf(text, after + s, after + e, m[1] ? 'PRONOUN' : 'NAME'), verb: m[3]! };
}

// "... ignored much labor history — Frank cites ..., “the union placards ...” and ... — but":
// a quote inside an aside between dashes, still open at the quote, belongs to the aside's subject.
const ASIDE_DASH = /\s(?:[—–]|--)\s/gu;

/** The subject of an aside opened by a dash before the quote at `at` and not yet closed. */
export function asideSubject(text: string, sentenceStart: number, at: number): ClauseSubject | null {
  const from = Math.max(sentenceStart, at - 300);
  const dashes = [...text.slice(from, at).matchAll(ASIDE_DASH)];
  if (dashes.length % 2 === 0) return null;
  const last = dashes.at(-1)!;
  return clauseSubject(text, from + last.index + last[0].length, at);
}
