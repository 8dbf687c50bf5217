import { GraphQLError } from 'graphql';
import { parseSearch, SearchSyntaxError, type SearchQuery } from '../store/search-query.js';

/** Parses a search argument, turning the one impossible case into a clear GraphQL error. */
export function searchArg(input: string, field: string): SearchQuery {
  try {
    return parseSearch(input);
  } catch (error) {
    if (error instanceof SearchSyntaxError) throw new GraphQLError(`${field}: ${error.message}`, { extensions: { code: 'BAD_USER_INPUT' } });
    throw error;
  }
}

/** Prisma's cursor-page arguments, as Pothos hands them to a connection resolver. */
interface CursorPage {
  take?: number;
  skip?: number;
  cursor?: { id?: number };
}

/**
 * The ids of one page of a list ordered by relevance rather than by a column: the same
 * take/skip/cursor arithmetic Prisma applies, done over the ranked id list.
 */
export function rankedPage(ranked: readonly number[], { take, skip = 0, cursor }: CursorPage): number[] {
  let at = 0;
  if (cursor) {
    at = cursor.id === undefined ? -1 : ranked.indexOf(cursor.id);
    if (at === -1) return [];
  }
  if (take === undefined) return ranked.slice(at + skip);
  if (take >= 0) return ranked.slice(at + skip, at + skip + take);
  const end = cursor ? at + 1 - skip : ranked.length;
  return ranked.slice(Math.max(0, end + take), end);
}
