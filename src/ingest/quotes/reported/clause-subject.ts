// The subject of the clause a reported-speech cue stands in, for cues whose own subject is
// not written at them: a participle or infinitive hung on a clause ("Rubio hit back, saying
// ...", "Obama visited the court to view ..."; nonFiniteSubject), and a cue with nothing read
// at it ("The AP has surveyed these delegates ... and noted"; clauseSpeaker).
import { mention, subjectAfter, subjectBefore, type Mention } from '../mentions.js';
import { clauseSubject } from '../subjects.js';
import { alternation, MONTH_NAMES, WEEKDAYS } from '../../lexicon/index.js';
import { FRAME_VERBS, NOT_PARTICIPLES, OBJECT_CONTROL_VERBS } from '../../lexicon/reporting-verbs.js';
import type { ReportedSpeech } from './index.js';
import { nameShaped } from './written-source.js';

// A cue that is a participle or an infinitive has no subject of its own: "Rubio hit back,
// saying ...", "Mr. Coleman had endorsed Graham before backing ...", "By refusing to admit
// any fault, Trump appeared", "Obama visited the court on Friday to view ...". Its speaker is
// the subject of the clause it hangs on, not the object written right before it ("the
// court"), which the rules and the tagger both read.
const PARTICIPLE = /^\p{Ll}{2,}ing$/u;
// -ing words that are no participles: nouns, and prepositions ("..., according to X").
const NOT_PARTICIPLE = new RegExp(`^(?:${alternation(NOT_PARTICIPLES)})$`);
// What may stand between the clause and a participle hung on it: a comma or a dash, a
// preposition ("by saying", "before backing"), an adverb ("quickly reminding").
const ADVERB = String.raw`(?:also|again|then|instead|even|still|not|never|always|often|just|only|\p{Ll}{3,}ly)`;
const LEAD_PREPOSITION = '(?:by|after|before|while|when|since|without|despite|besides|in|upon|through|for)';
const SET_OFF = new RegExp(String.raw`(?:[,;]|\s[—–-]|\s--)\s*(?:(?:and|while|${ADVERB})\s+)*$`, 'u');
const CUE_LEAD = new RegExp(String.raw`^(?:${LEAD_PREPOSITION}\s+)?(?:${ADVERB}\s+)*`, 'iu');
const PREPOSITION = new RegExp(String.raw`(?:^|\s)${LEAD_PREPOSITION}\s+(?:${ADVERB}\s+)*$`, 'u');
// A participle or preposition phrase that opens the sentence ("Noting that ..., Schlafly put").
const OPENING = new RegExp(String.raw`^\s*(?:(?:But|And|Yet|So|Still|Even)\s+)?(?:${LEAD_PREPOSITION}\s+)?(?:${ADVERB}\s+)*$`, 'iu');
// Where a later clause with a subject of its own starts: "..., but Wallace brought him back, asking".
const CLAUSE_JOIN = /(?:[,;]\s+(?:and|but|while|whereas|yet|so|because|although|though|as|when|after|before|since|if)|;(?:\s+(?:and|but))?)\s+/gu;
// "The decisive victory led Priebus to declare", "leaving the party to wonder": the
// infinitive's subject is the object of these verbs, written right before it.
const OBJECT_CONTROL = new RegExp(String.raw`\b(?:${OBJECT_CONTROL_VERBS})\b(?:\s+[^\s,;:.]+){1,7}\s*$`, 'iu');
// A reporting verb set off right before the participle: "..., a Chinese official said, adding".
const FRAME_BEFORE = /(?:^|[,;:”"]\s*)([^,;:“”"]{1,100}?)\s*,\s*(?:(?:and|also|again|then|even|not|\p{Ll}{3,}ly)\s+)*$/u;
// The verbs of such a frame ("claims" or "notes" at the end of a clause may be nouns).
const FRAME_VERB = new RegExp(`^(?:${alternation(FRAME_VERBS)})$`);
const FRAME_VERB_AT_END = new RegExp(String.raw`(?<=\s)(?:${alternation(FRAME_VERBS)}|(?:told|tells)(?:\s+\S+){1,3})$`, 'u');
// An open relative clause: "Paul Ryan, who just a week ago surprised Trump by declaring".
const OPEN_RELATIVE = /,\s+(?:who|which)(?=\s[^,;:]*$)/gu;
// Words that close a subject without belonging to it: "Sanders himself", "Cruz both", "The nurse later".
const TRAILING = new RegExp(String.raw`(?:\s+(?:himself|herself|itself|themselves|both|all|each|alone|too|also|later|then|now|again|\p{Ll}{3,}ly|(?:on|last|this)\s+(?:${WEEKDAYS.join('|')})))+$`, 'u');

// A time or a lone number word is no subject: "Wednesday added one more twist, naming ...",
// "Two objectors, ..., had challenged" (read as "Two" with the verb "objectors").
const LONE_WORD = new RegExp(String.raw`^(?:${[...WEEKDAYS, ...MONTH_NAMES, 'Today', 'Yesterday', 'Tonight', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'].join('|')})$`);

const SENTENCE_LEAD = /^\s*(?:[—–-]+\s*|(?:[\p{Lu}\d][\p{L}\d.]*\s+){1,3}\((?:AFP|AP|Reuters|UPI|CNN)\)\s*[—–-]+\s*)/u;

// Where a subject read off a clause stops being a name or a description: "Hillary Clinton on
// Friday only further (muddled)", "Sen. Bernie Sanders on Wednesday morning (also called upon)",
// "A petition calling on him to be (banned)".
const NAME_THEN_ADJUNCT = /^(?:\p{Lu}[\p{L}\p{M}.’'\-]*\s+(?:(?:of|and|de|van|von|the)\s+)?)*\p{Lu}[\p{L}\p{M}.’'\-]*(?=\s+(?:on|in|at|this|last|only|also|then|now|still|just|even|again|once|who|which|\p{Ll}{3,}ly)\b)/u;
const DESCRIPTION_THEN_CLAUSE = /^(?:the|a|an|one|another|his|her|their|its)\s+(?:[\p{L}\p{N}\-’']+\s+){0,4}?[\p{L}\p{N}\-’']+(?=\s+(?:\p{Ll}+ing|who|which|that)\b)/iu;

// A clause "subject" that took in a clause of its own, or a headline: "Allies say that he",
// "It's easy to criticize the length of American", "Mr. Pence's ability to navigate a",
// "DNC CHAIR DEBBIE WASSERMAN SCHULTZ RESIGNS After".
const NOT_A_PHRASE = /\sthat(?:\s|$)|\sto\s+\p{Ll}|^(?:It|Here|There|That|This|What)[’']s\s|(?:\b\p{Lu}{2,}\b\s+){3}|^(?:\S+\s+){10}/u;

// A name set off by commas right after a description: ", Bill,", ", Lawrence Joyce and William Graham,".
const SET_OFF_NAME = /^\s*,\s+((?:\p{Lu}[\p{L}\p{M}.’'\-]*\s+(?:(?:and|de|van|von)\s+)?)*\p{Lu}[\p{L}\p{M}.’'\-]*)\s*,/u;

/** A clause subject as a mention, without what trails it (reflexives, adverbs, times: "Sanders himself" -> "Sanders"). */
function trimmed(m: Mention | null): Mention | null {
  if (!m || m.kind === 'PRONOUN') return m;
  const t = TRAILING.exec(m.text);
  let text = t ? m.text.slice(0, t.index) : m.text;
  text = (NAME_THEN_ADJUNCT.exec(text) ?? DESCRIPTION_THEN_CLAUSE.exec(text))?.[0] ?? text;
  if (text === m.text) return m;
  return { start: m.start, end: m.start + text.length, text, kind: nameShaped(text) ? 'NAME' : m.kind };
}

// How far before a cue its clause is read: a sentence of thousands of cues (a 200k-character
// paragraph with no full stop) made each cue's look-back cost the whole sentence.
const REACH = 400;

/** Where the look-back from a cue starts: its sentence's start, or REACH before the cue at a word boundary. */
function windowStart(text: string, r: ReportedSpeech): number {
  if (r.cue.start - r.sentence.start <= REACH) return r.sentence.start;
  let at = r.cue.start - REACH;
  while (at < r.cue.start && !/\s/.test(text[at - 1]!)) at++;
  return at;
}

/**
 * The subject of the clause that holds the cue, read from the clause's start: after the last
 * conjunction that opens a clause of its own (", but Wallace brought him back, asking"), an
 * open relative pronoun ("Paul Ryan, who ... surprised Trump by declaring"), else the sentence's.
 */
function clauseSubjectBefore(text: string, r: ReportedSpeech): Mention | null {
  const lo = windowStart(text, r);
  const before = text.slice(lo, r.cue.start);
  let from = r.sentence.start;
  for (const m of before.matchAll(CLAUSE_JOIN)) from = lo + m.index + m[0].length;
  // "House Speaker Paul Ryan, who just a week ago surprised Trump by declaring": the relative pronoun.
  let relative = -1;
  const open = Math.max(from, lo);
  for (const m of text.slice(open, r.cue.start).matchAll(OPEN_RELATIVE)) relative = open + m.index + m[0].length;
  if (relative >= 0) {
    const m = subjectBefore(text, r.sentence.start, relative);
    if (m) return m;
  }
  // "— Gov. Mike Pence on Thursday blamed", "Philadelphia (AFP) – US President Barack Obama will": past a dash or a dateline.
  const start = r.sentence.start + (lo === r.sentence.start ? SENTENCE_LEAD.exec(before)?.[0].length ?? 0 : 0);
  // "Salceda, citing data from the U.S. State Department, said": the clause goes on past the cue.
  const subject = (from > start ? clauseSubject(text, from, r.cue.start) : null) ?? clauseSubject(text, start, r.cue.start) ?? clauseSubject(text, start, r.sentence.end);
  // "Wednesday added one more unusual development ..., naming": a time is no speaker.
  if (!subject || LONE_WORD.test(subject.mention.text)) return null;
  const m = trimmed(subject.mention)!;
  // A "subject" that runs up to the cue, as read, took the verbs before it ("Carter lent his
  // ear to ... and appointed"); one that ends in time words is cut before them ("Hillary
  // Clinton on Friday only further muddled").
  if (m.end === subject.mention.end && m.end <= r.cue.start && text.slice(m.end, r.cue.start).trim() === '') return null;
  // Not the cue itself ("Says Clinton would stack ...": a headline with no subject).
  if (m.start < r.cue.end && m.end > r.cue.start) return null;
  if (NOT_A_PHRASE.test(m.text)) return null;
  // "Clinton's husband, Bill, effectively hurled ...": the name set off after a description.
  const named = m.kind === 'NOMINAL' ? SET_OFF_NAME.exec(text.slice(m.end, Math.min(r.cue.start, m.end + 80))) : null;
  return named ? mention(text, m.end + named.index + named[0].indexOf(named[1]!), m.end + named.index + named[0].indexOf(named[1]!) + named[1]!.length, 'NAME') : m;
}

/** The subject a participle or infinitive cue shares, when the cue is one and its clause has one. */
export function nonFiniteSubject(text: string, r: ReportedSpeech): Mention | null {
  if (r.content.start < r.cue.end) return null;
  // A preposition or an adverb the tagger took into the cue ("without specifically naming",
  // "still calling out") stands before the participle as if written before the cue.
  const lead = CUE_LEAD.exec(text.slice(r.cue.start, r.cue.end))![0];
  const words = text.slice(r.cue.start + lead.length, r.cue.end).split(/\s+/);
  const first = words[0]!.toLowerCase();
  const participle = PARTICIPLE.test(first) && !NOT_PARTICIPLE.test(first);
  const infinitive = lead === '' && first === 'to' && words.length > 1 && /^\p{Ll}+$/u.test(words[1]!);
  if (!participle && !infinitive) return null;
  const lo = windowStart(text, r);
  const before = text.slice(lo, r.cue.start + lead.length);
  // "In this case, that approach seems to have backfired: By refusing to admit any fault, Trump ...".
  const colon = before.lastIndexOf(':');
  if ((lo === r.sentence.start || colon >= 0) && OPENING.test(before.slice(colon + 1))) {
    // The main clause follows the phrase: after the comma that closes the Content.
    const rest = text.slice(r.content.end, Math.min(r.sentence.end, r.content.end + REACH));
    // At most a few words between ("Listing several of Trump's ventures she added, Donald
    // Trump ...": a clause of its own, with a pronoun subject, closes the phrase).
    const comma = /^(?:\s*[^\s,;:.!?]+){0,3}?\s*,\s*/u.exec(rest);
    if (comma && /\b(?:he|she|they|it|we|I|you)\b/iu.test(comma[0])) return null;
    if (!comma) return null;
    return trimmed(clauseSubject(text, r.content.end + comma[0].length, r.sentence.end)?.mention ?? null);
  }
  if (infinitive && OBJECT_CONTROL.test(before)) return null;
  if (participle && !SET_OFF.test(before) && !PREPOSITION.test(before)) return null;
  // "..., a Chinese official said, adding that", "..., said spokesman John Kirby, referring to".
  const frame = participle ? FRAME_BEFORE.exec(before) : null;
  if (frame) {
    const at = lo + frame.index + frame[0].indexOf(frame[1]!);
    const segment = frame[1]!;
    const last = FRAME_VERB_AT_END.exec(segment);
    const head = /^(\S+)/.exec(segment)!;
    if (last && last.index > 0) {
      const m = subjectBefore(text, at, at + last.index);
      if (m) return m;
    } else if (FRAME_VERB.test(head[1]!)) {
      const m = subjectAfter(text, at + head[1]!.length, at + segment.length);
      if (m) return m;
    }
  }
  return clauseSubjectBefore(text, r);
}

/**
 * The subject of the cue's clause, for a cue whose speaker neither the rules nor the tagger
 * read at it: a coordinated verb ("The AP has surveyed these delegates several times and
 * noted ..."), a subject set apart from its verb ("Mrs. Clinton's presidential campaign,
 * which has been shadowed ... by the controversy ..., said"). Only with the Content after the cue.
 */
export function clauseSpeaker(text: string, r: ReportedSpeech): Mention | null {
  return r.content.start >= r.cue.end ? clauseSubjectBefore(text, r) : null;
}
