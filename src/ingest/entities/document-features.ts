// Second-pass features: what the first pass said about the same word elsewhere in the
// article. A name is written many ways in one story ("ROTOR" in the headline, "Rotor" in
// the body, "Jones Medical" then "Jones"); the first pass may type one occurrence right
// and another wrong, and these features let the second pass make them agree.
import { hashString, mix } from './hash.js';
import { TAG_TYPES } from './labels.js';
import { packRows, type FeatureRows } from './rows.js';
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
  // word -> counts per type (+1 slot for "capitalised but outside any mention"), and where.
  const counts = new Map<string, Int32Array>();
  const longer = new Map<string, Int32Array>();
  sequences.forEach((tokens, s) => {
    const l = labels[s]!;
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!.text;
      if (!CAPITALISED.test(word)) continue;
      const key = word.toLowerCase();
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
  const none: number[] = [];
  return sequences.map((tokens, s) =>
    packRows(tokens.map((token, i) => {
      const word = token.text;
      if (!CAPITALISED.test(word)) return none;
      const key = word.toLowerCase();
      const own = typeOf(labels[s]![i]!);
      const c = counts.get(key)!.slice();
      c[own === -1 ? TAG_TYPES.length : own]!--; // elsewhere only
      const out: number[] = [];
      let best = -1;
      for (let t = 0; t < TAG_TYPES.length; t++) {
        if (c[t]! > 0) out.push(mix(DOC_TYPE, TYPE_HASHES[t]!));
        if (c[t]! > 0 && (best === -1 || c[t]! > c[best]!)) best = t;
      }
      if (best !== -1) out.push(mix(DOC_MAJORITY, TYPE_HASHES[best]!));
      else if (c[TAG_TYPES.length]! > 0) out.push(DOC_NONE);
      const g = longer.get(key);
      if (g) for (let t = 0; t < TAG_TYPES.length; t++) if (g[t]! - (own === t && (labels[s]![i]! - 1) % 4 !== 3 ? 1 : 0) > 0) out.push(mix(DOC_LONGER, TYPE_HASHES[t]!));
      return out;
    })),
  );
}

