// Extraction asks the same questions of the same words over and over (every capitalised run,
// every token), so answers are memoised per thread. A memo is emptied when it is full: memory
// stays bounded however many files a run reads, and newswire's common words come back at once.

/** Answers kept per memo: a few MB for a small answer per word, and most of a wire story's words. */
export const MEMO_LIMIT = 30_000;

/** `compute`, remembering up to `limit` answers by key. */
export function memoize<V>(compute: (key: string) => V, limit = MEMO_LIMIT): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    let value = answers.get(key);
    if (value === undefined && !answers.has(key)) {
      value = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, value);
    }
    return value as V;
  };
}
