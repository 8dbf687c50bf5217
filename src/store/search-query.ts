// The search syntax users type, parsed once and rendered for the database's full-text engine.
// Anything a user types is valid: unknown syntax is searched literally, never passed through.
//
//   storm shadow        both words (stemmed: "signal" also finds "signalling")
//   "storm shadow"      the exact phrase
//   escal*              words starting with "escal"
//   russia OR ukraine   either word
//   -nato               leave out articles with "nato"

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

export class SearchSyntaxError extends Error {
  override readonly name = 'SearchSyntaxError';
}

function termOf(raw: string, phrase: boolean): SearchTerm | null {
  const prefix = !phrase && raw.endsWith('*');
  const words = raw.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 ? { words, prefix } : null;
}

/** Parses what a user typed; throws SearchSyntaxError only when nothing is left to look for. */
export function parseSearch(input: string): SearchQuery {
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
  if (query.all.length === 0) throw new SearchSyntaxError('give at least one word to search for');
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
