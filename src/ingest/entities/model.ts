// The trained tagger's weights. models/ner-tagger.bin is in the format of weights-file.ts:
// keys are feature buckets (hash & mask); a row holds one bucket's weight for every label,
// quantised to int16 with the header's scale. Lookups go through an open-addressing table.
import { LABELS, LABEL_COUNT as L } from './labels.js';
import type { FeatureRows } from './rows.js';
import { WeightTable } from './weight-table.js';
import { decodeWeights, encodeWeights, type WeightsHeader } from '../weights-file.js';

const FORMAT = 'wiregraph-ner/1';

export interface ModelHeader extends WeightsHeader {
  format: typeof FORMAT;
  /** Bits of the feature hash kept as the bucket. */
  bucketBits: number;
  transitions: number[];
  start: number[];
  /** How the model was made (corpus, epochs, validation score), for people. */
  trainedOn: Record<string, unknown>;
}

export class TaggerModel {
  readonly mask: number;
  private readonly table: WeightTable;
  readonly transitions: Float32Array;
  readonly start: Float32Array;
  /** A token's summed weights, reused (a thread scores one token at a time). */
  private readonly acc = new Int32Array(L);

  constructor(
    readonly header: ModelHeader,
    private readonly keys: Uint32Array,
    private readonly weights: Int16Array,
  ) {
    if (header.labels.join() !== LABELS.join()) throw new Error(`the model's labels (${header.labels.join()}) are not the tagger's`);
    this.mask = header.bucketBits === 32 ? 0xffffffff : (1 << header.bucketBits) - 1;
    this.table = new WeightTable(keys, weights, L, this.mask);
    this.transitions = Float32Array.from(header.transitions);
    this.start = Float32Array.from(header.start);
  }

  /** Each stored bucket with its row of int16 weights (× header.scale). */
  *rows(): Generator<[number, Int16Array]> {
    for (let row = 0; row < this.keys.length; row++) yield [this.keys[row]!, this.weights.subarray(row * L, (row + 1) * L)];
  }

  /** Adds each token's feature weights into an n × L score matrix (a new one, or `out`). */
  emissions(rows: FeatureRows, out: Float32Array = new Float32Array((rows.offsets.length - 1) * L)): Float32Array {
    const acc = this.acc;
    const scale = this.header.scale;
    for (let i = 0; i + 1 < rows.offsets.length; i++) {
      this.table.scoreToken(rows, i, acc);
      for (let l = 0; l < L; l++) out[i * L + l]! += acc[l]! * scale;
    }
    return out;
  }
}

/** Serialises a model: only buckets with a non-zero weight are kept. */
export function encodeModel(header: Omit<ModelHeader, 'rows' | 'scale' | 'format' | 'labels'>, dense: Float32Array): Uint8Array {
  return encodeWeights<ModelHeader>({ format: FORMAT, labels: LABELS, ...header }, dense);
}

/** Reads a model serialised by `encodeModel`. */
export function decodeModel(bytes: Uint8Array): TaggerModel {
  const { header, keys, weights } = decodeWeights<ModelHeader>(bytes, FORMAT);
  return new TaggerModel(header, keys, weights);
}
