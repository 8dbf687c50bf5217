// Headlines, subheads and lead-ins written in Title Case ("Hillary Clinton Speaks Directly to
// Voters", "Veto Power Impedes Peace Efforts: ...") capitalise ordinary words, which a tagger
// trained on running text reads as names. Such a stretch is shown to the tagger with its
// dictionary words in lower case ("Hillary Clinton speaks directly to voters"); offsets and
// the text itself are unchanged. Lines in capitals are left alone: the tagger knows them from
// newswire headlines.
import { isFirstName, lexiconType, lookupForm } from '../gazetteer/index.js';
import { clusterOf } from './clusters.js';
import type { TagToken } from './tokens.js';

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// Endings tried when the word itself is not in the dictionary ("Impedes", "Efforts", "Trumped").
const ENDINGS = ['s', 'es', 'ed', 'd', 'ing'];

/**
 * A capitalised word known as an ordinary word, and to no gazetteer as a name: compromise's
 * dictionary says so, or the word-cluster vocabulary (newswire text) has it in lower case.
 */
export function isDictionaryWord(word: string): boolean {
  if (lookupForm(word) !== undefined || isFirstName(word)) return false;
  const type = lexiconType(word);
  if (type !== undefined) return type === 'COMMON';
  const lower = word.toLowerCase();
  if (clusterOf(lower) !== undefined) return true;
  // An inflected form of a known word ("Impedes", "Trumped").
  return ENDINGS.some((e) => {
    if (word.length <= e.length + 2 || !word.endsWith(e)) return false;
    const stem = lower.slice(0, -e.length);
    return lexiconType(stem) === 'COMMON' || clusterOf(stem) !== undefined || clusterOf(`${stem}e`) !== undefined;
  });
}

/** Whether a stretch reads as Title Case: no digits, two words or more, long words capitalised, two of them dictionary words. */
export function isTitleCase(tokens: readonly TagToken[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 2 || tokens.some((t) => /\p{N}/u.test(t.text))) return false;
  const long = words.filter((t) => t.text.length >= 4);
  if (long.length < 2 || long.some((t) => !CAPITALISED.test(t.text))) return false;
  return long.filter((t) => isDictionaryWord(t.text)).length >= 2;
}

const LETTER = /\p{L}/u;

/**
 * Whether tokens[from, to) has a long word with a letter that is not capitalised, which
 * `isTitleCase` would reject it for. Running text has one within a few words, so this cheap
 * pass saves classing every token of most sentences with Unicode regexes.
 */
function hasLowerCaseWord(tokens: readonly TagToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const text = tokens[i]!.text;
    if (text.length >= 4 && !CAPITALISED.test(text) && LETTER.test(text)) return true;
  }
  return false;
}

// A Title Case lead-in ends at a colon or a dash; a sentence ends at its stop.
const BREAKS = new Set([':', '.', '!', '?', '--', '—', '–']);

/** The tokens as the tagger should read them: dictionary words of Title Case stretches in lower case. */
export function truecase(tokens: readonly TagToken[]): readonly TagToken[] {
  let out: TagToken[] | null = null;
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !BREAKS.has(tokens[i]!.text)) continue;
    if (!hasLowerCaseWord(tokens, from, i) && isTitleCase(tokens.slice(from, i))) {
      out ??= [...tokens];
      for (let k = from + 1; k < i; k++) {
        const t = tokens[k]!;
        if (CAPITALISED.test(t.text) && isDictionaryWord(t.text)) out[k] = { ...t, text: t.text.toLowerCase() };
      }
    }
    from = i + 1;
  }
  return out ?? tokens;
}
