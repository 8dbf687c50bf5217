// An article for the tests of src/ingest/quotes/resolution/: its text (title, then one
// paragraph per argument), hand-made entities, and a ReferentResolver over them, with the
// sentences and genders extractQuotes would give it.
import { personGenders } from '../../../../src/ingest/quotes/gender.js';
import { mention, type MentionKind } from '../../../../src/ingest/quotes/mentions.js';
import { sentenceStarts } from '../../../../src/ingest/quotes/sentences.js';
import { SpeakerIndex, type Speaker } from '../../../../src/ingest/quotes/speakers.js';
import { candidatesFor, sentencesOf, type Candidate } from '../../../../src/ingest/quotes/resolution/candidates.js';
import { sourceContext, type SourceContext } from '../../../../src/ingest/quotes/resolution/features.js';
import { ReferentResolver } from '../../../../src/ingest/quotes/resolution/index.js';
import { readSource, type Source } from '../../../../src/ingest/quotes/resolution/source.js';
import type { EntityType } from '../../../../src/ingest/types.js';
import { draftOf, entity } from '../helpers.js';

/** [name, type, forms (default: the name), descriptions, salience]. */
export type EntitySpec = [string, EntityType, string[]?, string[]?, number?];

export interface TestArticle {
  text: string;
  resolver: ReferentResolver;
  /** The entity of that name. */
  named(name: string): Speaker;
  /** The source written `written` (its `nth` occurrence), read as `kind`. */
  source(written: string, kind?: MentionKind, nth?: number): Source;
  /** The candidates of a source, with the rules' answer `rule` (an entity name). */
  candidates(s: Source, rule?: string | null): Candidate[];
  /** The candidate for the entity of that name (NULL for null). */
  candidate(cs: Candidate[], name: string | null): Candidate;
  context(s: Source): SourceContext;
}

export function article(paragraphs: string[], specs: EntitySpec[]): TestArticle {
  const draft = draftOf(...paragraphs);
  const { text } = draft;
  const entities = specs.map(([name, type, forms, descriptions, salience]) => ({ ...entity(draft, name, type, forms ?? [name], descriptions ?? []), salience: salience ?? 0 }));
  const index = new SpeakerIndex(entities, () => false);
  const startsOf = draft.blocks.map((b) => sentenceStarts(text, b, []));
  const sentenceOf = (at: number): { start: number; previousStart: number | null } => {
    const b = draft.blocks.findIndex((x) => x.start <= at && at < x.end);
    if (b < 0) return { start: at, previousStart: null };
    const starts = startsOf[b]!;
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > at) i--;
    return { start: starts[i]!, previousStart: i > 0 ? starts[i - 1]! : b > 0 ? startsOf[b - 1]!.at(-1)! : null };
  };
  const genders = personGenders(text, [...index.all], index.mentions);
  const resolver = new ReferentResolver(text, index, sentenceOf, (e) => genders.get(e) ?? null);
  const named = (name: string): Speaker => {
    const e = index.all.find((x) => x.name === name);
    if (!e) throw new Error(`no entity ${name}`);
    return e;
  };
  const source = (written: string, kind: MentionKind = 'NOMINAL', nth = 0): Source => {
    // As a whole word: "he", not the end of "the".
    const found = [...text.matchAll(new RegExp(`(?<![\\p{L}])${written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'))];
    const at = found[nth]?.index;
    if (at === undefined) throw new Error(`no ${written}`);
    return readSource(mention(text, at, at + written.length, kind));
  };
  return {
    text,
    resolver,
    named,
    source,
    candidates: (s, rule = null) => candidatesFor(resolver, s, sentencesOf(resolver, s.mention.start), rule === null ? null : named(rule)),
    candidate: (cs, name) => {
      const c = cs.find((x) => (x.entity?.name ?? null) === name);
      if (!c) throw new Error(`no candidate ${name}`);
      return c;
    },
    context: (s) => sourceContext(resolver, s, sentencesOf(resolver, s.mention.start)),
  };
}

/** A candidate's entity name, or null for NULL. */
export const nameOf = (c: Candidate): string | null => c.entity?.name ?? null;
