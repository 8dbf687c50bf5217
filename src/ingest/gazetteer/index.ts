// Offline gazetteers for entity recognition: world-countries for countries (names,
// aliases, demonyms, capitals), the curated JSON lists beside this file, and compromise's
// lexicon as a word -> tag table (a lookup, never a parse: parsing is far too slow here).
import { createHash } from 'node:crypto';
import nlp from 'compromise';
import worldCountries, { type Country } from 'world-countries';
import type { EntityType } from '../types.js';
import organizations from './organizations.json' with { type: 'json' };
import other from './other.json' with { type: 'json' };
import people from './people.json' with { type: 'json' };
import places from './places.json' with { type: 'json' };
import words from './words.json' with { type: 'json' };

// The word lists of names and titles are made in the lexicon; the entity rules know them from here too.
export { HONORIFICS, MONTH_NAMES, ROLE_WORDS, TITLE_PHRASES, TITLE_WORDS } from '../lexicon/index.js';
import { COMPANY_SUFFIXES } from '../lexicon/index.js';
import { memoize } from '../memo.js';

export interface KnownEntity {
  /** Canonical name ("United States"). */
  name: string;
  type: EntityType;
  /** The year it came to be ("Paris Agreement": 2015): copy written before cannot name it. */
  since?: number;
}

interface Entry {
  name: string;
  aliases: string[];
  since?: number;
}

/** Lower-cases and unifies apostrophes, so "People’s" and "People's" look the same. */
export function normalForm(value: string): string {
  return value.replace(/[’‘]/g, "'").toLowerCase();
}

// Exact surface form -> entity. Case matters ("US" is a country, "us" a pronoun), so
// the key is the form as written; a second table holds a lower-case fallback for
// multi-word and mixed-case forms only.
const byForm = new Map<string, KnownEntity>();
const byLowerForm = new Map<string, KnownEntity>();

// The lower-case first words of the multi-word forms, so a caller can skip a word that
// starts none ("the" starts "The Washington Post"; "said" starts nothing).
const multiWordStarts = new Set<string>();

/** Whether some gazetteer form of several words starts with `word` (any case). */
export function startsMultiWordForm(word: string): boolean {
  return multiWordStarts.has(normalForm(word));
}

function add(form: string, entity: KnownEntity): void {
  const f = form.replace(/[’‘]/g, "'");
  if (f.includes(' ')) multiWordStarts.add(normalForm(f.slice(0, f.indexOf(' '))));
  if (!byForm.has(f)) byForm.set(f, entity);
  // Lower-case fallback only where it cannot hit an ordinary word ("Fed" vs "fed").
  if (f.includes(' ') && !byLowerForm.has(normalForm(f))) byLowerForm.set(normalForm(f), entity);
}

function addEntries(entries: Entry[], type: EntityType): void {
  for (const e of entries) {
    const entity: KnownEntity = e.since === undefined ? { name: e.name, type } : { name: e.name, type, since: e.since };
    add(e.name, entity);
    for (const alias of e.aliases) add(alias, entity);
  }
}

// world-countries ships CommonJS whose typings declare an ES default export; at run time
// the default import is the array itself (tsx, vitest), so accept both shapes.
const countries: Country[] = Array.isArray(worldCountries)
  ? (worldCountries as Country[])
  : (worldCountries as unknown as { default: Country[] }).default;

const demonyms = new Set<string>();
const countryNames = new Set<string>();
const latin = /^[\p{Script=Latin}\s.'’\-]+$/u;

// Curated lists first: they win over world-countries for a shared form.
addEntries(organizations.entries, 'ORGANIZATION');
addEntries(other.entries, 'OTHER');
addEntries(places.entries, 'LOCATION');
const countryAliases: Record<string, string[]> = places.countryAliases;
for (const c of countries) {
  const entity: KnownEntity = { name: c.name.common, type: 'LOCATION' };
  countryNames.add(c.name.common);
  add(c.name.common, entity);
  add(c.name.official, entity);
  for (const alias of countryAliases[c.name.common] ?? []) add(alias, entity);
  // Alternative spellings: skip the two-letter codes and anything not in Latin script.
  for (const alt of c.altSpellings) if (alt.length > 3 && latin.test(alt) && !alt.includes(',')) add(alt, entity);
  for (const capital of c.capital) if (latin.test(capital)) add(capital, { name: capital, type: 'LOCATION' });
  const d = c.demonyms?.['eng'];
  if (d) {
    demonyms.add(d.m);
    demonyms.add(d.f);
  }
}
for (const d of ['Western', 'Eastern', 'European', 'Asian', 'African', 'Arab', 'Latin', 'Soviet', 'Kurdish', 'Palestinian']) demonyms.add(d);

// The first two words of each multi-word form as lookupForm's lower-case fallback holds it
// ("new york" of "New York Stock Exchange"): every multi-word form is there, so a run of
// words whose first two are not can match none, and a caller trying the longest name at each
// word skips its lookups.
const multiWordPairs = new Set<string>();
for (const key of byLowerForm.keys()) {
  const [first, second] = key.split(' ');
  multiWordPairs.add(`${first} ${second}`);
}

/** Whether some gazetteer form of several words starts with the words `first` and `second` (any case). */
export function startsMultiWordFormWith(first: string, second: string): boolean {
  return multiWordPairs.has(`${normalForm(first)} ${normalForm(second)}`);
}

// Asked of every capitalised run and its sub-runs: memoised (memo.ts).
/** The entity a surface form names ("U.S." -> United States), if the gazetteers know it. */
export const lookupForm: (form: string) => KnownEntity | undefined = memoize((form) => {
  const f = form.replace(/[’‘]/g, "'");
  return byForm.get(f) ?? byLowerForm.get(normalForm(f));
});

/** Whether the gazetteers or compromise's lexicon know a form as a place ("Chicago", "N.J.", "Alberta"). */
export function isKnownPlace(form: string): boolean {
  return lookupForm(form)?.type === 'LOCATION' || lexiconType(form) === 'LOCATION';
}

/** Whether a canonical place name is a country ("United States"), not a state or city. */
export function isCountry(name: string): boolean {
  return countryNames.has(name);
}

// AP-style state abbreviations ("Calif.", "Mass."): a place only in "City, St." or "R-Mass.";
// elsewhere "Mass." is a church service and "Ill." an adjective.
const STATE_ABBREVIATION = /^\p{Lu}\p{Ll}{1,4}\.$/u;
export function isStateAbbreviation(form: string): boolean {
  return STATE_ABBREVIATION.test(form) && lookupForm(form)?.type === 'LOCATION';
}

/** "Russian", "British": a demonym is a description word, never an entity. */
export function isDemonym(word: string): boolean {
  return demonyms.has(word);
}

// compromise's lexicon (about 25k words and phrases) as tags per lower-case form.
type Lexicon = Record<string, string | string[]>;
const lexicon = ((nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon);

/** compromise's tags for a word or phrase ("moscow" -> ["City"]); empty when unknown. */
const NO_TAGS: readonly string[] = [];
export const lexiconTags: (form: string) => readonly string[] = memoize((form) => {
  // Own keys only: "Constructor" must not find Object.prototype.constructor.
  const key = normalForm(form);
  const tags = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
  return tags === undefined ? NO_TAGS : typeof tags === 'string' ? [tags] : Array.isArray(tags) ? tags : NO_TAGS;
});

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PERSON_TAGS = new Set(['Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName', 'Honorific']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Address']);

export function isFirstName(word: string): boolean {
  return lexiconTags(word).some((t) => FIRST_NAME_TAGS.has(t));
}

/** A given name, including those compromise files as ordinary words ("Bill", "Hope"). */
export function isGivenName(word: string): boolean {
  return isFirstName(word) || WORD_FIRST_NAMES.has(word);
}

/** What compromise's lexicon alone says a capitalised word or phrase is. */
export function lexiconType(form: string): EntityType | 'COMMON' | undefined {
  const tags = lexiconTags(form);
  if (tags.length === 0) return undefined;
  if (tags.some((t) => PLACE_TAGS.has(t))) return 'LOCATION';
  if (tags.includes('Organization')) return 'ORGANIZATION';
  if (tags.some((t) => PERSON_TAGS.has(t))) return 'PERSON';
  if (tags.includes('ProperNoun')) return undefined;
  return 'COMMON';
}

const set = (list: string[]): ReadonlySet<string> => new Set(list);
export const MODIFIER_WORDS = set(words.modifiers);
/** Last words of an organisation's name: words.json orgHeads and the company suffixes, with or without a stop. */
export const ORG_HEADS = set([...words.orgHeads, ...[...COMPANY_SUFFIXES].flatMap((s) => [s, `${s}.`])]);
export const PLACE_HEADS = set(words.placeHeads);
export const OTHER_HEADS = set(words.otherHeads);
export const CONNECTOR_HEADS = set(words.connectorHeads);
export const NOT_NAMES = set(words.notNames);
export const SENTENCE_WORDS = set(words.sentenceWords);
export const WORD_FIRST_NAMES = set(words.wordFirstNames);
export const MEDIA_NOUNS = set(words.mediaNouns);
export const WORK_NOUNS = set(words.workNouns);
export const GEO_WORDS = set(words.geoWords);
export const SHOW_WORDS = set(words.showWords);
/** Surnames of people often in the news: a lone one is a PERSON (see people.json). */
export const PERSON_NAMES = set(people.names);

/**
 * A digest of the sources the entity tagger reads word features from (the lists beside this
 * file, world-countries, compromise's lexicon): the model records the digest it was trained
 * with, so a list edited afterwards is caught before it silently shifts the model.
 */
export function gazetteerDigest(): string {
  const hash = createHash('sha256');
  for (const source of [organizations, other, people, places, words, countries]) hash.update(`${JSON.stringify(source)}\n`);
  hash.update(JSON.stringify(Object.entries(lexicon).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  return hash.digest('hex').slice(0, 16);
}
