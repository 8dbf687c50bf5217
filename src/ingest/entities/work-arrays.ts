// Work arrays for the tagger's hot loops: grown to the largest need seen and reused, since a
// typed array of more than a few dozen bytes lives outside the JavaScript heap and costs about
// a microsecond to make. Never kept above KEEP_LIMIT elements: one huge input (a 1 MB line of
// hostile text) gets arrays of its own, so it cannot pin hundreds of MB for the thread's life.
type TypedArray = Float64Array | Float32Array | Uint32Array | Int32Array | Uint8Array;

/** Largest array kept for reuse, in elements (8 MB as Float64Array). */
export const KEEP_LIMIT = 1 << 20;

export class WorkArray<T extends TypedArray> {
  private kept: T;

  constructor(private readonly make: (length: number) => T) {
    this.kept = make(0);
  }

  /** An array of at least `length` elements (not zeroed: it holds what the last user left). */
  get(length: number): T {
    if (length <= this.kept.length) return this.kept;
    if (length > KEEP_LIMIT) return this.make(length);
    this.kept = this.make(Math.min(KEEP_LIMIT, length * 2));
    return this.kept;
  }
}
