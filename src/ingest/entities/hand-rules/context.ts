// Context cues: the words just around a capitalised run that say what it is when the run
// itself does not ("his wife, Melania", "Time magazine", "the Republican party", "a Level I
// Trauma Center"). Each cue is one small test over the paragraph's tokens; classify.ts
// decides how much each one counts.
import type { Token } from './runs.js';
import { MEDIA_NOUNS, isStateAbbreviation, lookupForm, type KnownEntity } from '../../gazetteer/index.js';
import { ROLE_WORDS } from '../../lexicon/index.js';
import { isFrameOnly, isReportingVerb } from '../../lexicon/reporting-verbs.js';

// Words after a name that, outside the first word of a sentence, mostly follow a person
// ("Merkel has done", "Rasmussen, who"). Not reporting verbs, so kept here.
const PERSON_FOLLOWERS = new Set(['has', 'had', 'is', 'was', 'who', 'will', 'would']);

/**
 * "Peskov said", "Caddell told": a reporting verb right after the run. Verbs that the
 * reporting lexicon counts only in quote frames ("reported", "called", "posted") are left
 * out: companies report and post as often as people do.
 */
export function beforeSpeech(all: Token[], last: number, sentenceStart: boolean): boolean {
  const t = all[last]!;
  const next = all[last + 1];
  if (next === undefined || !t.joinsNext) return false;
  const w = next.text.toLowerCase();
  if (isReportingVerb(w) && !isFrameOnly(w)) return true;
  // "Approval would end ...": after a sentence-initial word these say nothing.
  return !sentenceStart && PERSON_FOLLOWERS.has(w);
}

/** "said Charlie Black", "explained Teal Baker": a reporting verb right before the run. */
export function afterSpeech(all: Token[], first: number): boolean {
  const prev = all[first - 1];
  if (prev === undefined || prev.cap || !prev.joinsNext) return false;
  const w = prev.text.toLowerCase();
  return isReportingVerb(w) && !isFrameOnly(w);
}

/** "his wife, Melania", "spokeswoman Hope Hicks": a lower-case role or kin noun just before. */
export function afterRole(all: Token[], first: number): boolean {
  const prev = all[first - 1];
  if (prev === undefined || prev.cap || prev.possessive) return false;
  return ROLE_WORDS.has(prev.text.toLowerCase()) && /^,? +$/.test(prev.gapAfter);
}

/** "Time magazine", "the Fox network": a media noun right after the run. */
export function beforeMediaNoun(all: Token[], last: number): boolean {
  const next = all[last + 1];
  return next !== undefined && all[last]!.joinsNext && MEDIA_NOUNS.has(next.text);
}

/** "the Republican party": a party adjective before a lower-case "party" names the party. */
export function partyBefore(all: Token[], last: number, name: string): KnownEntity | undefined {
  const next = all[last + 1];
  if (next === undefined || !all[last]!.joinsNext || next.text !== 'party') return undefined;
  const known = lookupForm(`${name} Party`);
  return known?.type === 'ORGANIZATION' ? known : undefined;
}

// Words that may follow the head of a noun phrase (so the run is not a modifier).
const AFTER_HEAD = new Set([
  'in', 'at', 'on', 'of', 'for', 'to', 'from', 'with', 'by', 'near', 'that', 'which', 'who', 'where', 'and', 'or',
  'but', 'as', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'had', 'after', 'before', 'since', 'when',
]);

/**
 * "taken to a state-designated Level I Trauma Center in ...": a run that heads an indefinite
 * noun phrase names a kind of thing, not one thing. A run used as a modifier ("a Reuters
 * poll", "a Clinton Foundation donor") is left alone.
 */
export function headsIndefinite(all: Token[], first: number, last: number): boolean {
  const next = all[last + 1];
  if (next !== undefined && all[last]!.joinsNext && !AFTER_HEAD.has(next.text)) return false;
  // Only modifiers may stand between the article and the run: "a spokesman for Exxon
  // Mobil" is about a spokesman, not a kind of Exxon Mobil.
  for (let i = first - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const t = all[i]!;
    if (t.cap || !t.joinsNext || AFTER_HEAD.has(t.text)) return false;
    if (t.text === 'a' || t.text === 'an') return true;
  }
  return false;
}

/** "Everett, Mass.", "(R-Texas)": the only places where an AP state abbreviation is a state. */
export function stateAbbreviationInPlace(all: Token[], i: number): boolean {
  const prev = all[i - 1];
  return prev !== undefined && ((prev.cap && /^, *$/.test(prev.gapAfter)) || /-$/.test(prev.gapAfter));
}

/** "San Bernardino, Calif.": a run before a comma and a state or country is a place. */
export function beforeItsState(all: Token[], last: number): boolean {
  const t = all[last]!;
  const next = all[last + 1];
  if (next === undefined || next.possessive || !/^, $/.test(t.gapAfter)) return false;
  const after = all[last + 2];
  // "Trump, Russia Today reported": the place word opens a longer name.
  if (after !== undefined && /^ +$/.test(next.gapAfter) && after.cap && !isStateAbbreviation(next.text)) return false;
  return lookupForm(next.text)?.type === 'LOCATION';
}
