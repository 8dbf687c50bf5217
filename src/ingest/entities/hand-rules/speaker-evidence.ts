// Speaker evidence: a capitalised run right at a reporting verb ("Dean Baker said", "said
// Chicago Alderman Jason C. Ervin", `,” Keidis continued`) names someone who spoke, so it
// is a person even when its words are also ordinary words ("Baker", "Win") or it opens with
// a title the gazetteer does not list ("Alderman"). Only the name-shaped end of the run
// counts, and never a word that says the run is something else: a known place or body, a
// demonym, a title, a head word ("Department", "County") or a word listed as no name
// ("Republicans", "Monday").
import type { Token } from './runs.js';
import {
  GEO_WORDS,
  HONORIFICS,
  NOT_NAMES,
  ORG_HEADS,
  OTHER_HEADS,
  PLACE_HEADS,
  ROLE_WORDS,
  TITLE_WORDS,
  isDemonym,
  isFirstName,
  isGivenName,
  lexiconTags,
  lexiconType,
  lookupForm,
} from '../../gazetteer/index.js';
import { NAME_SUFFIX, SURNAME_PREFIXES, alternation } from '../../lexicon/index.js';
import { isFrameOnly, isReportingVerb } from '../../lexicon/reporting-verbs.js';

// "Khin", "Al-Tabchi", "O’Rourke", "O’Donnell"; initials ("C.", "G.K."); a generational suffix.
// A surname prefix may precede a second capital ("O’Donnell", "McConnell", "DeSantis").
const NAME_WORD = new RegExp(String.raw`^(?:${alternation(SURNAME_PREFIXES)})?\p{Lu}[\p{Ll}’']*\p{Ll}(?:-\p{Lu}?[\p{Ll}’']+)*$`, 'u');
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'my', 'your', 'his', 'her']);
// "told Palo Alto Weekly", "asked Trump": after these verbs the name is the one addressed.
const ADDRESSING = new Set(['told', 'tells', 'tell', 'asked', 'asks', 'ask', 'warned', 'urged', 'reminded', 'assured', 'thanked', 'wrote', 'emailed', 'texted']);
/** Name words at most, initials included ("William D. Burns", "M. Dane Waters"). */
const MAX_NAME_WORDS = 4;

/** A word that may stand in a person's name at a reporting verb. */
function nameWord(t: Token): boolean {
  if (INITIALS.test(t.text)) return true;
  if (!NAME_WORD.test(t.text) || t.possessive) return false;
  const w = t.text;
  if (NOT_NAMES.has(w) || TITLE_WORDS.has(w) || HONORIFICS.has(w) || isDemonym(w) || GEO_WORDS.has(w)) return false;
  // "Professor Knittel", "Our Principles PAC": a role or a determiner opens no name.
  if (ROLE_WORDS.has(w.toLowerCase()) || DETERMINERS.has(w.toLowerCase())) return false;
  if (ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OTHER_HEADS.has(w)) return false;
  const known = lookupForm(w);
  return known === undefined || known.type === 'PERSON';
}

const opensName = (t: Token): boolean => INITIALS.test(t.text) || isGivenName(t.text) || isFirstName(t.text);

/**
 * Where the person's name starts in a run at a reporting verb, or -1: the name-shaped words
 * at its end, from the first given name or initial among them ("Alderman William D. Burns"
 * -> "William D. Burns"). Without one, the words must be the whole run and one of them must
 * be unknown to the lexicon or a name ("Teal Baker", "Soe Min"; not "Morning Consult").
 */
export function speakerNameStart(run: Token[]): number {
  let end = run.length;
  if (end > 2 && NAME_SUFFIX.test(run[end - 1]!.text)) end--;
  let from = end;
  while (from > 0 && end - from < MAX_NAME_WORDS && nameWord(run[from - 1]!)) from--;
  if (end - from < 2 || INITIALS.test(run[end - 1]!.text)) return -1;
  let start = from;
  while (start < end - 1 && !opensName(run[start]!)) start++;
  if (start < end - 1) return start;
  if (from > 0) return -1;
  const named = run.slice(0, end).some((t) => lexiconType(t.text) === undefined || lexiconType(t.text) === 'PERSON');
  // A plural-looking last word ("Burns", "Supporters") is a surname only after a given name or initial.
  const plural = lexiconTags(run[end - 1]!.text).includes('Plural');
  return named && !plural ? 0 : -1;
}

/**
 * A reporting verb right after the run ("Dean Baker said") or right before it ("said Dean
 * Baker"). Stricter than context.ts's beforeSpeech: "has", "was" or "who" after a run
 * say nothing here ("the Great Recession has"), and nor does a run after "the".
 */
export function atReportingVerb(all: Token[], first: number, last: number): boolean {
  const prev = all[first - 1];
  if (prev !== undefined && prev.joinsNext && DETERMINERS.has(prev.text.toLowerCase())) return false;
  const next = all[last + 1];
  const verb = (t: Token | undefined): boolean => t !== undefined && isReportingVerb(t.text.toLowerCase()) && !isFrameOnly(t.text.toLowerCase());
  return (all[last]!.joinsNext && verb(next)) || (prev !== undefined && prev.joinsNext && !prev.cap && verb(prev) && !ADDRESSING.has(prev.text.toLowerCase()));
}

/**
 * `,” Keidis continued`, `,” Boyle asked`: right after a closing quotation mark, a verb that
 * only counts in quote frames ("continued", "asked") still has a speaker as its subject.
 */
export function quotedSpeech(all: Token[], first: number, last: number): boolean {
  const prev = all[first - 1];
  const next = all[last + 1];
  if (prev === undefined || next === undefined || !all[last]!.joinsNext || !/[”"]\s*$/.test(prev.gapAfter)) return false;
  const w = next.text.toLowerCase();
  return isReportingVerb(w) && isFrameOnly(w);
}
