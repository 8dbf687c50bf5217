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
// The tagger's Source is read in written-source.ts, clause subjects in clause-subject.ts.
import { subjectAfter, subjectBefore, type Mention } from '../mentions.js';
import { MONTH_NAMES, WEEKDAYS } from '../../lexicon/index.js';
import type { ReportedSpeech } from './index.js';
import { nonFiniteSubject } from './clause-subject.js';
import { writtenMention } from './written-source.js';

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
