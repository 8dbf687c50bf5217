// The reported-speech tagger's weights (models/reported-speech.bin, trained by
// `npm run train:reported` on PolNeAR train), in the format of src/ingest/weights-file.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeWeights, encodeWeights, type WeightsHeader } from '../../weights-file.js';
import { LABELS, LABEL_COUNT as L } from './labels.js';
import type { SentenceFeatures, WordFeatures } from './features.js';

const FORMAT = 'wiregraph-reported/1';

export const MODEL_FILE = fileURLToPath(new URL('../../../../models/reported-speech.bin', import.meta.url));

export interface ReportedHeader extends WeightsHeader {
  format: typeof FORMAT;
  /** Bits of the feature hash kept as the bucket. */
  bucketBits: number;
  transitions: number[];
  start: number[];
  /** Words the training data uses as cues often enough (lower case); the tagger looks only at sentences holding one. */
  cueWords: string[];
  /** How the model was made (corpus, epochs, scores), for people; `features` is the feature set's version. */
  trainedOn: Record<string, unknown>;
}

export class ReportedModel {
  readonly mask: number;
  readonly cueWords: ReadonlySet<string>;
  readonly transitions: Float32Array;
  readonly start: Float32Array;
  /** Every bucket's row of L weights, dense: a direct index per feature, no probing (the table is small). */
  private readonly dense: Int16Array;
  /** Each word's own weights, summed once (words repeat). */
  private readonly byWord = new WeakMap<WordFeatures, Int32Array>();

  constructor(
    readonly header: ReportedHeader,
    keys: Uint32Array,
    weights: Int16Array,
  ) {
    if (header.labels.join() !== LABELS.join()) throw new Error(`the model's labels (${header.labels.join()}) are not the tagger's`);
    this.mask = header.bucketBits === 32 ? 0xffffffff : (1 << header.bucketBits) - 1;
    // Kept as int16 (times header.scale): half the memory of floats, so more of it stays in cache.
    this.dense = new Int16Array((this.mask + 1) * L);
    keys.forEach((key, row) => this.dense.set(weights.subarray(row * L, (row + 1) * L), key * L));
    this.cueWords = new Set(header.cueWords);
    this.transitions = Float32Array.from(header.transitions);
    this.start = Float32Array.from(header.start);
  }

  /** Token scores (n × L) of one sentence's features. */
  emissions({ words, flat, offsets }: SentenceFeatures): Float32Array {
    const n = words.length;
    const out = new Float32Array(n * L);
    const { dense, mask } = this;
    const { scale } = this.header;
    const acc = new Int32Array(L);
    for (let i = 0; i < n; i++) {
      const at = i * L;
      acc.set(this.ownScores(words[i]!));
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const row = (flat[k]! & mask) * L;
        for (let l = 0; l < L; l++) acc[l]! += dense[row + l]!;
      }
      for (let l = 0; l < L; l++) out[at + l] = acc[l]! * scale;
    }
    return out;
  }

  /** A word's own weights, summed once per word (words repeat). */
  private ownScores(word: WordFeatures): Int32Array {
    let scores = this.byWord.get(word);
    if (!scores) {
      scores = new Int32Array(L);
      for (const id of word.own) for (let l = 0; l < L; l++) scores[l]! += this.dense[(id & this.mask) * L + l]!;
      this.byWord.set(word, scores);
    }
    return scores;
  }
}

export function encodeReportedModel(header: Omit<ReportedHeader, 'rows' | 'scale' | 'format' | 'labels'>, dense: Float32Array): Uint8Array {
  return encodeWeights<ReportedHeader>({ format: FORMAT, labels: LABELS, ...header }, dense);
}

export function decodeReportedModel(bytes: Uint8Array): ReportedModel {
  const { header, keys, weights } = decodeWeights<ReportedHeader>(bytes, FORMAT);
  return new ReportedModel(header, keys, weights);
}

let loaded: ReportedModel | null = null;

/** The shipped model, read once per process (or worker thread) on first use. */
export function reportedModel(): ReportedModel {
  loaded ??= decodeReportedModel(readFileSync(MODEL_FILE));
  return loaded;
}
