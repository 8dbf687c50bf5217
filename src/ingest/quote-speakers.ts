// Speaker resolution: a mention at a cue ("Peskov", "he", "the Kremlin spokesman") -> one
// of the article's entities (PERSON or ORGANIZATION), or null when the text does not say.
// Never guesses: a name that matches no entity, or a description that matches no entity's
// description, stays unresolved.
import type { Mention } from './quote-frames.js';
import type { ParsedEntity, Span } from './types.js';

export type Speaker = ParsedEntity & { type: 'PERSON' | 'ORGANIZATION' };

/** An earlier resolved speaker or person mention, for pronouns. */
export interface Antecedent {
  entity: Speaker;
  at: number;
}

const isSpeaker = (e: ParsedEntity): e is Speaker => e.type === 'PERSON' || e.type === 'ORGANIZATION';

const norm = (s: string): string =>
  s.toLowerCase().replace(/[’']/g, "'").replace(/^(?:the|a|an)\s+/, '').replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
const lastWord = (s: string): string => norm(s).split(' ').at(-1) ?? '';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export class SpeakerIndex {
  private readonly speakers: Speaker[];
  /** Person and organisation mentions in text order, outside quotes. */
  readonly mentions: { entity: Speaker; span: Span }[];

  constructor(entities: ParsedEntity[], insideQuote: (at: number) => boolean) {
    this.speakers = entities.filter(isSpeaker);
    this.mentions = this.speakers
      .flatMap((entity) => entity.mentions.map((span) => ({ entity, span })))
      .filter((m) => !insideQuote(m.span.start))
      .sort((a, b) => a.span.start - b.span.start);
  }

  /** Resolves a mention; `antecedents` are earlier speakers and persons, most recent last. */
  resolve(m: Mention, antecedent: (m: Mention) => Speaker | null): Speaker | null {
    if (m.kind === 'PRONOUN') return antecedent(m);
    const byOffset = this.byOffset(m);
    if (byOffset) return byOffset;
    return m.kind === 'NAME' ? this.byName(m) : this.byDescription(m);
  }

  /** The entity with a mention that overlaps the mention as written (the longest overlap). */
  private byOffset(m: Mention): Speaker | null {
    let best: Speaker | null = null;
    let bestLen = 0;
    for (const x of this.mentions) {
      if (x.span.start >= m.end) break;
      if (!overlaps(x.span, m)) continue;
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
    const bySurname = this.speakers.filter((e) => e.type === 'PERSON' && lastWord(e.name) === last);
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

  private mostRecent(candidates: Speaker[], before: number): Speaker {
    let best = candidates[0]!;
    let bestAt = -1;
    for (const x of this.mentions) {
      if (x.span.start >= before) break;
      if (candidates.includes(x.entity) && x.span.start > bestAt) {
        best = x.entity;
        bestAt = x.span.start;
      }
    }
    return best;
  }

  /** The most recent person or organisation mentioned before `at` (outside quotes). */
  lastMentioned(at: number, type: 'PERSON' | 'ORGANIZATION', from = 0): { entity: Speaker; at: number } | null {
    let found: { entity: Speaker; at: number } | null = null;
    for (const x of this.mentions) {
      if (x.span.start >= at) break;
      if (x.span.start >= from && x.entity.type === type) found = { entity: x.entity, at: x.span.start };
    }
    return found;
  }

  /** The most recent mention before `at` whose entity passes `fits`. */
  lastMatching(at: number, fits: (e: Speaker) => boolean): { entity: Speaker; at: number } | null {
    let found: { entity: Speaker; at: number } | null = null;
    for (const x of this.mentions) {
      if (x.span.start >= at) break;
      if (fits(x.entity)) found = { entity: x.entity, at: x.span.start };
    }
    return found;
  }

  /** The person and organisation entities. */
  get all(): readonly Speaker[] {
    return this.speakers;
  }
}
