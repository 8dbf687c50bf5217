// The search syntax users type, parsed once and rendered for the database's full-text engine.
// Anything a user types is valid: unknown syntax is searched literally, never passed through.
//
//   storm shadow        both words (stemmed: "signal" also finds "signalling")
//   "storm shadow"      the exact phrase
//   escal*              words starting with "escal"
//   russia OR ukraine   either word
//   -nato               leave out articles with "nato"
//
// The limits below bound what one search costs (scripts/bench-search-limits.ts measures
// the worst query they accept on Reuters-21578); each is far above what a reader types.

export interface SearchTerm {
  /** The words of the term; a phrase has several. */
  words: string[];
  prefix: boolean;
}

export interface SearchQuery {
  /** Groups joined by AND; the terms inside a group are joined by OR. */
  all: SearchTerm[][];
  /** Terms none of the results may contain. */
  none: SearchTerm[];
}

/** Longest search text, in characters. */
export const MAX_SEARCH_LENGTH = 200;
/** Most terms: words and "phrases", OR alternatives and -excluded ones included. */
export const MAX_SEARCH_TERMS = 8;
/** Most prefix terms (escal*): each merges the entries of every indexed word it starts. */
export const MAX_PREFIX_TERMS = 4;
/** Fewest characters before a `*`: `a*` would expand to most of the vocabulary. */
export const MIN_PREFIX_LENGTH = 3;

export interface SearchLimits {
  maxLength: number;
  maxTerms: number;
  maxPrefixTerms: number;
  minPrefixLength: number;
}

export const SEARCH_LIMITS: SearchLimits = {
  maxLength: MAX_SEARCH_LENGTH,
  maxTerms: MAX_SEARCH_TERMS,
  maxPrefixTerms: MAX_PREFIX_TERMS,
  minPrefixLength: MIN_PREFIX_LENGTH,
};

export class SearchSyntaxError extends Error {
  override readonly name = 'SearchSyntaxError';
}

/** Throws SearchSyntaxError when a text is longer than a search may be. */
export function checkSearchLength(input: string, max = MAX_SEARCH_LENGTH): void {
  // Characters are code points, counted only when the UTF-16 length could exceed the limit.
  if (input.length <= max) return;
  const length = [...input].length;
  if (length > max) throw new SearchSyntaxError(`at most ${max} characters, got ${length}`);
}

function termOf(raw: string, phrase: boolean): SearchTerm | null {
  const prefix = !phrase && raw.endsWith('*');
  const words = raw.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 ? { words, prefix } : null;
}

/**
 * Parses what a user typed; throws SearchSyntaxError when nothing is left to look for or the
 * query asks more than `limits` allow.
 */
export function parseSearch(input: string, limits: SearchLimits = SEARCH_LIMITS): SearchQuery {
  checkSearchLength(input, limits.maxLength);
  const query: SearchQuery = { all: [], none: [] };
  let joinNext = false;
  // A quote with no partner runs to the end of the input.
  for (const m of input.matchAll(/(-?)["“”]([^"“”]*)["“”]?|(\S+)/g)) {
    const [, minus, phrase, word] = m;
    if (word === 'OR') {
      joinNext = query.all.length > 0;
      continue;
    }
    const negated = minus === '-' || (word?.startsWith('-') ?? false);
    const term = termOf(phrase ?? word!.replace(/^-/, ''), phrase !== undefined);
    if (!term) continue;
    if (negated) query.none.push(term);
    else if (joinNext) query.all.at(-1)!.push(term);
    else query.all.push([term]);
    joinNext = false;
  }
  const terms = [...query.all.flat(), ...query.none];
  if (terms.length > limits.maxTerms) throw new SearchSyntaxError(`at most ${limits.maxTerms} terms, got ${terms.length}`);
  if (query.all.length === 0) throw new SearchSyntaxError('give at least one word to search for');
  const prefixes = terms.filter((t) => t.prefix);
  if (prefixes.length > limits.maxPrefixTerms) throw new SearchSyntaxError(`at most ${limits.maxPrefixTerms} prefix terms, got ${prefixes.length}`);
  // The * applies to the last word only (e-mai* is "e" then words starting with "mai").
  const short = prefixes.map((t) => t.words.at(-1)!).find((w) => [...w].length < limits.minPrefixLength);
  if (short !== undefined) throw new SearchSyntaxError(`a prefix needs at least ${limits.minPrefixLength} characters before the *, got ${short}*`);
  return query;
}

/** Renders a query in SQLite FTS5 syntax: every term quoted, so no input can break it. */
export function toFts5(query: SearchQuery): string {
  const term = (t: SearchTerm) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`;
  const all = query.all.map((group) => (group.length > 1 ? `(${group.map(term).join(' OR ')})` : term(group[0]!))).join(' AND ');
  return query.none.length > 0 ? `${all} NOT (${query.none.map(term).join(' OR ')})` : all;
}

/**
 * Renders a query for PostgreSQL's to_tsquery: words are letters and digits only (see
 * termOf), so they need no quoting; a phrase is words joined by <->.
 */
export function toTsQuery(query: SearchQuery): string {
  const term = (t: SearchTerm) => {
    const words = t.words.map((w, i) => (t.prefix && i === t.words.length - 1 ? `${w}:*` : w));
    return words.length > 1 ? `(${words.join(' <-> ')})` : words[0]!;
  };
  const all = query.all.map((group) => (group.length > 1 ? `(${group.map(term).join(' | ')})` : term(group[0]!))).join(' & ');
  return query.none.length > 0 ? `${all} & !(${query.none.map(term).join(' | ')})` : all;
}
