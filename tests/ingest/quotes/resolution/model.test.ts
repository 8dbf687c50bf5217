// model.ts: the shipped weights, and that they were trained on the features as they are now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_SET } from '../../../../src/ingest/quotes/resolution/features.js';
import { FORMAT, MODEL_FILE, ReferentModel, modelOf, referentModel, type ReferentModelFile } from '../../../../src/ingest/quotes/resolution/model.js';
import { probeFingerprint } from '../../../../scripts/speakers/resolver-probe.js';

describe('the shipped model (models/referent-resolver.json)', () => {
  const file = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ReferentModelFile;

  it('was trained on this feature set: change a feature and retrain (npm run train:resolver)', () => {
    expect(file.format).toBe(FORMAT);
    expect(file.featureSet).toBe(FEATURE_SET);
    // The features of a fixed probe (scripts/speakers/resolver-probe.ts), hashed at training time.
    expect(probeFingerprint(), 'the features changed since the model was trained: run npm run train:resolver').toBe(file.fingerprint);
  });

  it('is small: a thousand-odd weights, tens of kilobytes', () => {
    expect(Object.keys(file.weights).length).toBeLessThan(3000);
    expect(readFileSync(MODEL_FILE).length).toBeLessThan(100_000);
  });

  it('records how it was made', () => {
    expect(file.trainedOn).toMatchObject({ corpus: expect.stringContaining('PolNeAR train'), seed: 19 });
  });

  it('is read once', () => {
    expect(referentModel()).toBe(referentModel());
  });
});

describe('scores', () => {
  it('a candidate’s score is the sum of its features’ weights; an unknown feature weighs 0', () => {
    const model = modelOf({ 'type:he:PERSON': 1.5, 'rule:he': 0.25, 'gender:pron:clash': -2 }, FEATURE_SET);
    expect(model.score(['type:he:PERSON', 'rule:he'])).toBe(1.75);
    expect(model.score(['type:he:PERSON', 'gender:pron:clash', 'never:seen'])).toBe(-0.5);
    expect(model.score([])).toBe(0);
  });

  it('a file of another format is refused', () => {
    expect(() => new ReferentModel({ format: 'wiregraph-referents/0' as typeof FORMAT, featureSet: FEATURE_SET, fingerprint: '', trainedOn: {}, weights: {} })).toThrow(/format/);
  });
});
