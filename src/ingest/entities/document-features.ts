// Second-pass features: what the first pass said about the same word elsewhere in the
// article. A name is written many ways in one story ("ROTOR" in the headline, "Rotor" in
// the body, "Jones Medical" then "Jones"); the first pass may type one occurrence right
// and another wrong, and these features let the second pass make them agree.
import { hashString, mix } from './hash.js';
import { TAG_TYPES } from './labels.js';
import type { FeatureRows } from './rows.js';
import type { TagToken } from './tokens.js';

const DOC_TYPE = hashString('doc-type');
const DOC_MAJORITY = hashString('doc-majority');
const DOC_LONGER = hashString('doc-longer');
const DOC_NONE = hashString('doc-none');
const TYPE_HASHES = TAG_TYPES.map(hashString);

const typeOf = (label: number): number => (label === 0 ? -1 : Math.floor((label - 1) / 4));
const CAPITALISED = /^\p{Lu}/u;

/**
 * For each token of each sequence, extra features from the first pass's labels over the
 * whole article: the types given to the same word (case folded) elsewhere, the majority
 * type, and the type of a longer mention holding it elsewhere.
 */
export function documentFeatures(sequences: readonly (readonly TagToken[])[], labels: readonly Uint8Array[]): FeatureRows[] {
  // Each capitalised token's key (its lower case), or null: both passes below read it.
  const keys = sequences.map((tokens) => tokens.map((token) => (CAPITALISED.test(token.text) ? token.text.toLowerCase() : null)));
  // word -> counts per type (+1 slot for "capitalised but outside any mention"), and where.
  const counts = new Map<string, Int32Array>();
  const longer = new Map<string, Int32Array>();
  keys.forEach((words, s) => {
    const l = labels[s]!;
    for (let i = 0; i < words.length; i++) {
      const key = words[i];
      if (key === null || key === undefined) continue;
      const c = counts.get(key) ?? new Int32Array(TAG_TYPES.length + 1);
      const t = typeOf(l[i]!);
      c[t === -1 ? TAG_TYPES.length : t]!++;
      counts.set(key, c);
      // Part of a multi-word mention (B, I or L).
      if (t !== -1 && (l[i]! - 1) % 4 !== 3) {
        const g = longer.get(key) ?? new Int32Array(TAG_TYPES.length);
        g[t]!++;
        longer.set(key, g);
      }
    }
  });
  // All sequences' rows in two arrays, handed out as views (a typed array each would cost
  // more than the features).
  const total = sequences.reduce((sum, tokens) => sum + tokens.length + 1, 0);
  const offsets = new Uint32Array(total);
  const flat: number[] = [];
  const scratch = new Int32Array(TAG_TYPES.length + 1);
  let used = 0;
  const ranges = keys.map((words, s) => {
    const first = flat.length;
    const from = used;
    for (let i = 0; i < words.length; i++) {
      offsets[used++] = flat.length - first;
      const key = words[i];
      if (key !== null && key !== undefined) elsewhereFeatures(key, labels[s]![i]!, counts, longer, scratch, flat);
    }
    offsets[used++] = flat.length - first;
    return { first, last: flat.length, from, to: used };
  });
  const all = Uint32Array.from(flat);
  return ranges.map((r) => ({ flat: all.subarray(r.first, r.last), offsets: offsets.subarray(r.from, r.to) }));
}

/** A capitalised token's features (its key, its first-pass label), appended to `out`; `c` is scratch. */
function elsewhereFeatures(
  key: string,
  label: number,
  counts: ReadonlyMap<string, Int32Array>,
  longer: ReadonlyMap<string, Int32Array>,
  c: Int32Array,
  out: number[],
): void {
  const own = typeOf(label);
  c.set(counts.get(key)!);
  c[own === -1 ? TAG_TYPES.length : own]!--; // elsewhere only
  let best = -1;
  for (let t = 0; t < TAG_TYPES.length; t++) {
    if (c[t]! > 0) out.push(mix(DOC_TYPE, TYPE_HASHES[t]!));
    if (c[t]! > 0 && (best === -1 || c[t]! > c[best]!)) best = t;
  }
  if (best !== -1) out.push(mix(DOC_MAJORITY, TYPE_HASHES[best]!));
  else if (c[TAG_TYPES.length]! > 0) out.push(DOC_NONE);
  const g = longer.get(key);
  if (g) for (let t = 0; t < TAG_TYPES.length; t++) if (g[t]! - (own === t && (label - 1) % 4 !== 3 ? 1 : 0) > 0) out.push(mix(DOC_LONGER, TYPE_HASHES[t]!));
}
