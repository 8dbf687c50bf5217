// Nationalities, religious and political groups are names of their own kind (GROUP), not
// "other" things: "Russian", "Republicans", "West Indian", "African-American", "Muslims".
import { isDemonym } from '../gazetteer/index.js';
import { COMPOUND_PARTICIPLES, GROUP_WORDS } from '../lexicon/index.js';

function isGroupWord(word: string): boolean {
  if (isDemonym(word) || GROUP_WORDS.has(word)) return true;
  // Plurals: "Americans", "Democrats", "Latinos", "Tories" is listed.
  const singular = word.endsWith('s') ? word.slice(0, -1) : null;
  return singular !== null && (isDemonym(singular) || GROUP_WORDS.has(singular));
}

/** Whether a written name is only group words ("Russian", "West Indian", "African-Americans"). */
export function isGroupName(written: string): boolean {
  const words = written.split(/[\s\-]+/).filter((w) => w.length > 0);
  // "Western-supplied", "Soviet-backed": an adjective made of a group name is a group mention.
  if (words.length > 1 && COMPOUND_PARTICIPLES.has(words.at(-1)!)) words.pop();
  return words.length > 0 && words.every((w) => isGroupWord(w) || (w === 'West' && words.length > 1));
}

/** The group a group mention names: "Western" for "Western-supplied", else as written. */
export function groupName(written: string): string {
  const hyphen = written.lastIndexOf('-');
  return hyphen > 0 && COMPOUND_PARTICIPLES.has(written.slice(hyphen + 1)) ? written.slice(0, hyphen) : written;
}
