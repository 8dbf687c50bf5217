import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/ingest/entities/index.js';
import { readWireText } from '../../../src/ingest/formats/wire-text.js';
import { featureDigest } from '../../../src/ingest/quotes/features.js';
import { extractQuotes, type RankObservation } from '../../../src/ingest/quotes/index.js';
import { RANKER_FORMAT, SpeakerRanker, shippedRanker } from '../../../src/ingest/quotes/ranker.js';
import type { ParsedQuote } from '../../../src/ingest/types.js';
import { seedFingerprint } from '../../../scripts/speakers/seed-fingerprint.js';
import { directQuotes } from './helpers.js';

const draft = readWireText(readFileSync(new URL('../../../seeds/000_fd439a6a3e23e835.txt', import.meta.url), 'utf8'), '000_fd439a6a3e23e835.txt');
const entities = extractEntities(draft);
const seen: RankObservation[] = [];
extractQuotes(draft, entities, { ranker: null, observe: (o) => seen.push(o) });
// “This is completely untrue. ...,” Kremlin spokesman Dmitry Peskov told reporters: Dmitry Peskov (the cascade's), Reuters, Kremlin, NULL.
const untrue = seen[0]!;
const row = (q: ParsedQuote) => [q.text.slice(0, 30), q.speaker, q.speakerAsWritten, q.cue, q.kind];

/** A ranker with hand-set weights and override margins. */
const ranker = (weights: Record<string, number>, minMargin: { fromNull: number | null; fromMention: number | null }) =>
  new SpeakerRanker({ format: RANKER_FORMAT, trainedOn: { minMargin }, weights });

describe('SpeakerRanker', () => {
  it('scores a candidate as the sum of its features’ weights (unknown features weigh 0)', () => {
    const r = ranker({ 'kind:NAME': 1.5, 'cue-after:tell': 2, 'pos:after': -0.25 }, { fromNull: 0, fromMention: 0 });
    expect(r.score(['kind:NAME', 'cue-after:tell', 'pos:after', 'never-seen'])).toBe(3.25);
    expect(r.choose(untrue.candidates, untrue.ctx).scores).toEqual([3.25, 1.5, 3.25, 0]);
  });

  it('keeps the cascade’s choice on a tie, and overrides it only past the margin for its kind of choice', () => {
    // Reuters and Kremlin (entity mentions the window found) score 3 over Dmitry Peskov's 0.
    const weights = { 'source:entity': 3 };
    const best = (fromMention: number | null) => ranker(weights, { fromNull: 0, fromMention }).choose(untrue.candidates, untrue.ctx).best.mention?.text;
    expect(best(2)).toBe('Reuters');
    expect(best(3)).toBe('Dmitry Peskov');
    expect(best(null)).toBe('Dmitry Peskov');
    expect(ranker({}, { fromNull: 0, fromMention: 0 }).choose(untrue.candidates, untrue.ctx).best.mention?.text).toBe('Dmitry Peskov');
  });

  it('says whether it may override the cascade at all, so extractQuotes skips the candidates where it never does', () => {
    const r = ranker({}, { fromNull: 2, fromMention: null });
    expect([r.mayOverride(false), r.mayOverride(true)]).toEqual([true, false]);
  });

  it('refuses a model file of another format', () => {
    expect(() => new SpeakerRanker({ format: 'wiregraph-ner/1' as typeof RANKER_FORMAT, trainedOn: {}, weights: {} })).toThrow(/format/);
  });
});

describe('the shipped speaker model', () => {
  const model = shippedRanker().model;

  it('was trained on PolNeAR train, with its override margins chosen on train folds', () => {
    expect(model.format).toBe(RANKER_FORMAT);
    expect(model.trainedOn).toMatchObject({ corpus: 'PolNeAR train', learner: 'softmax', folds: 5, seed: 19 });
    expect(Object.keys(model.weights).length).toBeGreaterThan(1000);
  });

  it('was trained on the features and candidates the code makes today', () => {
    // When this fails, a feature unit (features.ts), the candidates (candidates.ts) or the
    // cue lexicon changed after training: run `npm run train:speakers` and commit
    // models/speaker-ranker.json.
    expect(model.trainedOn.features).toBe(featureDigest());
    expect(model.trainedOn.seedFingerprint).toBe(seedFingerprint());
  });

  it('leaves the seed article’s nine quotes and speakers as the rule cascade gives them', () => {
    const cascade = directQuotes(extractQuotes(draft, entities, { ranker: null })).map(row);
    expect(directQuotes(extractQuotes(draft, entities)).map(row)).toEqual(cascade);
    expect(cascade.map((r) => r[1])).toEqual(['Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov', 'Vladimir Putin', 'Kremlin', 'Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov']);
  });

  it('names the speaker the cascade left out: “a choked-up Jeb Bush could not bring himself to utter: “Donald Trump.””', () => {
    const d = readWireText(['Title', 'Jeb Bush spoke in Miami.', 'There were two words that a choked-up Jeb Bush could not bring himself to utter: “Donald Trump.”'].join('\n\n'), 'test.txt');
    const found = extractEntities(d);
    expect(directQuotes(extractQuotes(d, found, { ranker: null })).map(row)).toEqual([['Donald Trump.', null, null, null, 'FULL']]);
    expect(directQuotes(extractQuotes(d, found)).map(row)).toEqual([['Donald Trump.', 'Jeb Bush', 'Jeb Bush', null, 'FULL']]);
  });
});
