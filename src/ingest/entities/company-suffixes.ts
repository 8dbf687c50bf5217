// Company suffixes belong to an organisation's name: "Texaco Inc" is one organisation (never
// a person, even when the tagger reads "Aceto Corp" as a name), and "Co" or "Co Inc" on its
// own is no entity at all.
import { COMPANY_SUFFIXES } from '../lexicon/index.js';
import type { Found } from './found.js';

const bare = (word: string): string => word.replace(/\.$/, '');
const isSuffix = (word: string): boolean => COMPANY_SUFFIXES.has(bare(word));
// Suffix words right after a name: " Inc", ", Inc.", " Co Inc", " N.V.".
const FOLLOWING = /^,? (?:[\p{L}.]+)(?: [\p{L}.]+)?/u;

/** Extends names over the suffixes after them, types them as organisations, drops bare suffixes. */
export function attachCompanySuffixes<T extends Found>(text: string, mentions: readonly T[]): T[] {
  const out: T[] = [];
  for (const m of mentions) {
    const words = text.slice(m.start, m.end).split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (words.every((w) => isSuffix(w) || w === '&')) continue;
    let end = m.end;
    const after = FOLLOWING.exec(text.slice(end, end + 16));
    if (after && (m.type === 'ORGANIZATION' || m.type === 'PERSON')) {
      const tail = after[0].replace(/^,? /, '').split(' ');
      let n = 0;
      while (n < tail.length && isSuffix(tail[n]!)) n++;
      if (n > 0) end += after[0].indexOf(tail[0]!) + tail.slice(0, n).join(' ').length;
    }
    const last = text.slice(m.start, end).split(/\s+/).at(-1)!;
    const company = words.length > 1 || end > m.end ? isSuffix(last) : false;
    if (!company) {
      out.push(m);
      continue;
    }
    const name = m.known ? m.name : text.slice(m.start, end).replace(/\s+/g, ' ');
    out.push({ ...m, end, name, type: 'ORGANIZATION' });
  }
  // A suffix the tagger gave a span of its own is now inside the name before it: drop spans
  // held by a longer one (one sweep in text order; names do not nest otherwise).
  const sorted = out.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const held = new Set<number>();
  let reach = -1;
  for (const { m, i } of sorted) {
    if (m.end <= reach) held.add(i);
    reach = Math.max(reach, m.end);
  }
  return out.filter((_, i) => !held.has(i));
}

/** Whether `full` is `short` followed only by company suffixes ("Texaco Inc", "Merrill Lynch and Co Inc"). */
export function isCompanyOf(full: string, short: string): boolean {
  if (!full.startsWith(`${short} `)) return false;
  const rest = full.slice(short.length + 1).split(' ');
  return rest.length > 0 && rest.every((w, i) => isSuffix(w) || w === '&' || (w === 'and' && i === 0));
}
