// The learned speaker ranker: a linear model over the features of each candidate
// (features.ts); the candidate with the highest score speaks the quote. Trained by
// `npm run train:speakers` (scripts/speakers/train-ranker.ts) on PolNeAR train, stored in
// models/speaker-ranker.json and read once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Candidate } from './candidates.js';
import { candidateFeatures, type RankContext } from './features.js';

export const RANKER_FORMAT = 'wiregraph-speaker-ranker/1';

export interface RankerModel {
  format: typeof RANKER_FORMAT;
  /** How the model was made (corpus, feature digest, epochs, seed, accuracy), for people and the stale-model test. */
  trainedOn: Record<string, unknown>;
  /** Feature -> weight; a feature not listed weighs 0. */
  weights: Record<string, number>;
}

export class SpeakerRanker {
  private readonly weights: Map<string, number>;

  constructor(readonly model: RankerModel) {
    if (model.format !== RANKER_FORMAT) throw new Error(`unknown speaker model format ${String(model.format)}`);
    this.weights = new Map(Object.entries(model.weights));
  }

  /** The summed weight of a candidate's features. */
  score(features: readonly string[]): number {
    let s = 0;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }

  /**
   * The best candidate and every score. The cascade's choice comes first and wins a tie; the
   * model overrides it only by more than the margin training chose for that kind of change
   * (`trainedOn.minMargin`: overriding NULL, overriding a mention; null = never).
   */
  choose(candidates: readonly Candidate[], ctx: RankContext): { best: Candidate; scores: number[] } {
    const scores = candidates.map((c) => this.score(candidateFeatures(c, ctx, candidates)));
    let best = 0;
    for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
    const need = candidates[0]!.mention ? this.minMargin.fromMention : this.minMargin.fromNull;
    if (best !== 0 && (need === null || scores[best]! - scores[0]! <= need)) best = 0;
    return { best: candidates[best]!, scores };
  }

  /** Whether the model may override the cascade's choice of a mention (`true`) or of NULL (`false`) at all. */
  mayOverride(cascadeChoseMention: boolean): boolean {
    return (cascadeChoseMention ? this.minMargin.fromMention : this.minMargin.fromNull) !== null;
  }

  private get minMargin(): { fromNull: number | null; fromMention: number | null } {
    return (this.model.trainedOn.minMargin as { fromNull: number | null; fromMention: number | null } | undefined) ?? { fromNull: 0, fromMention: 0 };
  }
}

export const RANKER_FILE = fileURLToPath(new URL('../../../models/speaker-ranker.json', import.meta.url));

let shipped: SpeakerRanker | undefined;

/** The ranker in models/speaker-ranker.json, read on first use. */
export function shippedRanker(): SpeakerRanker {
  return (shipped ??= new SpeakerRanker(JSON.parse(readFileSync(RANKER_FILE, 'utf8')) as RankerModel));
}
