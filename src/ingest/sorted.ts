// Binary search over items sorted by a number (offsets): a paragraph may hold thousands of
// sentence starts, an article thousands of mentions.

/** The last index of the ascending `items` whose key is at most `at`, or -1 when none is. */
export function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The offset itself, as the key of a list of offsets. */
export const offset = (n: number): number => n;
