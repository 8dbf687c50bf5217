// Who reported it, as a speaker mention to resolve. In this order:
// - a participle or infinitive cue ("Rubio hit back, saying ...", "Obama visited the court to
//   view ...") shares the subject of the clause it hangs on (nonFiniteSubject);
// - the subject rules of mentions.ts, which know appositions and titles ("The state's
//   campaign chairman, Phil Lovas, said"), read it at the cue: before it when the Content
//   follows ("Peskov said ..."), between the Content and the cue ("..., Peskov said"), else
//   after it ("..., said Peskov"). A name they read wins, unless it opens an introductory
//   phrase ("By offering Kasich ..."), only modifies the tagger's longer Source ("75 percent
//   of Democrats") or describes a name the tagger found ("Sam Jacobs, Time's Assistant
//   Managing Editor,");
// - else the tagger's Source: "Peskov" a name, "he" a pronoun, "the Kremlin spokesman" a
//   description, a name set off inside it ("Nevada's governor, Brian Sandoval, a Republican,")
//   that name;
// - else the rules' description or pronoun;
// - else (extractQuotes) the speaker of an earlier cue the cue is coordinated with, else the
//   subject of the cue's clause (clauseSpeaker).
import { mention, subjectAfter, subjectBefore, type Mention } from '../mentions.js';
import { clauseSubject } from '../subjects.js';
import { MONTH_NAMES, WEEKDAYS } from '../../lexicon/index.js';
import { lookupForm } from '../../gazetteer/index.js';
import type { Span } from '../../types.js';
import type { ReportedSpeech } from './index.js';

const PRONOUN = /^(?:he|she|they|it|we|I|you|who|which)$/i;
// Every word capitalised but joiners ("the Kremlin", "Bank of America"); "the Kremlin
// spokesman" is a description.
const NAME = /^(?:the\s+)?\p{Lu}[\p{L}\p{N}.’'&\-]*(?:\s+(?:(?:of|and|for|de|la|van|von|the)\s+)?\p{Lu}[\p{L}\p{N}.’'&\-]*)*$/u;

const isName = (written: string): boolean => NAME.test(written.replace(/^The\s+/, 'the ')) && !NOT_A_NAME.test(written);
// Capitalised words that name no one on their own.
const NOT_A_NAME = /^(?:The|A|An|He|She|They|It|We|I|You|Who|Which)$/;
// What may close a Source after the name: a party tag, a time, a floating quantifier, punctuation
// ("Sen. Bernie Sanders (I-Vt.)", "The New York Times on Tuesday,", "Hillary Clinton and Bernie Sanders both").
const SOURCE_TAIL = new RegExp(String.raw`(?:\s*\([^()]{1,40}\)|\s+(?:on|last|this)\s+(?:${WEEKDAYS.join('|')})|\s+(?:both|all|each|too|alone)|\s*[,;:.—–-]+)+$`, 'u');
// What sets the parts of a Source off: commas and dashes.
const PART_BREAK = /[,;—–]|\s--?(?=\s)/gu;

/** A place as the gazetteer knows it, its abbreviation's full stop cut off or not ("Ill", "Wisconsin"). */
const isPlace = (written: string): boolean => (lookupForm(written) ?? lookupForm(`${written}.`))?.type === 'LOCATION';

/**
 * The tagger's Source as a mention, its kind by how it is written. A Source that sets a name
 * off ("Nevada's governor, Brian Sandoval, a Republican,", "Charles Chamberlain, Democracy for
 * America’s executive director,") is that name: the first part set off by commas or dashes that
 * is one.
 */
export function writtenMention(text: string, source: Span): Mention {
  const written = text.slice(source.start, source.end);
  if (PRONOUN.test(written)) return mention(text, source.start, source.end, 'PRONOUN');
  if (isName(written)) return mention(text, source.start, source.end, 'NAME');
  const tail = SOURCE_TAIL.exec(written);
  const bare = tail && tail.index > 0 ? written.slice(0, tail.index) : written;
  if (isName(bare)) return mention(text, source.start, source.start + bare.length, 'NAME');
  let from = 0;
  for (const cut of [...bare.matchAll(PART_BREAK), { index: bare.length, 0: '' }]) {
    const part = bare.slice(from, cut.index);
    const lead = part.length - part.trimStart().length;
    const body = part.trim();
    // "The Podesta Group's CEO, Kimberley Fritts,": a possessed description names the possessor,
    // not the speaker; "a retiree in Carthage, Ill.,": a place sets off no speaker.
    if (body && body !== bare && isName(body) && !/[’']s?\s/.test(body) && !isPlace(body)) return mention(text, source.start + from + lead, source.start + from + lead + body.length, 'NAME');
    from = cut.index! + cut[0].length;
  }
  return mention(text, source.start, source.end, 'NOMINAL');
}

// A cue that is a participle or an infinitive has no subject of its own: "Rubio hit back,
// saying ...", "Mr. Coleman had endorsed Graham before backing ...", "By refusing to admit
// any fault, Trump appeared", "Obama visited the court on Friday to view ...". Its speaker is
// the subject of the clause it hangs on, not the object written right before it ("the
// court"), which the rules and the tagger both read.
const PARTICIPLE = /^\p{Ll}{2,}ing$/u;
// -ing words that are no participles: nouns, and prepositions ("..., according to X").
const NOT_PARTICIPLE = /^(?:thing|nothing|something|anything|everything|morning|evening|during|king|ring|spring|string|wing|bring|sing|sting|swing|cling|fling|sling|wring|ceiling|darling|sibling|pudding|wedding|building|meeting|briefing|hearing|ruling|funding|spending|polling|rating|setting|feeling|offering|bidding|filing|timing|training|according|regarding|concerning|including|following|excluding|notwithstanding|pending|barring)$/;
// What may stand between the clause and a participle hung on it: a comma or a dash, a
// preposition ("by saying", "before backing"), an adverb ("quickly reminding").
const ADVERB = String.raw`(?:also|again|then|instead|even|still|not|never|always|often|just|only|\p{Ll}{3,}ly)`;
const SET_OFF = new RegExp(String.raw`(?:[,;]|\s[—–-]|\s--)\s*(?:(?:and|while|${ADVERB})\s+)*$`, 'u');
const CUE_LEAD = new RegExp(String.raw`^(?:(?:by|after|before|while|when|since|without|despite|besides|in|upon|through|for)\s+)?(?:${ADVERB}\s+)*`, 'iu');
const PREPOSITION = new RegExp(String.raw`(?:^|\s)(?:by|after|before|while|when|since|without|despite|besides|in|upon|through|for)\s+(?:${ADVERB}\s+)*$`, 'u');
// A participle or preposition phrase that opens the sentence ("Noting that ..., Schlafly put").
const OPENING = new RegExp(String.raw`^\s*(?:(?:But|And|Yet|So|Still|Even)\s+)?(?:(?:By|After|Before|While|When|Since|Without|Despite|Besides|In|Upon|Through|For)\s+)?(?:${ADVERB}\s+)*$`, 'iu');
// Where a later clause with a subject of its own starts: "..., but Wallace brought him back, asking".
const CLAUSE_JOIN = /(?:[,;]\s+(?:and|but|while|whereas|yet|so|because|although|though|as|when|after|before|since|if)|;(?:\s+(?:and|but))?)\s+/gu;
// "The decisive victory led Priebus to declare", "leaving the party to wonder": the
// infinitive's subject is the object of these verbs, written right before it.
const OBJECT_CONTROL = /\b(?:led|leads?|leading|left|leaves?|leaving|caused?|causes|causing|forced?|forces|forcing|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|gave|gives?|giving|sent|sends?|sending|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|told|tells?|telling|prompt(?:s|ed|ing)?|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|want(?:s|ed|ing)?|expect(?:s|ed|ing)?|push(?:es|ed|ing)?|pressure\s+on|press(?:es|ed|ing)?|drove|drives?|driving|spur(?:s|red|ring)?|inspir(?:e|es|ed|ing)|requir(?:e|es|ed|ing)|help(?:s|ed|ing)?|get|gets|got|getting|impetus|reason)\b(?:\s+[^\s,;:.]+){1,7}\s*$/iu;
// A reporting verb set off right before the participle: "..., a Chinese official said, adding".
const FRAME_BEFORE = /(?:^|[,;:”"]\s*)([^,;:“”"]{1,100}?)\s*,\s*(?:(?:and|also|again|then|even|not|\p{Ll}{3,}ly)\s+)*$/u;
// The verbs of such a frame ("claims" or "notes" at the end of a clause may be nouns).
const FRAME_VERB = /^(?:said|says|told|tells|wrote|writes|added|adds|explained|argued|stated|declared|insisted|recalled|reported|tweeted|announced|acknowledged|replied|responded|warned|observed|remarked|conceded|predicted|contended|cautioned|continued)$/;
const FRAME_VERB_AT_END = new RegExp(String.raw`(?<=\s)(?:${FRAME_VERB.source.slice(4, -2)}|(?:told|tells)(?:\s+\S+){1,3})$`, 'u');
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
  return { start: m.start, end: m.start + text.length, text, kind: NAME.test(text.replace(/^The\s+/, 'the ')) ? 'NAME' : m.kind };
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

// Capitalised words the rules may read as a name at the start of a sentence that open an
// introductory phrase instead: "By offering Kasich the second spot, Trump would",
// "At Boca West, ..., Jay DiPietro ... suggested", "Though empathetic with their grief, Woods
// said", an adverb ("Realistically, ...", by its ending: "Schlafly" is a name), or a time ("..., Ash Carter told a Senate panel Wednesday").
const NOT_A_SUBJECT = new RegExp(String.raw`^(?:(?:At|On|In|By|For|From|With|Without|Though|Although|Despite|During|Since|Until|Under|Over|Through|Amid|Among|Besides)(?:\s|$)|\p{Lu}\p{Ll}*(?:ally|ately|ently|antly|ously|ively|ibly|ably|edly|ingly|fully|lessly|ctly|rtly|stly|arly|ainly|ily|tly|sely|rely|nely|mply)$|(?:${[...WEEKDAYS, ...MONTH_NAMES, 'Today', 'Yesterday', 'Tonight'].join('|')})$)`, 'u');

// A preposition or conjunction right before a name: the name is a post-modifier or a
// conjunct of a longer subject ("75 percent of Democrats", "People close to the Clintons",
// "Exit polls taken in South Carolina", "candidates like Donald Trump and Bernie Sanders").
const BEFORE_MODIFIER_NAME = /(?:^|\s)(?:of|in|for|by|from|like|with|at|on|to|about|among|including|between|and|or|near)\s+(?:the\s+)?$/iu;

/** Whether the tagger's Source holds the rules' name as a post-modifier of a longer subject that opens it. */
function modifiedBy(text: string, tagged: Mention, ruled: Mention): boolean {
  return tagged.start < ruled.start && tagged.end >= ruled.end && BEFORE_MODIFIER_NAME.test(text.slice(tagged.start, ruled.start));
}

/**
 * Whether the rules' "name" is a capitalised description of a name the tagger found: "Sam
 * Jacobs, Time’s Assistant Managing Editor, explained" (a possessed title), "Joh Husted, Ohio
 * Secretary of State, voiced" (an apposition to it), "The chairman of the Joint Chiefs of
 * Staff, Gen. Joseph F. Dunford Jr., recently asked" (a name set off inside what the rules read).
 */
function describesTagged(text: string, tagged: Mention, ruled: Mention): boolean {
  if (tagged.kind !== 'NAME' || (tagged.start >= ruled.start && tagged.end <= ruled.end && tagged.text === ruled.text)) return false;
  if (/[’']s?\s+\S/u.test(ruled.text) && !(tagged.start >= ruled.start && tagged.end <= ruled.end)) return true;
  // "Joh Husted, Ohio Secretary of State, voiced": a capitalised apposition to the tagger's name.
  if (tagged.end <= ruled.start && /^\s*,\s*$/.test(text.slice(tagged.end, ruled.start))) return true;
  return ruled.text.includes(',') && tagged.start >= ruled.start && tagged.end <= ruled.end;
}

export function reportedSpeaker(text: string, r: ReportedSpeech): Mention | null {
  const shared = nonFiniteSubject(text, r);
  if (shared) return shared;
  const after = r.content.start >= r.cue.end;
  // The Content first: "..., said Peskov" has its subject after the cue, "..., Defense
  // Secretary Ash Carter told a Senate panel Wednesday" between the Content and the cue.
  const between = !after && /[\p{L}\p{N}]/u.test(text.slice(r.content.end, r.cue.start));
  const ruled = after ? subjectBefore(text, r.sentence.start, r.cue.start) : between ? subjectBefore(text, r.content.end, r.cue.start) : subjectAfter(text, r.cue.end, r.sentence.end);
  // A name the rules read wins; else the tagger's Source, which finds descriptions and
  // pronouns the rules miss. Speaker accuracy on train, January and February 2016 (name /
  // pronoun-description sources), when this order was chosen: this 0.851 / 0.838; rules first
  // 0.846 / 0.814; tagger first 0.815 / 0.867; the rules' mention when it overlaps the tagger's
  // 0.829 / 0.830.
  const tagged = r.source ? writtenMention(text, r.source) : null;
  if (ruled?.kind === 'NAME' && !NOT_A_SUBJECT.test(ruled.text) && !(tagged && (modifiedBy(text, tagged, ruled) || describesTagged(text, tagged, ruled)))) return ruled;
  return (tagged?.kind === 'NAME' && NOT_A_SUBJECT.test(tagged.text) ? null : tagged) ?? ruled;
}

// "The Kremlin denied reports ..., and said Putin had no plans": a cue coordinated with an
// earlier one shares its subject.
const COORDINATED = /\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$/;

/** Whether the cue is coordinated with the one before it in its sentence ("..., and said"). */
export function isCoordinated(text: string, r: ReportedSpeech): boolean {
  return COORDINATED.test(text.slice(Math.max(r.sentence.start, r.cue.start - 20), r.cue.start));
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
