// Resolution of a pronoun or description speaker ("he", "the newspaper", "a spokeswoman for
// Trump hotels", "the company") to the entity it refers to (issue #19): a mention-ranking
// model. The candidates (candidates.ts) are the persons and organisations mentioned before
// the source, inside it or later in its sentence, those sharing its head noun, and NULL (no
// entity); each gets the features of features.ts, the model (model.ts, trained by
// `npm run train:resolver` on the PolNeAR train referents) weighs them, the best one wins.
// The rules' answer (SpeakerIndex.resolve, PronounResolver) is one of the features, so the
// model starts from it; where the rules found the entity named in the source itself
// ("spokesman John Kirby") their answer stands. Names are not resolved here.
import type { Gender } from '../gender.js';
import type { Mention } from '../mentions.js';
import type { SentenceOf } from '../pronouns.js';
import type { Antecedent, Speaker, SpeakerIndex } from '../speakers.js';
import type { Span } from '../../types.js';
import { lastAtOrBefore } from '../../sorted.js';
import { candidatesFor, sentencesOf, type ArticleContext, type Candidate } from './candidates.js';
import { entityFacts, mentionFacts, type EntityFacts, type MentionFacts } from './facts.js';
import { candidateFeatures, nullFeatures, sourceContext } from './features.js';
import { referentModel, type ReferentModel } from './model.js';
import { readSource, type Source } from './source.js';

/** One resolution as the trainer sees it: the source, its candidates with their features, the rules' and the model's answers. */
export interface TracedResolution {
  source: Source;
  candidates: { candidate: Candidate; features: string[] }[];
  rule: Speaker | null;
  chosen: Speaker | null;
}

type Tracer = ((t: TracedResolution) => void) | null;

let tracer: Tracer = null;
// undefined: the shipped model; null: none (the rules' answer stands); else this model.
let override: ReferentModel | null | undefined;

/** For the trainer: calls `fn` with every resolution (null: stop). Returns the tracer it replaces. */
export function traceReferents(fn: Tracer): Tracer {
  const before = tracer;
  tracer = fn;
  return before;
}

/** For the trainer and tests: resolve with `model` (null: the rules alone; undefined: the shipped model). Returns the setting it replaces. */
export function useReferentModel(model: ReferentModel | null | undefined): ReferentModel | null | undefined {
  const before = override;
  override = model;
  return before;
}

/** One article's referent resolution: built once per extractQuotes call, used for each pronoun or description speaker. */
export class ReferentResolver implements ArticleContext {
  /** Speakers of attributed quotes, in text order. */
  private readonly spoken: Antecedent[] = [];
  private readonly entities = new Map<Speaker, EntityFacts>();
  /** Facts of mentions, by where they start. */
  private readonly mentions = new Map<number, MentionFacts>();
  private salience: Map<Speaker, number> | null = null;

  constructor(
    readonly text: string,
    readonly index: SpeakerIndex,
    readonly sentenceOf: SentenceOf,
    private readonly genders: (e: Speaker) => Gender,
  ) {}

  genderOf(e: Speaker): Gender {
    return this.genders(e);
  }

  /** Records the speaker of an attributed quote (or reported speech) at `at`, for "the speaker of the previous quote". */
  noteSpeaker(entity: Speaker, at: number): void {
    const i = lastAtOrBefore(this.spoken, (s) => s.at, at) + 1;
    this.spoken.splice(i, 0, { entity, at });
  }

  previousSpeaker(at: number): Antecedent | null {
    return this.spoken[lastAtOrBefore(this.spoken, (s) => s.at, at - 1)] ?? null;
  }

  entity(e: Speaker): EntityFacts {
    let facts = this.entities.get(e);
    if (!facts) {
      facts = entityFacts(this.text, e);
      this.entities.set(e, facts);
    }
    return facts;
  }

  mention(span: Span): MentionFacts {
    let facts = this.mentions.get(span.start);
    if (!facts) {
      facts = mentionFacts(this.text, span);
      this.mentions.set(span.start, facts);
    }
    return facts;
  }

  salienceRank(e: Speaker): number {
    // Speakers added at a cue come last (salience 0); recomputed when one is added.
    if (!this.salience || this.salience.size !== this.index.all.length) {
      const ranked = [...this.index.all].sort((a, b) => b.salience - a.salience);
      this.salience = new Map(ranked.map((x, i) => [x, i]));
    }
    return this.salience.get(e) ?? this.salience.size;
  }

  /**
   * Whether the rules' answer, named inside the source, is who the source names, so that it
   * stands: the source ends with its name ("spokesman John Kirby", "a spokeswoman for Trump
   * hotels, Jennifer Rodstrom"; an entity mention that is the description itself, "the
   * ministry"), or it is the possessor of "X’s office", which speaks for X
   * (tests/ingest/quotes/speakers.test.ts; the referent annotations read "Ryan’s office" as no
   * one, and the model would follow them).
   */
  private namesItself(source: Source, c: Candidate): boolean {
    const at = c.next!;
    if (/^[\s,.;:)]*$/.test(this.text.slice(at.end, source.mention.end))) return true;
    return source.cls === 'poss' && source.head === 'office' && at.end <= source.possessorEnd;
  }

  /**
   * The entity a pronoun or description speaker refers to (null: none of the article's), given
   * the rules' answer `rule`. A name, or any mention when no model is in use, keeps the rules' answer.
   */
  resolve(m: Mention, rule: Speaker | null): Speaker | null {
    if (m.kind === 'NAME') return rule;
    const model = override === undefined ? referentModel() : override;
    if (!model && !tracer) return rule;
    const source = readSource(m);
    const sentences = sentencesOf(this, m.start);
    const candidates = candidatesFor(this, source, sentences, rule);
    if (rule && candidates.some((c) => c.rule && c.inside && this.namesItself(source, c))) return rule;
    const sc = sourceContext(this, source, sentences);
    let best: Candidate | null = null;
    let bestScore = -Infinity;
    const traced: { candidate: Candidate; features: string[] }[] | null = tracer ? [] : null;
    for (const c of candidates) {
      const features = c.entity === null ? nullFeatures(sc, candidates) : candidateFeatures(this, sc, c);
      traced?.push({ candidate: c, features });
      if (!model) continue;
      const score = model.score(features);
      // Ties go to the earlier candidate: NULL, then the most recent entity.
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    const chosen = model ? best!.entity : rule;
    if (tracer) tracer({ source, candidates: traced!, rule, chosen });
    return chosen;
  }
}
