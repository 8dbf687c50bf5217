// Entity recognition: named people, organisations, places and other things in an
// article's paragraphs, typed, merged within the article, with offsets and salience.
//
// How: capitalised runs (entity-spans.ts) -> typed mentions by rules over offline
// gazetteers and compromise's lexicon (entity-rules.ts) -> lone words resolved against the
// article's full names -> one entity per (type, canonical name). compromise's parser is
// never run: at ~90 articles/s it would use up the whole ingestion budget by itself.
//
// What it does not find: names in the title (no block offsets), subheads, credit lines,
// the dateline, and journalists named in the byline or credits.
import { candidates, tokenize } from './entity-spans.js';
import { classify, type Mention } from './entity-rules.js';
import { NameIndex, isFullName, nameWords, personKey, surname, givenName } from './names.js';
import { slugify, squash } from './text.js';
import type { ArticleDraft, EntityMention, EntityType, ParsedEntity } from './types.js';

interface Located extends Mention {
  paragraphIndex: number;
  /** Position of the paragraph among the article's paragraphs (0 = lead). */
  ordinal: number;
}

// "WASHINGTON —", "NEW YORK (AP) —", "KYIV, Ukraine -": a dateline left in a plain-text lead.
const DATELINE = /^\s*\p{Lu}[\p{Lu}.'’\- ]+(?:,\s*[\p{L}.]+(?: [\p{L}.]+)?)?\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*/u;

/** Named people, organisations, places and other things in the article's paragraphs. */
export function extractEntities(draft: ArticleDraft): ParsedEntity[] {
  const { text } = draft;
  const found: Located[] = [];
  let ordinal = 0;
  draft.blocks.forEach((block, paragraphIndex) => {
    if (block.kind !== 'PARAGRAPH') return;
    let start = block.start;
    if (ordinal === 0) {
      const d = DATELINE.exec(block.text);
      if (d) start += d[0].length;
    }
    const tokens = tokenize(text, start, block.end);
    for (const cand of candidates(tokens)) {
      for (const m of classify(text, tokens, cand)) found.push({ ...m, paragraphIndex, ordinal });
    }
    ordinal++;
  });
  const journalists = new Set(draft.credits.map((c) => personKey(c.name)));
  const resolved = resolveLoneWords(found);
  const typed = journalists.size === 0 ? resolved : resolved.filter((m) => !(m.type === 'PERSON' && journalists.has(personKey(m.name))));
  return merge(text, typed);
}

/**
 * Gives lone capitalised words a type: the surname or given name of a full name in the
 * article ("Peskov" -> Dmitry Peskov, only when unambiguous), the last word of an
 * organisation after "the" ("the Post"), compromise's lexicon, or a speech verb after it.
 * Anything else is dropped: a lone unknown capital is more often noise than a name.
 */
function resolveLoneWords(found: Located[]): (Located & { type: EntityType })[] {
  const fullNames = [...new Set(found.filter((m) => m.type === 'PERSON' && isFullName(m.name)).map((m) => m.name))].sort();
  const index = new NameIndex(fullNames);
  const orgs = [...new Set(found.filter((m) => m.type === 'ORGANIZATION' && m.name.includes(' ')).map((m) => m.name))].sort();
  const out: (Located & { type: EntityType })[] = [];
  for (const m of found) {
    if (m.type !== null && (m.type !== 'PERSON' || isFullName(m.name))) {
      out.push({ ...m, type: m.type });
      continue;
    }
    const full = index.resolve(m.name);
    if (full) {
      out.push({ ...m, name: full, type: 'PERSON', known: false });
      continue;
    }
    if (m.type === 'PERSON') {
      out.push({ ...m, type: 'PERSON' });
      continue;
    }
    const hint = m.hint;
    if (!hint) continue;
    const org = hint.afterThe ? orgs.filter((o) => o.split(' ').at(-1) === m.name) : [];
    if (org.length === 1) {
      out.push({ ...m, name: org[0]!, type: 'ORGANIZATION', known: true });
    } else if (hint.lexicon === 'LOCATION' || hint.lexicon === 'ORGANIZATION') {
      out.push({ ...m, type: hint.lexicon });
    } else if (hint.lexicon === 'PERSON' || (hint.beforeSpeech && hint.lexicon === undefined && !hint.acronym)) {
      out.push({ ...m, type: 'PERSON' });
    } else if (hint.acronym && hint.lexicon === undefined && !hint.sentenceStart) {
      out.push({ ...m, type: 'ORGANIZATION' });
    }
  }
  return out;
}

/** The key that makes two mentions one entity inside an article. */
function groupKey(m: { name: string; type: EntityType }): string {
  return m.type === 'PERSON' ? `PERSON:${personKey(m.name)}` : `${m.type}:${slugify(m.name)}`;
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
 * "New York Daily News") when exactly one longer name fits.
 */
function foldShortOrganisations<T extends Located & { type: EntityType }>(mentions: T[]): T[] {
  const names = [...new Set(mentions.filter((m) => m.type === 'ORGANIZATION').map((m) => m.name))].sort();
  return mentions.map((m) => {
    if (m.type !== 'ORGANIZATION' || m.known) return m;
    const longer = names.filter((n) => n.endsWith(` ${m.name}`));
    return longer.length === 1 ? { ...m, name: longer[0]! } : m;
  });
}

function merge(text: string, mentions: (Located & { type: EntityType })[]): ParsedEntity[] {
  const groups = new Map<string, (Located & { type: EntityType })[]>();
  for (const m of foldShortOrganisations(mentions)) {
    const key = groupKey(m);
    const g = groups.get(key) ?? [];
    g.push(m);
    groups.set(key, g);
  }
  // Position weight: the lead counts most, later paragraphs less (1, 0.71, 0.58, 0.5, ...).
  const weight = (m: Located): number => 1 / Math.sqrt(1 + m.ordinal);
  const total = mentions.reduce((s, m) => s + weight(m), 0);
  const entities: ParsedEntity[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.start - b.start);
    let canonical = group[0]!;
    for (const m of group) if (better(text, m, canonical)) canonical = m;
    const name = canonical.known ? canonical.name : squash(text.slice(canonical.start, canonical.end));
    const cleanName = canonical.type === 'PERSON' ? nameWords(name).join(' ') : name;
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
    const salience = total === 0 ? 0 : group.reduce((s, m) => s + weight(m), 0) / total;
    entities.push({
      name: cleanName,
      type: canonical.type,
      aliases,
      descriptions,
      mentions: mentionsOut,
      salience: Math.round(salience * 10000) / 10000,
    });
  }
  return entities.sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name, 'en') || a.type.localeCompare(b.type));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * The key an entity is stored under across articles: the slug of its canonical name
 * ("Vladimir Putin" -> "vladimir-putin"), so one Vladimir Putin exists in the whole
 * database whatever article introduced him. Middle names and initials are dropped for
 * people ("Donald J. Trump" -> "donald-trump") by the same rule as merging in an article.
 *
 * Cross-article merging of bare surnames ("Peskov" from an article that never gives his
 * full name) is not done here, as one article cannot know the others: the store runs
 * `resolveBareSurnames` (names.ts) over all stored names after ingestion and repoints a
 * bare surname to the one stored full name with that surname, leaving it alone when
 * there are none or several. Because that pass sees the whole set, the result does not
 * depend on the order in which articles were ingested. When two types share a slug, the
 * store should keep the type with more article links (then the alphabetically first type).
 */
export function entityKey(name: string, type: EntityType): string {
  if (type === 'PERSON' && isFullName(name)) return slugify(`${givenName(name) ?? ''} ${surname(name)}`);
  return slugify(name);
}

