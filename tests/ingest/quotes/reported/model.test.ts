// model.ts: the tagger's weights file, its round trip, and the shipped model's header.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_SET, quotedFlags, sentenceFeatures, type SentenceFeatures, type WordFeatures } from '../../../../src/ingest/quotes/reported/features.js';
import { LABELS, LABEL_COUNT as L } from '../../../../src/ingest/quotes/reported/labels.js';
import { MODEL_FILE, ReportedModel, decodeReportedModel, encodeReportedModel, reportedModel, type ReportedHeader } from '../../../../src/ingest/quotes/reported/model.js';
import { viterbi } from '../../../../src/ingest/quotes/reported/viterbi.js';
import { decodeWeights, encodeWeights } from '../../../../src/ingest/weights-file.js';
import { handMadeModel, namesOf, tokensOf } from './helpers.js';

// A 4-bucket model (bucketBits 2): bucket 0 empty, the others with integer weights up to
// 32767, so the int16 scale is exactly 1 and the weights come back exact.
const dense = Float32Array.from([
  0, 0, 0, 0, 0, 0, 0, // bucket 0
  1, -2, 3, 0, 0, 0, 32767, // bucket 1
  0, 0, 0, 0, 0, 0, 0, // bucket 2 (empty: not stored)
  -5, 0, 0, 7, 0, 0, 1, // bucket 3
]);
const header = {
  bucketBits: 2,
  transitions: Array.from({ length: L * L }, (_, i) => i / 10),
  start: [0, 1, -1, 2, -2, 3, -3],
  cueWords: ['according', 'said'],
  trainedOn: { corpus: 'hand-made', features: FEATURE_SET },
};
const tiny = () => decodeReportedModel(encodeReportedModel(header, dense));

/** A word whose own features are the given ids (only `own` matters to the model). */
const word = (own: number[]): WordFeatures => ({ lower: 'w', hash: 0, shape: 0, own });

describe('encodeReportedModel and decodeReportedModel', () => {
  it('keep the header, with the format, labels, rows stored and scale added', () => {
    const m = tiny();
    expect(m.header).toEqual({ format: 'wiregraph-reported/1', labels: LABELS, ...header, rows: 2, scale: 1 });
    expect(m.mask).toBe(3);
    expect([...m.cueWords]).toEqual(['according', 'said']);
    expect(Array.from(m.transitions)).toEqual(Array.from(Float32Array.from(header.transitions)));
    expect(Array.from(m.start)).toEqual(header.start);
  });

  it('give back the weights: a token’s score per label is the sum of its features’ rows', () => {
    const m = tiny();
    // Token 0: own features in buckets 1 and 3, a context feature in bucket 0 (empty).
    // Token 1: only a context feature, hashed to 7, which the mask takes to bucket 3.
    const features: SentenceFeatures = { words: [word([1, 3]), word([])], flat: Uint32Array.from([4, 7]), offsets: Uint32Array.from([0, 1, 2]) };
    const e = m.emissions(features);
    expect(Array.from(e.subarray(0, L))).toEqual([1 - 5, -2, 3, 7, 0, 0, 32767 + 1]);
    expect(Array.from(e.subarray(L))).toEqual([-5, 0, 0, 7, 0, 0, 1]);
  });

  it('a word’s own scores are summed once and reused for its every occurrence', () => {
    const m = tiny();
    const w = word([1]);
    const features: SentenceFeatures = { words: [w, w, w], flat: new Uint32Array(0), offsets: new Uint32Array(4) };
    const e = m.emissions(features);
    expect(Array.from(e.subarray(2 * L))).toEqual([1, -2, 3, 0, 0, 0, 32767]);
    expect(Array.from(e.subarray(0, L))).toEqual(Array.from(e.subarray(2 * L)));
  });

  it('write into the array given, when one is (the tagger reuses one), and leave what lies past the sentence', () => {
    const m = tiny();
    const features: SentenceFeatures = { words: [word([1, 3]), word([])], flat: Uint32Array.from([4, 7]), offsets: Uint32Array.from([0, 1, 2]) };
    const out = new Float32Array(3 * L).fill(9);
    expect(m.emissions(features, out)).toBe(out);
    expect(Array.from(out.subarray(0, 2 * L))).toEqual(Array.from(m.emissions(features)));
    expect(Array.from(out.subarray(2 * L))).toEqual(new Array(L).fill(9));
  });

  it('quantise weights to int16 with the largest weight at 32767', () => {
    const halves = Float32Array.from([0.5, 0, 0, 0, 0, 0, 1, ...new Array(3 * L).fill(0)]);
    const m = decodeReportedModel(encodeReportedModel(header, halves));
    expect(m.header.scale).toBeCloseTo(1 / 32767, 12);
    expect(m.header.rows).toBe(1);
    const [o, , , , , , ic] = Array.from(m.emissions({ words: [word([0])], flat: new Uint32Array(0), offsets: Uint32Array.from([0, 0]) }));
    expect(o).toBeCloseTo(0.5, 4);
    expect(ic).toBeCloseTo(1, 6);
  });

  it('refuse a file of another format, and a header whose labels are not the tagger’s', () => {
    const other = encodeWeights<ReportedHeader>({ ...header, format: 'wiregraph-ner/1' as 'wiregraph-reported/1', labels: LABELS }, dense);
    expect(() => decodeReportedModel(other)).toThrow('unknown model format wiregraph-ner/1 (expected wiregraph-reported/1)');
    const bytes = encodeWeights<ReportedHeader>({ ...header, format: 'wiregraph-reported/1', labels: ['O', 'B-CUE'] }, new Float32Array(8));
    expect(() => decodeReportedModel(bytes)).toThrow("the model's labels (O,B-CUE) are not the tagger's");
  });
});

describe('a hand-made model end to end', () => {
  it('decodes the labels its weights set, under the BIO constraints', () => {
    const m = handMadeModel({ peskov: 'B-SOURCE', said: 'B-CUE', '.': 'O' }, ['said']);
    const tokens = tokensOf('Peskov said that Putin had no plans.');
    const labels = viterbi(m.emissions(sentenceFeatures(tokens, quotedFlags(tokens, []), m.cueWords)), tokens.length, m.transitions, m.start);
    expect(tokens.map((t, i) => `${t.text}/${namesOf(labels)[i]}`)).toEqual([
      'Peskov/B-SOURCE',
      'said/B-CUE',
      // Content by default: B- where I- may not follow the Cue.
      'that/B-CONTENT',
      'Putin/I-CONTENT',
      'had/I-CONTENT',
      'no/I-CONTENT',
      'plans/I-CONTENT',
      './O',
    ]);
    expect(m.header.trainedOn).toEqual({ corpus: 'hand-made', features: FEATURE_SET });
  });
});

describe('the shipped model', () => {
  it('is read from models/reported-speech.bin once per process', () => {
    expect(MODEL_FILE.endsWith('/models/reported-speech.bin')).toBe(true);
    expect(existsSync(MODEL_FILE)).toBe(true);
    const m = reportedModel();
    expect(reportedModel()).toBe(m);
    expect(m).toBeInstanceOf(ReportedModel);
  });

  it('was trained on the current feature set', () => {
    expect(reportedModel().header.trainedOn.features, `models/reported-speech.bin was trained on another feature set than features.ts's FEATURE_SET: run \`npm run train:reported\``).toBe(FEATURE_SET);
  });

  it('is the tagger’s format and labels, with a transition per label pair, a start score per label and its cue words', () => {
    const { header } = reportedModel();
    expect(header.format).toBe('wiregraph-reported/1');
    expect(header.labels).toEqual(LABELS);
    expect(header.transitions.length).toBe(L * L);
    expect(header.start.length).toBe(L);
    expect(header.trainedOn.corpus).toBe('PolNeAR train');
    // Lower case, sorted, no duplicates; the cues these tests rely on among them.
    expect(header.cueWords).toEqual([...new Set(header.cueWords.map((w) => w.toLowerCase()))].sort());
    for (const w of ['said', 'says', 'according', 'told', 'reported', 'added']) expect(reportedModel().cueWords.has(w)).toBe(true);
  });

  it('round-trips: its weights encoded again decode to the same model', () => {
    const m = reportedModel();
    const { header, keys, weights } = decodeWeights<ReportedHeader>(readFileSync(MODEL_FILE), 'wiregraph-reported/1');
    // The dense matrix back (int16 × scale), then encoded again.
    const dense = new Float32Array((1 << header.bucketBits) * L);
    keys.forEach((key, row) => {
      for (let l = 0; l < L; l++) dense[key * L + l] = weights[row * L + l]! * header.scale;
    });
    const { format: _f, labels: _l, rows: _r, scale: _s, ...rest } = header;
    const again = decodeReportedModel(encodeReportedModel(rest, dense));
    // Rows whose weights all rounded to 0 in int16 are stored in the file but not again.
    const nonZero = keys.filter((_, row) => weights.subarray(row * L, (row + 1) * L).some((w) => w !== 0)).length;
    expect(again.header.rows).toBe(nonZero);
    expect(nonZero).toBeLessThanOrEqual(m.header.rows);
    expect(again.header.scale).toBeCloseTo(m.header.scale, 12);
    const tokens = tokensOf('Peskov said that Putin had no plans to call Trump.');
    const features = sentenceFeatures(tokens, new Uint8Array(tokens.length), m.cueWords);
    const a = m.emissions(features);
    const b = again.emissions(features);
    a.forEach((x, i) => expect(b[i]).toBeCloseTo(x, 3));
  });
});
