import type { GraphQLError } from 'graphql';
import { badInput } from './bad-input.js';

export const MAX_PAGE_SIZE = 100;

function tooLarge(arg: string, value: number): GraphQLError {
  return badInput(`${arg} must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`);
}

/** Validates a `first`/`last` argument of a plain list field. */
export function pageSize(value: number | null | undefined, arg: string, fallback = 10): number {
  const size = value ?? fallback;
  if (size < 0 || size > MAX_PAGE_SIZE) throw tooLarge(arg, size);
  return size;
}

/**
 * The `maxSize` of every connection: it refuses `first`/`last` above the cap with a clear
 * error, where the Relay helpers would silently return fewer items than asked for.
 */
export function maxPageSize(args: { first?: number | null; last?: number | null }): number {
  if (args.first != null && args.first > MAX_PAGE_SIZE) throw tooLarge('first', args.first);
  if (args.last != null && args.last > MAX_PAGE_SIZE) throw tooLarge('last', args.last);
  return MAX_PAGE_SIZE;
}
