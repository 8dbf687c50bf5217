import { describe, expect, it } from 'vitest';
import { LABEL_COUNT as L } from '../../../src/ingest/entities/labels.js';
import { decodeModel, encodeModel } from '../../../src/ingest/entities/model.js';
import { packRows } from '../../../src/ingest/entities/rows.js';
import { taggerModels } from '../../../src/ingest/entities/tagger.js';
import { featureDigest } from '../../../src/ingest/entities/word-features.js';

describe('model file', () => {
  it('keeps only non-zero buckets and reads back the same scores (to int16 precision)', () => {
    const bits = 8;
    const dense = new Float32Array((1 << bits) * L);
    dense[5 * L + 1] = 2.5;
    dense[5 * L + 0] = -1;
    dense[200 * L + 16] = 0.75;
    const bytes = encodeModel({ bucketBits: bits, transitions: new Array(L * L).fill(0), start: new Array(L).fill(0), trainedOn: {} }, dense);
    const model = decodeModel(bytes);
    expect(model.header.rows).toBe(2);
    const scores = model.emissions(packRows([[5 | (7 << bits)], [200, 9]]));
    expect(scores[1]).toBeCloseTo(2.5, 3);
    expect(scores[0]).toBeCloseTo(-1, 3);
    expect(scores[L + 16]).toBeCloseTo(0.75, 3);
    expect(scores[L + 1]).toBe(0);
  });

  it('ships two small passes trained on CoNLL-2003 and selected on its validation split', () => {
    const { first, second } = taggerModels();
    for (const m of [first, second]) {
      expect(m.header.trainedOn).toMatchObject({ corpus: 'CoNLL-2003 train', selectedOn: 'CoNLL-2003 valid' });
      expect(m.header.rows).toBeGreaterThan(10_000);
    }
    expect(second.header.trainedOn).toMatchObject({ pass: 2, folds: 5 });
  });
});

describe('the shipped models', () => {
  it('were trained on the word lists, gazetteers and clusters the tagger reads today', () => {
    const { first, second } = taggerModels();
    const digest = featureDigest();
    // When this fails, a list the tagger reads as a feature changed after training: run
    // `npm run train:ner` and commit the models it writes (or move the change to a rule-level list).
    expect(first.header.trainedOn.features).toBe(digest);
    expect(second.header.trainedOn.features).toBe(digest);
  });
});
