// Feature lists for a whole sequence in one flat array (token i's features are
// flat[offsets[i] .. offsets[i + 1]]): one allocation per sequence instead of one per token.
export interface FeatureRows {
  flat: Uint32Array;
  /** Length tokens + 1. */
  offsets: Uint32Array;
  /**
   * Each token's word-level features, shared by every occurrence of the word (word-features.ts
   * caches them), so a model can cache their summed weights per word.
   */
  own?: readonly Uint32Array[];
}

/** Packs per-token lists (numbers) into rows. */
export function packRows(lists: readonly (readonly number[])[]): FeatureRows {
  const offsets = new Uint32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, i) => {
    offsets[i] = total;
    total += l.length;
  });
  offsets[lists.length] = total;
  const flat = new Uint32Array(total);
  lists.forEach((l, i) => flat.set(l, offsets[i]));
  return { flat, offsets };
}

/** Token i's features, word-level ones first (for the trainer, which works token by token). */
export function rowViews(rows: FeatureRows): Uint32Array[] {
  const out: Uint32Array[] = [];
  for (let i = 0; i + 1 < rows.offsets.length; i++) {
    const context = rows.flat.subarray(rows.offsets[i], rows.offsets[i + 1]);
    const own = rows.own?.[i];
    if (!own || own.length === 0) {
      out.push(context);
      continue;
    }
    const all = new Uint32Array(own.length + context.length);
    all.set(own);
    all.set(context, own.length);
    out.push(all);
  }
  return out;
}

/** Each token's features followed by its extra ones. */
export function joinRows(base: readonly Uint32Array[], extra: readonly Uint32Array[]): Uint32Array[] {
  return base.map((f, i) => {
    const e = extra[i]!;
    if (e.length === 0) return f;
    const all = new Uint32Array(f.length + e.length);
    all.set(f);
    all.set(e, f.length);
    return all;
  });
}
