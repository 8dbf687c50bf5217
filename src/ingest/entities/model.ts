// The trained tagger's weights and how they are stored. models/ner-tagger.bin is:
//   uint32 header length | header JSON (padded to 4 bytes) | uint32 keys[rows] | int16 weights[rows × labels]
// Keys are feature buckets (hash & mask); a row holds one bucket's weight for every label,
// quantised to int16 with the header's scale. Lookups go through an open-addressing table.
import { LABELS, LABEL_COUNT as L } from './labels.js';
import type { FeatureRows } from './rows.js';
import { WeightTable } from './weight-table.js';

export interface ModelHeader {
  format: 'wiregraph-ner/1';
  labels: readonly string[];
  /** Bits of the feature hash kept as the bucket. */
  bucketBits: number;
  rows: number;
  /** Weight = int16 value × scale. */
  scale: number;
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
  const buckets = dense.length / L;
  const kept: number[] = [];
  let max = 0;
  for (let b = 0; b < buckets; b++) {
    let any = false;
    for (let l = 0; l < L; l++) {
      const w = Math.abs(dense[b * L + l]!);
      if (w > 0) any = true;
      if (w > max) max = w;
    }
    if (any) kept.push(b);
  }
  const scale = max / 32767 || 1;
  const keys = new Uint32Array(kept);
  const weights = new Int16Array(kept.length * L);
  kept.forEach((b, row) => {
    for (let l = 0; l < L; l++) weights[row * L + l] = Math.round(dense[b * L + l]! / scale);
  });
  const full: ModelHeader = { format: 'wiregraph-ner/1', labels: LABELS, rows: kept.length, scale, ...header };
  let json = Buffer.from(JSON.stringify(full), 'utf8');
  const pad = (4 - (json.length % 4)) % 4;
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const out = Buffer.alloc(4 + json.length + keys.byteLength + weights.byteLength);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  Buffer.from(keys.buffer).copy(out, 4 + json.length);
  Buffer.from(weights.buffer).copy(out, 4 + json.length + keys.byteLength);
  return out;
}

/** Reads a model serialised by `encodeModel`. */
export function decodeModel(bytes: Uint8Array): TaggerModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + length).toString('utf8')) as ModelHeader;
  if (header.format !== 'wiregraph-ner/1') throw new Error(`unknown model format ${String(header.format)}`);
  // Copy into aligned arrays (the file buffer's offset need not be aligned).
  const keyBytes = buf.subarray(4 + length, 4 + length + header.rows * 4);
  const keys = new Uint32Array(header.rows);
  Buffer.from(keys.buffer).set(keyBytes);
  const weightBytes = buf.subarray(4 + length + header.rows * 4, 4 + length + header.rows * 4 + header.rows * L * 2);
  const q = new Int16Array(header.rows * L);
  Buffer.from(q.buffer).set(weightBytes);
  return new TaggerModel(header, keys, q);
}
