import { GraphQLError } from 'graphql';

export const MAX_PAGE_SIZE = 100;

/** Validates a `first`/`last` argument of a plain list field. */
export function pageSize(value: number | null | undefined, arg: string, fallback = 10): number {
  const size = value ?? fallback;
  if (size < 0 || size > MAX_PAGE_SIZE) throw new GraphQLError(`${arg} must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
  return size;
}
