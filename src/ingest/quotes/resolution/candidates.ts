// The entities a pronoun or description source may refer to, with what the features need to
// know about each: persons and organisations mentioned before the source (most recent first),
// those named inside the source ("Trump campaign spokesman Jason Miller") or later in its
// sentence ("Asked about the ruling, the spokesman for Apple said"), those whose name, alias
// or description shares the description's head noun ("the fund" -> International Monetary
// Fund), the rules' answer, and NULL (no entity: "a source", "experts"). The possessor of a
// person ("Schilling" of "Schilling’s son") is no candidate.
import type { Gender } from '../gender.js';
import type { SentenceOf } from '../pronouns.js';
import type { Speaker, SpeakerIndex } from '../speakers.js';
import type { Span } from '../../types.js';
import { lastAtOrBefore } from '../../sorted.js';
import type { EntityFacts, MentionFacts } from './facts.js';
import type { Source } from './source.js';

/** What a source's resolution may look at in its article. */
export interface ArticleContext {
  text: string;
  index: SpeakerIndex;
  sentenceOf: SentenceOf;
  genderOf(e: Speaker): Gender;
  /** The speaker of the last attributed quote before `at`. */
  previousSpeaker(at: number): { entity: Speaker; at: number } | null;
  /** What the features read about an entity (facts.ts), cached. */
  entity(e: Speaker): EntityFacts;
  /** What the features read about an entity's mention (facts.ts), cached. */
  mention(span: Span): MentionFacts;
  /** 0 for the most salient person or organisation, 1 for the next, ... */
  salienceRank(e: Speaker): number;
}

export interface Candidate {
  /** null: the source refers to no entity of the article. */
  entity: Speaker | null;
  /** The entity's last mention that ends before the source starts. */
  last: Span | null;
  /** The entity's first mention inside the source or after it in its sentence. */
  next: Span | null;
  /** Mentions before the source. */
  count: number;
  /** Recency: 0 for the entity mentioned last before the source, 1 for the one before, ...; -1 when not mentioned before. */
  rank: number;
  /** A mention inside the source span. */
  inside: boolean;
  /** The rules' answer (SpeakerIndex.resolve, PronounResolver). */
  rule: boolean;
}

/** Where the source's sentence and the five before it start: [this, previous, ...]. */
export interface Sentences {
  starts: number[];
  /** The start of the sentence after the source's (or Infinity when not known). */
  next: number;
}

/** How many entities mentioned before the source are candidates (most recent first). */
export const MAX_BEFORE = 12;
/** How many sentences back the features look (distance buckets stop there). */
export const SENTENCES_BACK = 6;

export function sentencesOf(ctx: ArticleContext, at: number): Sentences {
  const starts: number[] = [];
  let s = ctx.sentenceOf(at);
  starts.push(s.start);
  while (starts.length < SENTENCES_BACK && s.previousStart !== null && s.previousStart < starts.at(-1)!) {
    const prev = s.previousStart;
    starts.push(prev);
    s = ctx.sentenceOf(prev);
  }
  return { starts, next: Infinity };
}

/** Whether the head noun is a word of the entity's name or aliases ("fund" in "International Monetary Fund"). */
export function namesHead(ctx: ArticleContext, e: Speaker, head: string): boolean {
  return head.length > 2 && ctx.entity(e).name.has(head);
}

/** Whether the head noun is a word of one of the entity's descriptions ("spokesman" of "Kremlin spokesman"). */
export function describesHead(ctx: ArticleContext, e: Speaker, head: string): boolean {
  return head.length > 2 && ctx.entity(e).description.has(head);
}

/** Whether the head noun is written as a title or apposition at one of the entity's mentions ("senator": "Sen. Marco Rubio"). */
export function titlesHead(ctx: ArticleContext, e: Speaker, head: string): boolean {
  return head.length > 2 && ctx.entity(e).context.has(head);
}

/**
 * The candidates for a source, NULL first. `rule` is what the rules answer for it (may be
 * an entity that is no other candidate: it is added).
 */
export function candidatesFor(ctx: ArticleContext, source: Source, sentences: Sentences, rule: Speaker | null): Candidate[] {
  const m = source.mention;
  const { mentions } = ctx.index;
  const out: Candidate[] = [{ entity: null, last: null, next: null, count: 0, rank: -1, inside: false, rule: rule === null }];
  const byEntity = new Map<Speaker, Candidate>();
  const add = (entity: Speaker): Candidate => {
    const c: Candidate = { entity, last: null, next: null, count: 0, rank: -1, inside: false, rule: entity === rule };
    byEntity.set(entity, c);
    out.push(c);
    return c;
  };
  // Before the source, most recent first: every entity's count, the first MAX_BEFORE entities as candidates.
  const lastBefore = lastAtOrBefore(mentions, (x) => x.span.start, m.start - 1);
  let ranked = 0;
  for (let i = lastBefore; i >= 0; i--) {
    const x = mentions[i]!;
    if (x.span.end > m.start) {
      // A mention that runs into the source ("Trump" of "Trump's spokesman" is inside).
      const c = byEntity.get(x.entity) ?? add(x.entity);
      c.inside = true;
      c.next ??= x.span;
      continue;
    }
    let c = byEntity.get(x.entity);
    if (!c) {
      if (ranked >= MAX_BEFORE) continue;
      c = add(x.entity);
    }
    if (c.last === null) {
      c.last = x.span;
      c.rank = ranked++;
    }
    c.count++;
  }
  // Inside the source, then on in its sentence (cataphora), up to a few mentions.
  const sentence = sentences.starts[0]!;
  let after = 0;
  for (let i = lastBefore + 1; i < mentions.length && after < 4; i++) {
    const x = mentions[i]!;
    const inside = x.span.start < m.end;
    if (!inside) {
      if (x.span.start >= sentences.next) break;
      if (ctx.sentenceOf(x.span.start).start !== sentence) {
        sentences.next = x.span.start;
        break;
      }
      after++;
    }
    const c = byEntity.get(x.entity) ?? add(x.entity);
    if (inside) c.inside = true;
    c.next ??= x.span;
  }
  // Entities named or described with the head noun ("the fund", "the spokesman"), wherever they are mentioned.
  if (source.headClass !== 'none' && source.headClass !== 'people' && source.headClass !== 'document') {
    for (const e of ctx.index.all) {
      if (!byEntity.has(e) && (namesHead(ctx, e, source.head) || describesHead(ctx, e, source.head))) add(e);
    }
  }
  if (rule && !byEntity.has(rule)) add(rule);
  // "Schilling’s son", "Trump’s lawyer": a person described through another is not that one.
  if (source.cls === 'poss' && source.headClass === 'person') {
    return out.filter((c) => !(c.inside && c.next !== null && c.next.end <= source.possessorEnd));
  }
  return out;
}
