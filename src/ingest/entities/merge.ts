// Mentions -> entities: one per (type, canonical name) in an article, short organisation names
// and acronyms folded into the long name, the article's journalists left out.
import { isCompanyOf } from './company-suffixes.js';
import { ACRONYM_SKIPPED_WORDS } from '../lexicon/index.js';
import { nameWords, personKey } from '../names.js';
import { memoize } from '../memo.js';
import { slugify, squash } from '../text.js';
import type { ArticleDraft, EntityMention, EntityType, ParsedEntity } from '../types.js';
import type { Located, Named } from './located.js';

// Names come back in every article ("Reuters", "U.S."), and slugify is slow: memoised (memo.ts).
const nameSlug = memoize(slugify);

/** The key that makes two mentions one entity inside an article. */
function groupKey(m: { name: string; type: EntityType }): string {
  return m.type === 'PERSON' ? `PERSON:${personKey(m.name)}` : `${m.type}:${nameSlug(m.name)}`;
}

/** The better canonical name: the gazetteer's, else the written form with most words, then longest. */
function better(text: string, a: Located, b: Located): boolean {
  if (a.known !== b.known) return a.known;
  const sa = text.slice(a.start, a.end);
  const sb = text.slice(b.start, b.end);
  const wa = nameWords(sa).length;
  const wb = nameWords(sb).length;
  return wa !== wb ? wa > wb : sa.length > sb.length;
}

/**
 * Folds an organisation written short into the longer name it ends ("Daily News" into
 * "New York Daily News"): the one longer name that fits, or, when several do, the one named
 * last before it ("the Security Council ... the Council", later "the Human Rights Council").
 */
function foldShortOrganisations<T extends Named>(mentions: T[]): T[] {
  const organisations = mentions.filter((m) => m.type === 'ORGANIZATION');
  const names = [...new Set(organisations.map((m) => m.name))].sort();
  return mentions.map((m) => {
    if (m.type !== 'ORGANIZATION' || m.known) return m;
    // "The Post" is the Post of "The Washington Post"; "Texaco" is "Texaco Inc", "Merrill
    // Lynch" is "Merrill Lynch and Co Inc" (the rest only company suffixes).
    const short = m.name.replace(/^The /, '');
    const longer = new Set(names.filter((n) => n !== m.name && (n.endsWith(` ${short}`) || isCompanyOf(n, short))));
    if (longer.size <= 1) return longer.size === 1 ? { ...m, name: [...longer][0]! } : m;
    const before = organisations.filter((o) => longer.has(o.name) && o.end <= m.start).sort((a, b) => b.start - a.start);
    return before.length > 0 ? { ...m, name: before[0]!.name } : m;
  });
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * Folds an unknown acronym into the one organisation of the article it abbreviates ("CWA"
 * into "Communications Workers of America"): the initials of its capitalised words.
 */
function foldAcronyms<T extends Named>(mentions: T[]): T[] {
  const byInitials = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'ORGANIZATION' || !m.name.includes(' ')) continue;
    const initials = m.name.split(' ').filter((w) => !ACRONYM_SKIPPED_WORDS.has(w)).map((w) => w[0]).join('');
    byInitials.set(initials, (byInitials.get(initials) ?? new Set()).add(m.name));
  }
  if (byInitials.size === 0) return mentions;
  return mentions.map((m) => {
    if (m.type !== 'ORGANIZATION' || m.known || !ACRONYM.test(m.name)) return m;
    const fits = byInitials.get(m.name);
    return fits?.size === 1 ? { ...m, name: [...fits][0]! } : m;
  });
}

export function merge(text: string, mentions: Named[]): ParsedEntity[] {
  const groups = new Map<string, Named[]>();
  for (const m of foldAcronyms(foldShortOrganisations(mentions))) {
    const key = groupKey(m);
    const g = groups.get(key) ?? [];
    g.push(m);
    groups.set(key, g);
  }
  const entities: ParsedEntity[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.start - b.start);
    let canonical = group[0]!;
    for (const m of group) if (better(text, m, canonical)) canonical = m;
    const name = canonical.known ? canonical.name : squash(text.slice(canonical.start, canonical.end));
    const cleanName = canonical.type === 'PERSON' ? nameWords(name).join(' ') : name;
    // A mention that is only a name suffix ("Jr" glued to a zero-width space) names no one.
    if (cleanName === '') continue;
    const seen = new Set<string>();
    const mentionsOut: EntityMention[] = [];
    for (const m of group) {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentionsOut.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), paragraphIndex: m.paragraphIndex });
    }
    const aliases = unique(mentionsOut.map((m) => squash(m.text)).filter((a) => a !== cleanName));
    const descriptions = unique(group.flatMap((m) => m.descriptions.map(squash)));
    // Salience is given to the whole list at once (withSalience).
    entities.push({ name: cleanName, type: canonical.type, aliases, descriptions, mentions: mentionsOut, salience: 0 });
  }
  return entities;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Drops people named like the article's journalists (the byline is not a mention). */
export function withoutJournalists<T extends Named>(draft: ArticleDraft, mentions: T[]): T[] {
  const journalists = new Set(draft.credits.map((c) => personKey(c.name)));
  return journalists.size === 0 ? mentions : mentions.filter((m) => !(m.type === 'PERSON' && journalists.has(personKey(m.name))));
}
