// Speakers the entity pass missed. A name at a reporting cue that matches no entity
// ("said Virginia delegate Beau Correll", "Baron said" after "Post Editor-in-Chief Martin
// Baron") is a person the text plainly names as the speaker: it becomes a PERSON entity of
// its own instead of leaving the quote unresolved. Only name-shaped words count (the same
// test as entities/hand-rules/speaker-evidence.ts), and a single word only when the article also gives the full
// name, so "Several said" or "Moscow said" never make a person.
import { speakerNameStart } from '../entities/hand-rules/speaker-evidence.js';
import { tokenize } from '../entities/hand-rules/runs.js';
import { HONORIFICS, MODIFIER_WORDS, NOT_NAMES, ORG_HEADS, OTHER_HEADS, PLACE_HEADS, ROLE_WORDS, TITLE_WORDS, isDemonym, isFirstName, isGivenName, lexiconTags } from '../gazetteer/index.js';
import { COURTESY_TITLE, SURNAME_PREFIXES, alternation } from '../lexicon/index.js';
import type { Mention } from './mentions.js';
import type { Span } from '../types.js';

export interface NewSpeaker {
  /** The full name ("Martin Baron"). */
  name: string;
  /** Where the article names the person outside quotes: the full name and the bare surname. */
  mentions: Span[];
}

const PRONOUN = /^(?:He|She|They|It|We|I|You)$/;
const SURNAME_PARTICLE = /^(?:Le|La|De|Di|Du|Da|Del|Van|Von|Ter)$/;
const NAME_WORD = new RegExp(String.raw`^(?:${alternation(SURNAME_PREFIXES)})?\p{Lu}[\p{Ll}’'\-]*\p{Ll}$`, 'u');
const isSurname = (word: string): boolean => lexiconTags(word).includes('LastName');
// "Cornel West": a capitalised word no word list knows is a given name before a surname.
const unknownWord = (w: string): boolean =>
  lexiconTags(w).length === 0 && !NOT_NAMES.has(w) && !ORG_HEADS.has(w) && !PLACE_HEADS.has(w) && !OTHER_HEADS.has(w) && !TITLE_WORDS.has(w) && !ROLE_WORDS.has(w.toLowerCase()) && !MODIFIER_WORDS.has(w.toLowerCase());
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The person a name mention at a cue stands for, when it is name-shaped, or null.
 * `outside` says whether an offset lies outside every quote.
 */
export function newSpeaker(text: string, m: Mention, outside: (at: number) => boolean): NewSpeaker | null {
  // "CBC Chairman G.K. Butterfield of North Carolina": the person is the name before "of".
  const of = m.text.indexOf(' of ');
  const tokens = tokenize(text, m.start, of > 0 ? m.start + of : m.end);
  if (tokens.length === 0 || tokens.some((t) => t.possessive || PRONOUN.test(t.text))) return null;
  let name: string;
  let surname: string | undefined;
  const [first, second] = tokens;
  if (tokens.length === 2 && COURTESY_TITLE.test(first!.text) && NAME_WORD.test(second!.text)) {
    // "Ms. White said", "Mr. King said": after Mr./Mrs./Ms./Dr. the word is a surname even
    // when it is also a common word or a title; the full name when the article gives it.
    surname = second!.text;
    name = fullName(text, surname, outside) ?? surname;
  } else if (tokens.length === 2 && SURNAME_PARTICLE.test(first!.text) && NAME_WORD.test(second!.text)) {
    // "said Le Pen", "De Blasio said": a surname that opens with a particle, named in full earlier.
    surname = `${first!.text} ${second!.text}`;
    const full = particleFullName(text, first!.text, second!.text, outside);
    if (!full) return null;
    name = full;
  } else if (tokens.length === 1) {
    surname = tokens[0]!.text;
    if (!NAME_WORD.test(surname) || isDemonym(surname)) return null;
    // "Black said" after "strategist Charlie Black": a word that is mostly no name is a
    // surname only after a given name a word list knows.
    const full = fullName(text, surname, outside, NOT_NAMES.has(surname));
    if (!full) return null;
    name = full;
  } else {
    const from = speakerNameStart(tokens);
    if (from >= 0) name = text.slice(tokens[from]!.start, tokens.at(-1)!.end).replace(/\s+/g, ' ').replace(/\.$/, '');
    else {
      // "Marty West", "Christian Pardo": a given name makes the next word a surname even when
      // that word is also a place or a word of another kind. So does a nationality word before
      // a known surname ("said German Ortega"): copy puts a role noun after a nationality
      // ("German actor Ortega"), and "American Legion" is no surname.
      const [given, last] = tokens.slice(-2);
      const title = tokens.at(-3);
      // "Army Capt. Christian Pardo": an abbreviated title before two name-shaped words marks them a name.
      const titled = title !== undefined && given !== undefined && HONORIFICS.has(title.text) && title.text.endsWith('.') && NAME_WORD.test(given!.text) && !TITLE_WORDS.has(given!.text) && !ORG_HEADS.has(given!.text) && !PLACE_HEADS.has(given!.text);
      // "April Mellody, a spokeswoman for ...": an apposition naming a person's role marks the name.
      const described = given !== undefined && tokens.length === 2 && PERSON_APPOSITION.test(text.slice(m.end, m.end + 80)) && NAME_WORD.test(given.text) && (!NOT_NAMES.has(given.text) || MONTH_NAME.test(given.text)) && !ORG_HEADS.has(given.text) && !PLACE_HEADS.has(given.text);
      if (!given || !last || !(titled || described || isGivenName(given.text) || isFirstName(given.text) || (isDemonym(given.text) && isSurname(last.text))) || !NAME_WORD.test(last.text) || !given.joinsNext) return null;
      if (NOT_NAMES.has(last.text) || isDemonym(last.text) || ORG_HEADS.has(last.text) || PLACE_HEADS.has(last.text) || OTHER_HEADS.has(last.text)) return null;
      name = `${given.text} ${last.text}`;
    }
  }
  return { name, mentions: mentionsOf(text, name, surname ?? name.split(' ').at(-1)!, outside) };
}

// Months that are also given names ("April Mellody", "June Smith").
const MONTH_NAME = /^(?:April|May|June|August)$/;
// ", a spokeswoman for", ", the campaign's press secretary": a person's role set off after a name.
const PERSON_APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\p{L}\-.’']+\s+){0,4}?(?:spokeswoman|spokesman|spokesperson|aide|adviser|advisor|secretary|director|manager|strategist|consultant|lawyer|attorney|professor|chairman|chairwoman|president|official|analyst|economist|pollster|reporter|editor|founder|executive|researcher|senator|congressman|congresswoman|governor|mayor|lawmaker)\b/u;

// "Xinhua, the official Chinese news agency,", "Priorities USA, a super PAC,": a name set off
// by an apposition whose head is a kind of organisation.
const ORGANISATION_APPOSITION = /^,\s+(?:the|a|an)\s+(?:[\p{L}\-.’']+\s+){0,5}?(?:agency|group|organization|organisation|PAC|committee|company|firm|newspaper|network|union|coalition|association|institute|foundation|council|party|website|site|magazine|outlet|paper|tank|nonprofit|charity|alliance|federation|center|centre|publication|tabloid|daily|broadcaster|channel|station|ministry|department|government|lobby|caucus|movement|campaign|corporation|bank|university|college|court)\b/u;

// Names no person has: "The New Hampshire Union Leader said" (a person's name takes no
// article; "The Rev. Al Sharpton" has a title), "ProPublica said" (a capital inside a word
// that is no surname prefix: not "McConnell", "O’Donnell", "DeSantis", "LaToya").
const ORGANISATION_SHAPE = /^(?:The\s+(?!(?:Rev|Rt|Hon|Honorable|Reverend|Right)\b)\p{Lu}[\p{L}&.\-]*(?:\s+\p{Lu}[\p{L}&.\-]*){0,5}|(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Ja|Ka|Van|Von)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)$/u;

/**
 * An organisation the entity pass missed, named at a cue and set off by an apposition that
 * says what it is ("Xinhua, the official Chinese news agency, wrote"): its name, or null.
 */
export function newOrganisation(text: string, m: Mention, outside: (at: number) => boolean): NewSpeaker | null {
  if (!/^\p{Lu}/u.test(m.text) || /[’']s?$/.test(m.text)) return null;
  if (!ORGANISATION_APPOSITION.test(text.slice(m.end, m.end + 120)) && !ORGANISATION_SHAPE.test(m.text)) return null;
  const name = m.text.replace(/^(?:the|The)\s+/, '');
  return { name, mentions: mentionsOf(text, name, name, outside) };
}

/** "Martin Baron" for "Baron": a given name (and an initial) before the word, outside quotes. */
function fullName(text: string, surname: string, outside: (at: number) => boolean, knownGivenOnly = false): string | null {
  // "Badass Teachers" is no name: a plural word is a surname only after a known given name.
  const plural = knownGivenOnly || lexiconTags(surname).includes('Plural');
  // Within one line: a headline's last word is no given name of the paragraph's first.
  const re = new RegExp(String.raw`(?<![\p{L}.])(\p{Lu}\p{Ll}+)([^\S\n]+\p{Lu}\.)?[^\S\n]+${escape(surname)}(?![\p{L}’'\-])`, 'gu');
  for (const m of text.matchAll(re)) {
    if (!outside(m.index) || !(isGivenName(m[1]!) || isFirstName(m[1]!) || (unknownWord(m[1]!) && !plural))) continue;
    return `${m[1]}${m[2] ?? ''} ${surname}`;
  }
  return knownGivenOnly ? null : surnameFirst(text, surname, outside);
}

/**
 * "Marine Le Pen" for "Le Pen", "Bill de Blasio" for "De Blasio": the particle may be written
 * lower case, and any capitalised word before it that is no title is the given name.
 */
function particleFullName(text: string, particle: string, rest: string, outside: (at: number) => boolean): string | null {
  const re = new RegExp(String.raw`(?<![\p{L}.])(\p{Lu}\p{Ll}+)[^\S\n]+(${escape(particle)}|${escape(particle.toLowerCase())})[^\S\n]+${escape(rest)}(?![\p{L}’'\-])`, 'gu');
  for (const m of text.matchAll(re)) {
    const given = m[1]!;
    if (outside(m.index) && !TITLE_WORDS.has(given) && !HONORIFICS.has(given) && !ROLE_WORDS.has(given.toLowerCase()) && !NOT_NAMES.has(given)) return `${given} ${m[2]} ${rest}`;
  }
  return null;
}

/**
 * "Ban Ki-moon" for "Ban", "Moon Jae-in" for "Moon": Korean names put the surname first, before
 * a given name of two short syllables joined by a hyphen.
 */
function surnameFirst(text: string, surname: string, outside: (at: number) => boolean): string | null {
  const re = new RegExp(String.raw`(?<![\p{L}.])${escape(surname)}\s+(\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4})(?![\p{L}’'\-])`, 'gu');
  for (const m of text.matchAll(re)) if (outside(m.index)) return `${surname} ${m[1]}`;
  return null;
}

/** The full name and its surname standing alone ("Baron said"), outside quotes, in text order. */
function mentionsOf(text: string, name: string, surname: string, outside: (at: number) => boolean): Span[] {
  const full = new RegExp(String.raw`(?<![\p{L}])${escape(name)}(?![\p{L}’'\-])`, 'gu');
  const out: Span[] = [];
  for (const m of text.matchAll(full)) if (outside(m.index)) out.push({ start: m.index, end: m.index + name.length });
  // The bare surname, when no other capitalised word joins it ("Black Lives Matter" is not
  // Black, nor is "Jack Black"); a title before it may ("Rep. Black").
  const bare = new RegExp(String.raw`(?<!\p{L})(?<!\p{Lu}[\p{L}’'\-]*\s)${escape(surname)}(?![\p{L}’'\-]|\s+\p{Lu})`, 'gu');
  for (const m of text.matchAll(bare)) {
    const span = { start: m.index, end: m.index + surname.length };
    if (outside(span.start) && !out.some((o) => o.start <= span.start && span.end <= o.end)) out.push(span);
  }
  return out.sort((a, b) => a.start - b.start);
}
