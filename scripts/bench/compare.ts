// Where two JSON answers first differ: the benchmark refuses to compare speeds of servers that
// do not give the same answer.

/** The path and values of the first difference, or null when equal (key order ignored). */
export function firstDifference(a: unknown, b: unknown, path = 'data'): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array ≠ object`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items ≠ ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) {
    if (!(key in ra) || !(key in rb)) return `${path}.${key}: present in only one answer`;
    const d = firstDifference(ra[key], rb[key], `${path}.${key}`);
    if (d) return d;
  }
  return null;
}
