import { cursorToOffset } from '@pothos/plugin-relay';
import { badInput } from './bad-input.js';
import {
  checkSearchLength,
  MAX_PREFIX_TERMS,
  MAX_SEARCH_LENGTH,
  MAX_SEARCH_TERMS,
  MIN_PREFIX_LENGTH,
  parseSearch,
  SearchSyntaxError,
  type SearchQuery,
} from '../store/search-query.js';

/**
 * How deep `search` can be paged: a cursor (`after`/`before`) past the 1,000th result is
 * refused. Every page ranks all the hits before it, so the depth bounds what a page costs.
 */
export const MAX_SEARCH_OFFSET = 1_000;

/** The limits of a search text, for the descriptions of the arguments that take one. */
export const SEARCH_LIMITS_DESCRIPTION =
  `At most ${MAX_SEARCH_LENGTH} characters and ${MAX_SEARCH_TERMS} terms (words or "phrases", OR alternatives and -exclusions included), ` +
  `of which ${MAX_PREFIX_TERMS} may be prefixes, each of ${MIN_PREFIX_LENGTH} characters or more before the *.`;

/** `read(input)`, with a SearchSyntaxError turned into a clear GraphQL error naming the argument. */
function checked<T>(field: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SearchSyntaxError) throw badInput(`${field}: ${error.message}`);
    throw error;
  }
}

/** Parses a search argument; a query with nothing to look for or over the limits is bad input. */
export function searchArg(input: string, field: string): SearchQuery {
  return checked(field, () => parseSearch(input));
}

/** A plain text filter (entity names, matched as a substring): not parsed, but as long as a search at most. */
export function searchTextArg(input: string, field: string): string {
  return checked(field, () => {
    checkSearchLength(input);
    return input;
  });
}

/**
 * Refuses an offset cursor past MAX_SEARCH_OFFSET. A cursor that is not an offset cursor at
 * all is left to the Relay helpers, which refuse it.
 */
export function checkSearchCursors(args: { after?: string | null; before?: string | null }): void {
  for (const arg of ['after', 'before'] as const) {
    const cursor = args[arg];
    if (cursor != null && cursorToOffset(cursor) >= MAX_SEARCH_OFFSET) {
      throw badInput(`${arg}: search results can be paged to ${MAX_SEARCH_OFFSET.toLocaleString('en-US')} at most`);
    }
  }
}
