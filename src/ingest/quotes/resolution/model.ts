// The referent model's weights (models/referent-resolver.json, trained by
// `npm run train:resolver` on the PolNeAR train referents): one weight per feature name, a
// candidate's score is the sum of its features' weights, the highest-scoring candidate
// (NULL included) wins. Small enough to be JSON.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FORMAT = 'wiregraph-referents/1';

export const MODEL_FILE = fileURLToPath(new URL('../../../../models/referent-resolver.json', import.meta.url));

export interface ReferentModelFile {
  format: typeof FORMAT;
  /** features.ts FEATURE_SET at training time. */
  featureSet: string;
  /** A hash of the features of the seed article's sources at training time (see tests/ingest/quotes/resolution/model.test.ts). */
  fingerprint: string;
  /** How the model was made (corpus, epochs, scores), for people. */
  trainedOn: Record<string, unknown>;
  weights: Record<string, number>;
}

export class ReferentModel {
  private readonly weights: Map<string, number>;

  constructor(readonly file: ReferentModelFile) {
    if (file.format !== FORMAT) throw new Error(`${MODEL_FILE}: format ${file.format}, expected ${FORMAT}`);
    this.weights = new Map(Object.entries(file.weights));
  }

  /** The sum of the features' weights (an unknown feature weighs 0). */
  score(features: readonly string[]): number {
    let s = 0;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }
}

/** A model from its weights (the trainer's, or a test's). */
export function modelOf(weights: Map<string, number> | Record<string, number>, featureSet: string, fingerprint = '', trainedOn: Record<string, unknown> = {}): ReferentModel {
  return new ReferentModel({ format: FORMAT, featureSet, fingerprint, trainedOn, weights: weights instanceof Map ? Object.fromEntries(weights) : weights });
}

let loaded: ReferentModel | null = null;

/** The shipped model, read once per process (or worker thread) on first use. */
export function referentModel(): ReferentModel {
  loaded ??= new ReferentModel(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ReferentModelFile);
  return loaded;
}
