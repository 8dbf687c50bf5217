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

// A bucket's row in the dense table: the seven labels and one unused slot, so that a row
// starts at `bucket << 3` and the loop below can be written out label by label.
const STRIDE = 8;
if (L !== 7) throw new Error(`emissions() is written out for 7 labels (O and B/I of Cue, Source, Content), not ${L}`);

export class ReportedModel {
  readonly mask: number;
  readonly cueWords: ReadonlySet<string>;
  readonly transitions: Float32Array;
  readonly start: Float32Array;
  /** Every bucket's row of weights, dense: a direct index per feature, no probing (the table is small). */
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
    this.dense = new Int16Array((this.mask + 1) * STRIDE);
    keys.forEach((key, row) => this.dense.set(weights.subarray(row * L, (row + 1) * L), key * STRIDE));
    this.cueWords = new Set(header.cueWords);
    this.transitions = Float32Array.from(header.transitions);
    this.start = Float32Array.from(header.start);
  }

  /**
   * Token scores (n × L) of one sentence's features, written into `out` when given (the
   * tagger reuses one array; see work-arrays.ts).
   */
  emissions({ words, flat, offsets }: SentenceFeatures, out = new Float32Array(words.length * L)): Float32Array {
    const { dense, mask } = this;
    const { scale } = this.header;
    // This loop is most of the tagger's time: seven sums held in locals, not an array.
    for (let i = 0, at = 0; i < words.length; i++, at += L) {
      const own = this.ownScores(words[i]!);
      let o = own[0]!;
      let bc = own[1]!;
      let ic = own[2]!;
      let bs = own[3]!;
      let is = own[4]!;
      let bt = own[5]!;
      let it = own[6]!;
      for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
        const row = (flat[k]! & mask) * STRIDE;
        o += dense[row]!;
        bc += dense[row + 1]!;
        ic += dense[row + 2]!;
        bs += dense[row + 3]!;
        is += dense[row + 4]!;
        bt += dense[row + 5]!;
        it += dense[row + 6]!;
      }
      out[at] = o * scale;
      out[at + 1] = bc * scale;
      out[at + 2] = ic * scale;
      out[at + 3] = bs * scale;
      out[at + 4] = is * scale;
      out[at + 5] = bt * scale;
      out[at + 6] = it * scale;
    }
    return out;
  }

  /** A word's own weights, summed once per word (words repeat). */
  private ownScores(word: WordFeatures): Int32Array {
    let scores = this.byWord.get(word);
    if (!scores) {
      scores = new Int32Array(L);
      for (const id of word.own) for (let l = 0; l < L; l++) scores[l]! += this.dense[(id & this.mask) * STRIDE + l]!;
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
