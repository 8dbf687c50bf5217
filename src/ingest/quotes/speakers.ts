// Speaker resolution: a mention at a cue ("Peskov", "he", "the Kremlin spokesman") -> one
// of the article's entities (PERSON or ORGANIZATION), or null when the text does not say.
// Never guesses: a name that matches no entity, or a description that matches no entity's
// description, stays unresolved.
import { HONORIFICS, MODIFIER_WORDS, NOT_NAMES, ROLE_WORDS, TITLE_WORDS, isDemonym } from '../gazetteer/index.js';
import type { Mention } from './mentions.js';
import type { EntityMention, ParsedEntity, Span } from '../types.js';

export type Speaker = ParsedEntity & { type: 'PERSON' | 'ORGANIZATION' };

/** An earlier resolved speaker or person mention, for pronouns. */
export interface Antecedent {
  entity: Speaker;
  at: number;
}

const POSSESSED_DESCRIPTION = /^(?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*(?:[’']s|s[’'])\s+\p{Ll}/u;
// The words after the possessive, ending in a noun for a person.
const PERSON_HEAD = /^(?:[\p{L}\-]+\s+){0,3}(?:son|daughter|wife|husband|father|mother|brother|sister|child|children|family|friend|spokesman|spokeswoman|spokesperson|aide|aides|adviser|advisers|advisor|lawyer|lawyers|attorney|attorneys|VP|running mate|manager|chief of staff|director|deputy|secretary|press secretary|assistant|strategist|pollster|agent|doctor|physician|woman|man)$/u;

const isSpeaker = (e: ParsedEntity): e is Speaker => e.type === 'PERSON' || e.type === 'ORGANIZATION';

const norm = (s: string): string =>
  s.toLowerCase().replace(/[’']/g, "'").replace(/^(?:the|a|an)\s+/, '').replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
const lastWord = (s: string): string => norm(s).split(' ').at(-1) ?? '';
/** The family name: the last word, or the first in a Korean name ("Ban Ki-moon", "Moon Jae-in"). */
const surnameOf = (name: string): string => {
  const words = norm(name).split(' ');
  return words.length === 2 && /^\p{Ll}{1,4}-\p{Ll}{1,4}$/u.test(words[1]!) ? words[0]! : (words.at(-1) ?? '');
};

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The capitalised words written just before the surname ("German" in "said German Ortega",
 * "Hillary Rodham" in "Hillary Rodham Clinton"), lower-cased; titles end the run ("Sen. Ortega"
 * has none).
 */
function givenNamesOf(text: string): string[] {
  const words = text.trim().split(/\s+/).slice(0, -1);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (!/^\p{Lu}[\p{Ll}\-]+$/u.test(w) || !mayBeGivenName(w)) break;
    out.push(norm(w));
  }
  return out;
}

/**
 * Not a title, role or party word ("Sen.", "Spokesman", "Democrat Sanders"). A nationality
 * word right before a surname is a given name (Germán, Christian): news copy puts a role
 * noun between ("German actor Ortega").
 */
function mayBeGivenName(w: string): boolean {
  if (TITLE_WORDS.has(w) || HONORIFICS.has(w) || ROLE_WORDS.has(w.toLowerCase()) || MODIFIER_WORDS.has(w.toLowerCase())) return false;
  return !NOT_NAMES.has(w) || isDemonym(w);
}

/** "Freddy Ortega" is not "German Ortega": a full name that shares none of the given names written. */
function lacksGivenNames(e: Speaker, given: string[]): boolean {
  const words = norm(e.name).split(' ');
  if (given.length === 0 || words.length < 2) return false;
  const known = new Set([...words, ...e.aliases.flatMap((a) => norm(a).split(' '))]);
  return !given.some((g) => known.has(g));
}

// Every look-up below starts from a binary search over the mentions in text order: a scan
// from the article start per quote made a paragraph of thousands of quotes quadratic.
export class SpeakerIndex {
  private readonly speakers: Speaker[];
  /** Person and organisation mentions in text order, outside quotes. */
  readonly mentions: { entity: Speaker; span: Span }[];
  /** The longest mention, so an overlap search knows how far back to look. */
  private longest: number;

  /** Entities that are no speakers (places, works): one may turn out to be a person speaking. */
  private readonly others: ParsedEntity[];
  /** Speakers added by `add`, and the entities they replace. */
  readonly added: Speaker[] = [];
  readonly replaced = new Set<ParsedEntity>();

  constructor(entities: ParsedEntity[], insideQuote: (at: number) => boolean) {
    this.speakers = entities.filter(isSpeaker);
    this.others = entities.filter((e) => !isSpeaker(e));
    this.mentions = this.speakers
      .flatMap((entity) => entity.mentions.map((span) => ({ entity, span })))
      .filter((m) => !insideQuote(m.span.start))
      .sort((a, b) => a.span.start - b.span.start);
    this.longest = this.mentions.reduce((n, m) => Math.max(n, m.span.end - m.span.start), 0);
  }

  /**
   * A person (or organisation) the entity pass missed (new-speakers.ts), from now on a
   * speaker like the others. An entity of another type with the same name ("Adriaan Schout"
   * read as a place) is that speaker: it is replaced and its mentions join.
   */
  add(name: string, mentions: EntityMention[], type: Speaker['type'] = 'PERSON'): Speaker {
    const same = this.others.filter((e) => e.name === name && !this.replaced.has(e));
    const seen = new Set(mentions.map((m) => `${m.start}:${m.end}`));
    const all = [...mentions, ...same.flatMap((e) => e.mentions).filter((m) => !seen.has(`${m.start}:${m.end}`))].sort((a, b) => a.start - b.start);
    for (const e of same) this.replaced.add(e);
    const aliases = [...new Set(all.map((m) => m.text.replace(/\s+/g, ' ')))].filter((a) => a !== name);
    const entity: Speaker = { name, type, aliases, descriptions: [], mentions: all, salience: 0 };
    this.speakers.push(entity);
    for (const span of all) this.mentions.splice(this.firstFrom(span.start), 0, { entity, span });
    this.longest = Math.max(this.longest, ...all.map((m) => m.end - m.start));
    this.added.push(entity);
    return entity;
  }

  /** Index of the first mention that starts at or after `at`. */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.mentions[mid]!.span.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Resolves a mention; `antecedents` are earlier speakers and persons, most recent last. */
  resolve(m: Mention, antecedent: (m: Mention) => Speaker | null): Speaker | null {
    if (m.kind === 'PRONOUN') return antecedent(m);
    // "Schilling's son", "Trump's potential VP": someone described through another person
    // is not that person (the text does not say who); "Trump's pledge" still points to Trump.
    const possessed = POSSESSED_DESCRIPTION.exec(m.text);
    if (possessed && PERSON_HEAD.test(m.text.slice(possessed[0].length - 1))) return null;
    // "Jason Gilbert of Cheyenne", "Meenakshi Ganguly of Human Rights Watch": the person
    // before "of" speaks; "Secretary of State John Kerry" has no entity before it and goes on.
    const of = m.kind === 'NAME' ? m.text.indexOf(' of ') : -1;
    const head = of > 0 ? this.byOffset({ ...m, end: m.start + of }) : null;
    if (head) return head;
    const byOffset = this.byOffset(m);
    if (byOffset) return byOffset;
    return m.kind === 'NAME' ? this.byName(m) : this.byDescription(m);
  }

  /** The entity with a mention that overlaps the mention as written (the longest overlap). */
  private byOffset(m: Mention): Speaker | null {
    let best: Speaker | null = null;
    let bestLen = 0;
    const description = m.kind === 'NOMINAL' && /^(?:an?|one|another|the|his|her|their|its|this|that)\s/i.test(m.text);
    // Only mentions starting in [m.start - longest, m.end) can overlap; walked in text order
    // so that ties go to the earlier mention, as before.
    for (let i = this.firstFrom(m.start - this.longest); i < this.mentions.length; i++) {
      const x = this.mentions[i]!;
      if (x.span.start >= m.end) break;
      if (!overlaps(x.span, m)) continue;
      // "a Trump supporter", "the timing of Sanders' surge", "his first segment on WNBC-TV": a
      // name that only modifies a description's head is not who it describes.
      if (description && x.span.end < m.end) continue;
      const len = Math.min(x.span.end, m.end) - Math.max(x.span.start, m.start);
      // Prefer the mention that ends where the written mention ends: in "Kremlin spokesman
      // Dmitry Peskov" the speaker is Peskov, not the Kremlin.
      const score = len + (x.span.end === m.end ? 1000 : 0);
      if (score > bestLen) {
        best = x.entity;
        bestLen = score;
      }
    }
    return best;
  }

  /** Exact name or alias, then a person's surname ("Peskov" -> "Dmitry Peskov"), most recent first. */
  private byName(m: Mention): Speaker | null {
    const key = norm(m.text);
    const exact = this.speakers.filter((e) => norm(e.name) === key || e.aliases.some((a) => norm(a) === key));
    if (exact.length > 0) return this.mostRecent(exact, m.start);
    const last = lastWord(m.text);
    const given = givenNamesOf(m.text);
    const bySurname = this.speakers.filter((e) => e.type === 'PERSON' && (lastWord(e.name) === last || surnameOf(e.name) === last) && !lacksGivenNames(e, given));
    if (bySurname.length > 0) return this.mostRecent(bySurname, m.start);
    // "Kremlin spokesman Dmitry Peskov" written whole, or "the Trump campaign" -> an org name inside it.
    const inside = this.speakers.filter((e) => key.endsWith(` ${norm(e.name)}`));
    return inside.length > 0 ? this.mostRecent(inside, m.start) : null;
  }

  /** "the Kremlin spokesman" -> the entity described as "Kremlin spokesman". */
  private byDescription(m: Mention): Speaker | null {
    const key = norm(m.text);
    if (key.split(' ').length < 2 && !/spokes|president|minister|senator|governor/.test(key)) return null;
    const hits = this.speakers.filter((e) => e.descriptions.some((d) => {
      const nd = norm(d);
      return nd.length > 3 && (nd === key || key.endsWith(nd) || nd.endsWith(key));
    }));
    return hits.length === 1 ? hits[0]! : hits.length > 1 ? this.mostRecent(hits, m.start) : null;
  }

  /** The candidate mentioned last before `before` (the first of a tie at one offset), else the first candidate. */
  private mostRecent(candidates: Speaker[], before: number): Speaker {
    for (let i = this.firstFrom(before) - 1; i >= 0; i--) {
      const x = this.mentions[i]!;
      if (!candidates.includes(x.entity)) continue;
      let best = x.entity;
      for (let j = i - 1; j >= 0 && this.mentions[j]!.span.start === x.span.start; j--) {
        if (candidates.includes(this.mentions[j]!.entity)) best = this.mentions[j]!.entity;
      }
      return best;
    }
    return candidates[0]!;
  }

  /** The most recent person or organisation mentioned in [from, at) (outside quotes). */
  lastMentioned(at: number, type: 'PERSON' | 'ORGANIZATION', from = 0): { entity: Speaker; at: number } | null {
    for (let i = this.firstFrom(at) - 1; i >= 0 && this.mentions[i]!.span.start >= from; i--) {
      const x = this.mentions[i]!;
      if (x.entity.type === type) return { entity: x.entity, at: x.span.start };
    }
    return null;
  }

  /** The most recent mention before `at` whose entity passes `fits`. */
  lastMatching(at: number, fits: (e: Speaker) => boolean): { entity: Speaker; at: number } | null {
    for (let i = this.firstFrom(at) - 1; i >= 0; i--) {
      const x = this.mentions[i]!;
      if (fits(x.entity)) return { entity: x.entity, at: x.span.start };
    }
    return null;
  }

  /**
   * The first mention in [from, to) whose entity passes `fits`, preferring one whose span
   * passes `prefer` (the first that fits at all when none does).
   */
  firstMatching(from: number, to: number, fits: (e: Speaker) => boolean, prefer: (span: Span) => boolean = () => true): Speaker | null {
    let first: Speaker | null = null;
    for (let i = this.firstFrom(from); i < this.mentions.length && this.mentions[i]!.span.start < to; i++) {
      const x = this.mentions[i]!;
      if (!fits(x.entity)) continue;
      if (prefer(x.span)) return x.entity;
      first ??= x.entity;
    }
    return first;
  }

  /** The person and organisation entities. */
  get all(): readonly Speaker[] {
    return this.speakers;
  }
}
