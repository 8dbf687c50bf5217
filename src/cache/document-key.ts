// The document part of a response-cache key. Yoga's response cache builds the key from the
// request's text before Yoga parses it (so that a hit skips parsing and validation), so the
// text is parsed here and printed back: comments, whitespace and commas no longer make a new
// entry for the same operation.
import { parse, print } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * `maxTokens`: a document of more tokens (graphql-armor's count, comments excluded) keeps its
 * text as its key, so it misses and is refused by the limit as usual.
 */
export function documentKey(maxTokens: number): (source: string) => string {
  // The same texts come again and again: printing each once saves ~50 µs per cache hit.
  const printed = new LRUCache<string, string>({
    max: 1_000,
    maxSize: 2 ** 23,
    sizeCalculation: (document, source) => document.length + source.length + 1,
  });
  return (source) => {
    // The request's `query` as sent: not always a string. Yoga refuses it later with a 400.
    if (typeof source !== 'string') return `-not-a-string:${typeof source}`;
    let key = printed.get(source);
    if (key === undefined) {
      try {
        key = print(parse(source, { noLocation: true, maxTokens }));
      } catch {
        // Not a document (or too long): the request fails later; errors are never cached.
        key = source;
      }
      printed.set(source, key);
    }
    return key;
  };
}
