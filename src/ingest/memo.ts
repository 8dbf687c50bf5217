// Extraction asks the same questions of the same words over and over (every capitalised run,
// every token), so answers are memoised per thread. A memo is emptied when it is full: memory
// stays bounded however many files a run reads, and newswire's common words come back at once.

/** Answers kept per memo: a few MB for a small answer per word, and most of a wire story's words. */
export const MEMO_LIMIT = 30_000;

// Recent answers are also kept in a small table indexed by a hash of the key computed here:
// the words asked about are new strings each time (cut from the text), and a Map must hash
// each one in the engine before looking it up, which costs more than this whole check.
const RECENT_BITS = 12;
const RECENT_SIZE = 1 << RECENT_BITS;
// Characters hashed from each end of a long key (the full key is compared on a hit anyway).
const HASHED_CHARS = 16;

/** A hash of the key's length and its first and last characters (FNV-1a). */
function recentSlot(key: string): number {
  let h = 0x811c9dc5 ^ key.length;
  const n = key.length;
  if (n <= 2 * HASHED_CHARS) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  } else {
    for (let i = 0; i < HASHED_CHARS; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    for (let i = n - HASHED_CHARS; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  }
  return (h ^ (h >>> RECENT_BITS) ^ (h >>> (2 * RECENT_BITS))) & (RECENT_SIZE - 1);
}

/** `compute`, remembering up to `limit` answers by key. */
export function memoize<V>(compute: (key: string) => V, limit = MEMO_LIMIT): (key: string) => V {
  const answers = new Map<string, V>();
  const recentKeys = new Array<string | undefined>(RECENT_SIZE).fill(undefined);
  const recentValues = new Array<V | undefined>(RECENT_SIZE).fill(undefined);
  return (key) => {
    const slot = recentSlot(key);
    if (recentKeys[slot] === key) return recentValues[slot] as V;
    let value = answers.get(key);
    if (value === undefined && !answers.has(key)) {
      value = compute(key);
      if (answers.size >= limit) {
        answers.clear();
        recentKeys.fill(undefined);
        recentValues.fill(undefined);
      }
      answers.set(key, value);
    }
    recentKeys[slot] = key;
    recentValues[slot] = value;
    return value as V;
  };
}
