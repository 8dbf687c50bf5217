// The one name normaliser: how a written person name relates to a full name.
// Used by entity merging (inside an article and across articles) and by quote
// attribution ("Peskov" -> "Dmitry Peskov").
import { HONORIFICS, NAME_PARTICLES } from './lexicon/index.js';
import { memoize } from './memo.js';
import type { EntityType } from './types.js';
import { slugify } from './text.js';

/** The words of a name without honorifics, suffixes or a possessive ("Mr. Trump’s" -> ["Trump"]). */
export const nameWords: (name: string) => readonly string[] = memoize(splitName);

function splitName(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.split(' ')) {
    const w = raw.endsWith('’s') || raw.endsWith("'s") ? raw.slice(0, -2) : raw;
    if (w.length > 0 && !HONORIFICS.has(w) && !HONORIFICS.has(w.replace(/,$/, ''))) out.push(w);
  }
  return out;
}

/** A middle initial ("J.") or a lone capital letter. */
function isInitial(word: string): boolean {
  return word.length <= 2 && /^\p{Lu}\.?$/u.test(word);
}

/**
 * A cheap comparison key for one name word: lower case, accents and punctuation removed
 * ("O’Malley" -> "omalley"). Only for matching inside ingestion; stored keys use slugify.
 */
const wordKey = memoize((word) => word.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase());

/** The surname: the last word, keeping particles ("Bill de Blasio" -> "de Blasio"). */
export function surname(name: string): string {
  const words = nameWords(name);
  let i = words.length - 1;
  while (i > 1 && NAME_PARTICLES.has(words[i - 1]!)) i--;
  return words.slice(i).join(' ');
}

/**
 * A surname with its particles and nothing before them, as a sentence writes it ("De Blasio
 * said"): a bare surname, although it has two words. "Ben Carson" reads so too; the article's
 * full names decide (NameIndex.resolve).
 */
export function isParticleSurname(name: string): boolean {
  const words = nameWords(name);
  return words.length >= 2 && words.slice(0, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase()));
}

/** Whether `written` is the surname of `full` ("De Blasio" of "Bill de Blasio"). */
export function isSurnameOf(written: string, full: string): boolean {
  return surnameKey(surname(full)) === surnameKey(nameWords(written).join(' '));
}

const surnameKey = (surname: string): string => surname.split(' ').map(wordKey).join('');

/** The first word that is not an initial ("J. D. Vance" -> "Vance" is then the surname). */
export function givenName(name: string): string | null {
  const words = nameWords(name);
  if (words.length < 2) return null;
  return words.find((w) => !isInitial(w)) ?? null;
}

/**
 * A key that ignores middle names and initials, so "Donald J. Trump" and "Donald Trump",
 * or "Hillary Rodham Clinton" and "Hillary Clinton", fall together: "donald|trump".
 */
export function personKey(name: string): string {
  const words = nameWords(name);
  if (words.length < 2) return words.map(wordKey).join('');
  return `${wordKey(givenName(name) ?? words[0]!)}|${surnameKey(surname(name))}`;
}

/** True when a name has a given name and a surname ("Dmitry Peskov"), not just one word. */
export function isFullName(name: string): boolean {
  const words = nameWords(name).filter((w) => !isInitial(w));
  return words.length >= 2;
}

/**
 * The full name a partial one refers to, among `fullNames`: the bare surname
 * ("Peskov"), the given name ("Hillary"), or the same person written with or without
 * a middle name. Returns null when none or more than one full name fits: a bare surname
 * joins a full name only when the match is unambiguous.
 */
export function resolvePersonName(written: string, fullNames: readonly string[]): string | null {
  return new NameIndex(fullNames).resolve(written);
}

/** How prominent a full name is in its article: mentions written in full, first paragraph. */
export interface Prominence {
  count: number;
  firstParagraph: number;
}

/**
 * resolvePersonName over a fixed set of full names, indexed once (one article's names).
 * Names written with initials count ("E. J. Fleming" answers to "Fleming"), and spellings
 * of one person ("Donald Trump", "Donald J. Trump") count as one candidate.
 */
export class NameIndex {
  /** personKey -> the first full name (in sorted order) with that key. */
  private readonly names = new Map<string, string>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byPart = new Map<string, Set<string>>();

  /**
   * With `prominence` (keyed by full name), a bare name that fits several people goes to
   * the one the article is about: more mentions in full, else named in an earlier
   * paragraph ("Mr. Bush" in a story that opens on Billy Bush and later names George W.
   * Bush). When they tie on both, the name stays unresolved.
   */
  /** Prominence per personKey, summed over the spellings of one person. */
  private readonly prominence = new Map<string, Prominence>();

  constructor(fullNames: readonly string[], prominence?: ReadonlyMap<string, Prominence>) {
    for (const full of [...fullNames].sort()) {
      if (!hasSurname(full)) continue;
      const key = personKey(full);
      if (!this.names.has(key)) this.names.set(key, full);
      add(this.byKey, key, key);
      add(this.byPart, surnameKey(surname(full)), key);
      add(this.byPart, wordKey(givenName(full) ?? ''), key);
      const q = prominence?.get(full);
      if (q) {
        const p = this.prominence.get(key) ?? { count: 0, firstParagraph: Infinity };
        this.prominence.set(key, { count: p.count + q.count, firstParagraph: Math.min(p.firstParagraph, q.firstParagraph) });
      }
    }
  }

  /** The one full name `written` refers to, or null when none or several fit. */
  resolve(written: string): string | null {
    const words = nameWords(written).filter((w) => !isInitial(w));
    if (words.length === 0) return null;
    const fits =
      words.length < 2
        ? this.byPart.get(wordKey(words[0]!))
        : ((isParticleSurname(written) ? this.byPart.get(surnameKey(words.join(' '))) : undefined) ?? this.byKey.get(personKey(written)));
    if (!fits) return null;
    if (fits.size === 1) return this.names.get([...fits][0]!)!;
    return this.mostProminent([...fits]);
  }

  private mostProminent(keys: string[]): string | null {
    if (this.prominence.size === 0) return null;
    const none: Prominence = { count: 0, firstParagraph: Infinity };
    const ranked = keys
      .map((k) => ({ k, p: this.prominence.get(k) ?? none }))
      .sort((a, b) => b.p.count - a.p.count || a.p.firstParagraph - b.p.firstParagraph);
    const [top, second] = [ranked[0]!, ranked[1]!];
    if (top.p.count === second.p.count && top.p.firstParagraph === second.p.firstParagraph) return null;
    return this.names.get(top.k)!;
  }
}

/** A name with a surname and something before it, initials included ("E. J. Fleming"). */
export function hasSurname(name: string): boolean {
  const words = nameWords(name);
  return words.length >= 2 && words.some((w) => !isInitial(w));
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

export interface StoredName {
  slug: string;
  name: string;
  type: string;
}

/**
 * Cross-article merging of bare surnames, for the store. Within an article, extraction
 * already folds "Peskov" into "Dmitry Peskov" when the article names him in full. An
 * article that only ever says "Peskov" yields a one-word PERSON entity; it should join the
 * stored full name whose surname it is, but only when exactly one stored PERSON has that
 * surname (two "Clinton"s: the bare name stays on its own). Run over the whole set of
 * stored names (not at insert time), the answer does not depend on ingestion order.
 *
 * Returns bare slug -> full-name slug for every bare name that resolves.
 */
export function resolveBareSurnames(names: readonly StoredName[]): Map<string, string> {
  const fullBySurname = new Map<string, Set<string>>();
  for (const n of names) {
    if (n.type !== 'PERSON' || !isFullName(n.name)) continue;
    const key = slugify(surname(n.name));
    const slugs = fullBySurname.get(key) ?? new Set<string>();
    slugs.add(n.slug);
    fullBySurname.set(key, slugs);
  }
  const out = new Map<string, string>();
  for (const n of names) {
    if (n.type !== 'PERSON' || isFullName(n.name)) continue;
    const fits = fullBySurname.get(slugify(nameWords(n.name).join(' ')));
    if (fits && fits.size === 1) out.set(n.slug, [...fits][0]!);
  }
  return out;
}

/**
 * The key an entity is stored under across articles: the slug of its canonical name
 * ("Vladimir Putin" -> "vladimir-putin"), so one Vladimir Putin exists in the whole
 * database whatever article introduced him. Middle names and initials are dropped for
 * people ("Donald J. Trump" -> "donald-trump") by the same rule as merging in an article.
 *
 * Cross-article merging of bare surnames ("Peskov" from an article that never gives his
 * full name) is not done here, as one article cannot know the others: the store runs
 * `resolveBareSurnames` over all stored names after ingestion and repoints a
 * bare surname to the one stored full name with that surname, leaving it alone when
 * there are none or several. Because that pass sees the whole set, the result does not
 * depend on the order in which articles were ingested. When two types share a slug, the
 * store should keep the type with more article links (then the alphabetically first type).
 */
export function entityKey(name: string, type: EntityType): string {
  if (type === 'PERSON' && isFullName(name)) return slugify(`${givenName(name) ?? ''} ${surname(name)}`);
  return slugify(name);
}

