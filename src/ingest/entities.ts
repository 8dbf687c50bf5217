// Entity recognition: named people, organisations, places, groups and other things in an
// article's title, paragraphs and subheads, typed, merged within the article, with offsets
// and salience.
//
// How: the tagger (entities/tagger.ts) decides what is a name and of which type; the hand
// rules (entities/hand-rules/: capitalised runs, gazetteer and lexicon typing, titles, context
// cues, quoted titles of works) add what they know of the same span (canonical names, titles
// as descriptions) and the few names the tagger misses; small rules in entities/ fix edges,
// company suffixes, offices, tickers and groups; lone words resolve against the article's
// full names; one entity per (type, canonical name). Journalists of the byline and credits
// are never entities.
import { outsideTitles, quotedTitles } from './entities/hand-rules/quoted-titles.js';
import { candidates, tokenize } from './entities/hand-rules/runs.js';
import { classify, type Mention } from './entities/hand-rules/classify.js';
import { attachCompanySuffixes, isCompanyOf } from './entities/company-suffixes.js';
import { groupName, isGroupName } from './entities/groups.js';
import { isBeforeItsPlace, isStateAbbreviationInPlace } from './entities/city-state.js';
import { isCommonInArticle, isLoneCommonWord, lowerCaseWords, type LowerCaseWords } from './entities/common-words.js';
import { connectNames } from './entities/connected-names.js';
import { SpanSet } from './entities/intervals.js';
import { nameEdges } from './entities/span-edges.js';
import { absorbOfficeFields, detachOfficeTitles } from './entities/office-titles.js';
import { linkTickers } from './entities/tickers.js';
import { PERSON_NAMES, isFirstName, isGivenName, isStateAbbreviation, lookupForm, type KnownEntity } from './gazetteer/index.js';
import type { TagType } from './entities/labels.js';
import { tagText, type TaggedSpan } from './entities/tagger.js';
import { PERSON_SPEECH_VERBS } from './lexicon/reporting-verbs.js';
import { ACRONYM_SKIPPED_WORDS, LAW_HEADS } from './lexicon/index.js';
import { NameIndex, hasSurname, isFullName, isParticleSurname, isSurnameOf, nameWords, personKey, surname, type Prominence } from './names.js';
import { memoize } from './memo.js';
import { slugify, squash } from './text.js';
import type { ArticleDraft, EntityMention, EntityType, ParsedEntity } from './types.js';

interface Located extends Mention {
  /** A title of a work in quotation marks ("“Good Morning America”"): the marks decide it. */
  quoted?: boolean;
  paragraphIndex: number;
  /** Position of the paragraph among the article's paragraphs (0 = lead). */
  ordinal: number;
}

// "WASHINGTON —", "NEW YORK (AP) —", "KYIV, Ukraine -", "LOS ANGELES, Sept. 28 (UPI) —": a dateline left in a plain-text lead.
const DATELINE = /^\s*\p{Lu}[\p{Lu}.'’\- ]+(?:,\s*[\p{L}.]+(?: (?:[\p{L}.]+|\d{1,2}))?){0,2}\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*/u;

interface Paragraph {
  start: number;
  end: number;
  /** Index into the draft's blocks; -1 for the title. */
  paragraphIndex: number;
}

/** The paragraphs to read names in, without a dateline left in the lead. */
function paragraphsOf(draft: ArticleDraft): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  draft.blocks.forEach((block, paragraphIndex) => {
    if (block.kind !== 'PARAGRAPH') return;
    const d = paragraphs.length === 0 ? DATELINE.exec(block.text) : null;
    paragraphs.push({ start: block.start + (d ? d[0].length : 0), end: block.end, paragraphIndex });
  });
  return paragraphs;
}

/** The title's place in the text, when the text holds it before the first block (wire text). */
function titleSpan(draft: ArticleDraft): Paragraph | null {
  if (draft.title === '') return null;
  const at = draft.text.indexOf(draft.title);
  const first = draft.blocks[0]?.start ?? draft.text.length;
  return at >= 0 && at + draft.title.length <= first ? { start: at, end: at + draft.title.length, paragraphIndex: -1 } : null;
}

/**
 * What the tagger reads, in text order: the title (when the text holds it), the paragraphs
 * (without a dateline in the lead) and the subheads. The rules only know paragraphs.
 */
export function taggedRanges(draft: ArticleDraft): Paragraph[] {
  const title = titleSpan(draft);
  const subheads = draft.blocks.flatMap((b, paragraphIndex) => (b.kind === 'SUBHEAD' ? [{ start: b.start, end: b.end, paragraphIndex }] : []));
  return [...(title ? [title] : []), ...paragraphsOf(draft), ...subheads].sort((a, b) => a.start - b.start);
}

/** What the hand rules find in the paragraphs, before lone words are resolved. */
function ruleFindings(draft: ArticleDraft, paragraphs: Paragraph[]): Located[] {
  const { text } = draft;
  const found: Located[] = [];
  const titles = quotedTitles(text, paragraphs);
  paragraphs.forEach(({ start, end, paragraphIndex }, ordinal) => {
    for (const q of titles[ordinal]!) found.push({ ...q, descriptions: [], paragraphIndex, ordinal, quoted: true });
    const tokens = outsideTitles(tokenize(text, start, end), titles[ordinal]!);
    for (const cand of candidates(tokens)) {
      // classify returns fresh objects: placing them in the paragraph needs no copy.
      for (const m of classify(text, tokens, cand)) found.push(Object.assign(m, { paragraphIndex, ordinal }));
    }
  });
  return found;
}

/**
 * Works and other things the rules name where the tagger saw nothing: a quoted title ("The
 * Art of the Deal"), a gazetteer weapon or law ("Storm Shadow missiles"). On CoNLL-2003
 * validation every such OTHER mention was right (5 of 5); the rules' other kinds were not.
 */
function otherNamesMissed(found: readonly Located[], tagged: readonly { start: number; end: number }[]): (Located & { type: EntityType })[] {
  const spans = new SpanSet(tagged);
  return found.filter((m): m is Located & { type: EntityType } => m.type === 'OTHER' && !spans.overlaps(m));
}

/** A person's speech verb right after a name ("Peskov said"). */
function speechAfter(text: string, end: number): boolean {
  const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(end, end + 16));
  return next !== null && PERSON_SPEECH_VERBS.has(next[1]!);
}

/**
 * A capitalised word the rules read as a name right before a speech verb, where the tagger saw
 * nothing ("Peskov said on Tuesday...", unknown to it at the start of a sentence): a person.
 */
function speakersMissed(text: string, found: readonly Located[], tagged: readonly { start: number; end: number }[]): (Located & { type: EntityType })[] {
  const spans = new SpanSet(tagged);
  return found.flatMap((m) => {
    if ((m.type !== null && m.type !== 'PERSON') || spans.overlaps(m) || !speechAfter(text, m.end)) return [];
    if (m.hint && (m.hint.lexicon === 'COMMON' || m.hint.acronym)) return [];
    return [{ ...m, type: 'PERSON' as const }];
  });
}

// Names of laws, treaties and accords ("Election Law", "Freedom of Information Act").
const isLawName = (name: string): boolean => name.includes(' ') && LAW_HEADS.has(name.split(' ').at(-1)!);

/**
 * One sense per article: a lone word that is the surname of a person the article names in
 * full is that person, whatever type the tagger gave it ("Justice Antonin Scalia ... Scalia").
 */
function surnamesArePeople<T extends Located & { type: EntityType }>(mentions: T[]): T[] {
  const surnames = new Set(mentions.filter((m) => m.type === 'PERSON' && isFullName(m.name)).map((m) => surname(m.name)));
  if (surnames.size === 0) return mentions;
  return mentions.map((m) => (m.type !== 'PERSON' && m.type !== 'GROUP' && !m.known && !m.name.includes(' ') && surnames.has(m.name) ? { ...m, type: 'PERSON' } : m));
}

/** Drops people named like the article's journalists (the byline is not a mention). */
function withoutJournalists<T extends Located & { type: EntityType }>(draft: ArticleDraft, mentions: T[]): T[] {
  const journalists = new Set(draft.credits.map((c) => personKey(c.name)));
  return journalists.size === 0 ? mentions : mentions.filter((m) => !(m.type === 'PERSON' && journalists.has(personKey(m.name))));
}

/**
 * The previous system, kept as the rules' view: typed mentions from the hand rules alone
 * (`npm run eval:ner` scores it as a row of its own).
 */
export function ruleMentions(draft: ArticleDraft): (Located & { type: EntityType })[] {
  const found = ruleFindings(draft, paragraphsOf(draft));
  return withoutJournalists(draft, typeLikePlaces(resolveLoneWords(found, titleNames(draft.title))));
}

/** Named people, organisations, places and other things in the article's title and paragraphs. */
export function extractEntities(draft: ArticleDraft): ParsedEntity[] {
  const found = ruleFindings(draft, paragraphsOf(draft));
  const rules = new RuleIndex(found);
  const read = taggedRanges(draft);
  const spans = tagText(draft.text, read);
  const lower = lowerCaseWords(draft.text);
  let ordinal = -1;
  const year = draft.publishedAt ? Number(draft.publishedAt.slice(0, 4)) : null;
  const tagged = read.flatMap((p, i) => {
    if (p.paragraphIndex === -1 || draft.blocks[p.paragraphIndex]!.kind === 'PARAGRAPH') ordinal++;
    return decide(draft.text, spans[i]!, rules, lower, p.paragraphIndex, Math.max(ordinal, 0), year);
  });
  // A quoted title of a work is one name, whatever the tagger saw inside its marks.
  const quoted = found.filter((m): m is Located & { type: EntityType } => m.quoted === true && m.type !== null);
  const quotes = new SpanSet(quoted);
  const outsideQuotes = tagged.filter((t) => !quotes.holds(t));
  const withRules = [...outsideQuotes, ...otherNamesMissed(found, outsideQuotes), ...speakersMissed(draft.text, found, outsideQuotes)];
  const named = absorbOfficeFields(draft.text, detachOfficeTitles(draft.text, connectNames(draft.text, attachCompanySuffixes(draft.text, linkTickers(draft.text, withRules)))));
  const resolved = resolveLoneWords(surnamesArePeople(named), titleNames(draft.title));
  return withSalience(draft, merge(draft.text, withoutJournalists(draft, resolved)));
}

// Longest rule mention looked back over when asking which rule mentions hold a span.
const LONGEST_RULE_MENTION = 200;

/** The rules' mentions by start offset, so each tagged span finds its own in constant time. */
class RuleIndex {
  private readonly byStart = new Map<number, Located[]>();
  /** The distinct start offsets, ascending: `covering` visits only those near a span. */
  private readonly starts: number[];
  constructor(rules: readonly Located[]) {
    for (const r of rules) this.byStart.set(r.start, [...(this.byStart.get(r.start) ?? []), r]);
    this.starts = [...this.byStart.keys()].sort((a, b) => a - b);
  }
  startingAt(start: number): readonly Located[] {
    return this.byStart.get(start) ?? [];
  }
  /** Rule mentions inside `span`. */
  within(span: { start: number; end: number }): Located[] {
    const out: Located[] = [];
    for (let at = span.start; at < span.end; at++) for (const r of this.byStart.get(at) ?? []) if (r.end <= span.end) out.push(r);
    return out;
  }

  /** Rule mentions whose span holds `span`. */
  covering(span: { start: number; end: number }): Located[] {
    const out: Located[] = [];
    const from = Math.max(0, span.start - LONGEST_RULE_MENTION);
    // Latest start first, as a walk back from the span's start would meet them.
    for (let k = lastAtMost(this.starts, span.start); k >= 0 && this.starts[k]! >= from; k--) {
      for (const r of this.byStart.get(this.starts[k]!)!) if (r.end >= span.end) out.push(r);
    }
    return out;
  }
}

/** The index of the last of the ascending `values` that is at most `limit` (-1 when none). */
function lastAtMost(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const TAG_TYPE: Record<TagType, EntityType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION', MISC: 'OTHER' };

/**
 * The tagger decides what is a name and of which type; the rules add what they know of the
 * same span: the gazetteer's canonical name and the titles written before a person.
 */
function decide(
  text: string,
  spans: TaggedSpan[],
  rules: RuleIndex,
  lower: LowerCaseWords,
  paragraphIndex: number,
  ordinal: number,
  year: number | null,
): (Located & { type: EntityType })[] {
  // A gazetteer name only fits copy written after it existed (no "Paris Agreement" in 1987).
  const inTime = (k: KnownEntity | undefined): KnownEntity | undefined => (k?.since !== undefined && year !== null && year < k.since ? undefined : k);
  return spans.flatMap((tagged): (Located & { type: EntityType })[] => {
    // "@HillaryClinton", "#MAGA": handles and hashtags are not names.
    if (/[@#]$/.test(text.slice(Math.max(0, tagged.start - 1), tagged.start))) return [];
    const edges = nameEdges(text, tagged);
    if (!edges) return [];
    // "Chicago Alderman Jason C. Ervin": when the rules read a title before the person the
    // tagger found, the person starts where the rules' name does.
    const titled = tagged.type === 'PER' ? rules.within(edges).find((r) => r.type === 'PERSON' && r.end === edges.end && r.start > edges.start && r.descriptions.length > 0) : undefined;
    const s = { ...tagged, ...edges, ...(titled ? { start: titled.start } : {}) };
    const written = squash(text.slice(s.start, s.end));
    if (isLoneCommonWord(text, s.start, written) && !isGroupName(written)) return [];
    if (isCommonInArticle(text, s.start, written, lower, paragraphIndex === -1)) return [];
    if (isStateAbbreviation(written) && !isStateAbbreviationInPlace(text, s.start)) return [];
    // "(R-Tex)": a state after a party letter may drop its stop.
    const afterParty = /[RDI]-$/.test(text.slice(Math.max(0, s.start - 2), s.start)) && isStateAbbreviation(`${written}.`);
    const listed = inTime(lookupForm(afterParty ? `${written}.` : written));
    // An institution the gazetteer lists keeps its type ("White House", "U.N."); a place name
    // does not, as it often stands for a team or a person ("NEW YORK 74 59", "Jordan").
    const institution = listed !== undefined && listed.type !== 'LOCATION' ? listed.type : null;
    const type =
      s.type !== 'PER' && (s.type !== 'LOC' || listed?.type !== 'LOCATION') && isGroupName(written)
        ? 'GROUP'
        : (institution ?? (s.type !== 'MISC' && isBeforeItsPlace(text, s.end) ? 'LOCATION' : TAG_TYPE[s.type]));
    const same = rules.startingAt(s.start).find((r) => r.end === s.end && (r.type === type || r.type === null) && (!r.known || inTime(lookupForm(r.name))));
    const known = same?.known ? null : listed;
    if (type === 'ORGANIZATION' && isLawName(written)) return [{ name: written, type: 'OTHER', start: s.start, end: s.end, known: false, descriptions: [], paragraphIndex, ordinal }];
    const descriptions = rules.covering(s).flatMap((r) => (r.type === 'PERSON' ? r.descriptions : []));
    // A group is named by its group word ("Western" for "Western-supplied").
    if (type === 'GROUP') return [{ name: groupName(written), type, start: s.start, end: s.end, known: true, descriptions: [], paragraphIndex, ordinal }];
    const name = same?.known ? same.name : known?.type === type ? known.name : written;
    return [{ name, type, start: s.start, end: s.end, known: same?.known === true || known?.type === type, descriptions, paragraphIndex, ordinal }];
  });
}

const TITLE_NAME_WORD = /^\p{Lu}[\p{Ll}’'\-]+$|^\p{Lu}\.$/u;

/**
 * Full person names in the title ("Mark Cuban: I'd consider a future White House bid"). The
 * title has no paragraph offsets, so they give no mentions; they only let a bare surname in
 * the body ("Cuban said") resolve to the person the story is about.
 */
function titleNames(title: string): string[] {
  const tokens = tokenize(title, 0, title.length);
  const out: string[] = [];
  for (const cand of candidates(tokens)) {
    // Only a run that is just a first name and one or two more words: a Title Case headline
    // runs its words together ("Hillary Clinton Says No To Fox News").
    const words = cand.tokens.map((t) => t.text);
    if (words.length < 2 || words.length > 3 || !isFirstName(words[0]!) || !words.slice(1).every((w) => TITLE_NAME_WORD.test(w))) continue;
    out.push(words.join(' '));
  }
  return out;
}

const SHOW_HOST = /^(?:The )?(\p{Lu}[\p{Ll}'’\-]+(?: \p{Lu}[\p{Ll}'’\-]+){1,2})(?: Morning| Radio| Late)? (?:Show|Hour|Podcast|Program)$/u;

/**
 * Gives lone capitalised words a type: the surname or given name of a full name in the
 * article ("Peskov" -> Dmitry Peskov; when several fit, the one the article is about),
 * the last word of an organisation after "the" ("the Post"), a surname of someone often
 * in the news ("Trump"), compromise's lexicon, or a speech verb after it. Anything else
 * is dropped: a lone unknown capital is more often noise than a name.
 */
function resolveLoneWords(found: Located[], inTitle: readonly string[]): (Located & { type: EntityType })[] {
  const prominence = new Map<string, Prominence>();
  for (const m of found) {
    if (m.type !== 'PERSON' || !hasSurname(m.name)) continue;
    const p = prominence.get(m.name) ?? { count: 0, firstParagraph: m.ordinal };
    prominence.set(m.name, { count: p.count + 1, firstParagraph: Math.min(p.firstParagraph, m.ordinal) });
  }
  // "The Laura Ingraham Show": the host is named in full, so a later "Ingraham" is her.
  for (const m of found) {
    const host = m.type === 'OTHER' ? SHOW_HOST.exec(m.name) : null;
    if (host && isGivenName(host[1]!.split(' ')[0]!) && !prominence.has(host[1]!)) {
      prominence.set(host[1]!, { count: 0, firstParagraph: m.ordinal });
    }
  }
  // A title name never outweighs a name written in the body: it counts as no mention, last.
  const fromTitle = inTitle.filter((n) => !prominence.has(n));
  for (const n of fromTitle) prominence.set(n, { count: 0, firstParagraph: Infinity });
  const index = new NameIndex([...prominence.keys()], prominence);
  const orgs = [...new Set(found.filter((m) => m.type === 'ORGANIZATION' && m.name.includes(' ')).map((m) => m.name))].sort();
  const out: (Located & { type: EntityType })[] = [];
  for (const m of found) {
    if (m.type !== null && (m.type !== 'PERSON' || (isFullName(m.name) && !isParticleSurname(m.name)))) {
      out.push({ ...m, type: m.type });
      continue;
    }
    const hint = m.hint;
    // A sentence-initial word counts only as a surname ("Will" is no Will Smith).
    const full = hint?.sentenceWord ? resolveSurname(index, m.name) : index.resolve(m.name);
    if (full) {
      // Named in full only in the title: the title's name is the canonical one ("Mark Cuban").
      out.push({ ...m, name: full, type: 'PERSON', known: fromTitle.includes(full) });
      continue;
    }
    if (m.type === 'PERSON' || PERSON_NAMES.has(m.name)) {
      out.push({ ...m, type: 'PERSON' });
      continue;
    }
    if (!hint || hint.sentenceWord) continue;
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

/**
 * One written name, one type: "Ferguson, Missouri" makes a later lone "Ferguson" the town,
 * although compromise lists Ferguson as a surname, and "San Pedro Sula, Honduras" makes a
 * later "San Pedro Sula" a place. Names resolved to a full name are left alone.
 */
function typeLikePlaces<T extends Located & { type: EntityType }>(mentions: T[]): T[] {
  const places = new Set(mentions.filter((m) => m.type === 'LOCATION').map((m) => m.name));
  if (places.size === 0) return mentions;
  return mentions.map((m) => (m.type === 'PERSON' && places.has(m.name) ? { ...m, type: 'LOCATION' } : m));
}

/** The full name whose surname (not given name) is `word`. */
function resolveSurname(index: NameIndex, word: string): string | null {
  const full = index.resolve(word);
  return full !== null && isSurnameOf(word, full) ? full : null;
}

/** The key that makes two mentions one entity inside an article. */
// Names come back in every article ("Reuters", "U.S."), and slugify is slow: memoised (memo.ts).
const nameSlug = memoize(slugify);

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
function foldShortOrganisations<T extends Located & { type: EntityType }>(mentions: T[]): T[] {
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
function foldAcronyms<T extends Located & { type: EntityType }>(mentions: T[]): T[] {
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

function merge(text: string, mentions: (Located & { type: EntityType })[]): ParsedEntity[] {
  const groups = new Map<string, (Located & { type: EntityType })[]>();
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

// Position weight: the lead counts most, later paragraphs less (1, 0.71, 0.58, 0.5, ...).
const positionWeight = (ordinal: number): number => 1 / Math.sqrt(1 + ordinal);
const bySalience = (a: ParsedEntity, b: ParsedEntity): number =>
  b.salience - a.salience || a.name.localeCompare(b.name, 'en') || a.type.localeCompare(b.type);

/**
 * The one salience rule, for the entity pass and again after the quote pass added speakers
 * it missed: each entity's share of the article's mention weight (position weights over
 * the mentions kept), sorted by salience, then name. The shares are not rounded, so an
 * article's saliences sum to 1 (to a few ulps; rounding each to 4 places left sums from
 * 0.9993 to 1.0003), and an article without mentions has none to share out (all 0).
 */
export function withSalience(draft: ArticleDraft, entities: ParsedEntity[]): ParsedEntity[] {
  const ordinal = new Map<number, number>();
  draft.blocks.forEach((b, i) => b.kind === 'PARAGRAPH' && ordinal.set(i, ordinal.size));
  const weight = (m: EntityMention): number => positionWeight(ordinal.get(m.paragraphIndex) ?? 0);
  // Summed largest first, whatever order the mentions come in: two entities with the same
  // weights get the very same salience, so ties are broken by name, not by rounding noise.
  const weights = entities.map((e) => e.mentions.map(weight).sort((a, b) => b - a).reduce((s, w) => s + w, 0));
  const total = weights.reduce((s, w) => s + w, 0);
  return entities.map((e, i) => ({ ...e, salience: total === 0 ? 0 : weights[i]! / total })).sort(bySalience);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
