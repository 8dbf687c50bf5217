// 32-bit feature hashes: a feature is a template id mixed with the hash of its value, so
// templates over neighbouring words combine numbers, not strings.

/** FNV-1a over the UTF-16 code units of `value`. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two hashes (murmur3's finaliser over a ^ rotated b). */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul((b << 13) | (b >>> 19), 0x5bd1e995)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
