// The file format of the trained linear models (the entity tagger, the reported-speech
// tagger): a JSON header, then the non-zero rows of a bucket × width weight matrix.
//   uint32 header length | header JSON (padded to 4 bytes) | uint32 keys[rows] | int16 weights[rows × width]
// Weights are quantised to int16 with the header's `scale`; keys are feature buckets.

/** What every model header holds; each model adds its own fields. */
export interface WeightsHeader {
  format: string;
  labels: readonly string[];
  rows: number;
  /** Weight = int16 value × scale. */
  scale: number;
}

export interface WeightsFile<H extends WeightsHeader> {
  header: H;
  keys: Uint32Array;
  weights: Int16Array;
}

/** Serialises `dense` (buckets × header.labels.length), keeping only buckets with a non-zero weight. */
export function encodeWeights<H extends WeightsHeader>(header: Omit<H, 'rows' | 'scale'>, dense: Float32Array): Uint8Array {
  const width = header.labels.length;
  const buckets = dense.length / width;
  const kept: number[] = [];
  let max = 0;
  for (let b = 0; b < buckets; b++) {
    let any = false;
    for (let l = 0; l < width; l++) {
      const w = Math.abs(dense[b * width + l]!);
      if (w > 0) any = true;
      if (w > max) max = w;
    }
    if (any) kept.push(b);
  }
  const scale = max / 32767 || 1;
  const keys = new Uint32Array(kept);
  const weights = new Int16Array(kept.length * width);
  kept.forEach((b, row) => {
    for (let l = 0; l < width; l++) weights[row * width + l] = Math.round(dense[b * width + l]! / scale);
  });
  let json = Buffer.from(JSON.stringify({ ...header, rows: kept.length, scale }), 'utf8');
  const pad = (4 - (json.length % 4)) % 4;
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const out = Buffer.alloc(4 + json.length + keys.byteLength + weights.byteLength);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  Buffer.from(keys.buffer).copy(out, 4 + json.length);
  Buffer.from(weights.buffer).copy(out, 4 + json.length + keys.byteLength);
  return out;
}

/** Reads a file written by `encodeWeights`; `format` must match the header's. */
export function decodeWeights<H extends WeightsHeader>(bytes: Uint8Array, format: string): WeightsFile<H> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + length).toString('utf8')) as H;
  if (header.format !== format) throw new Error(`unknown model format ${String(header.format)} (expected ${format})`);
  const width = header.labels.length;
  // Copied into aligned arrays (the file buffer's offset need not be aligned).
  const keys = new Uint32Array(header.rows);
  Buffer.from(keys.buffer).set(buf.subarray(4 + length, 4 + length + header.rows * 4));
  const weights = new Int16Array(header.rows * width);
  Buffer.from(weights.buffer).set(buf.subarray(4 + length + header.rows * 4, 4 + length + header.rows * 4 + header.rows * width * 2));
  return { header, keys, weights };
}
