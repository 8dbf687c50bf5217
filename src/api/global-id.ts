// Global IDs are base64 of `Typename:key`, the key a row's positive integer id. They are parsed
// strictly: anything the server could not have issued is bad input, never a database error.
import type { GraphQLError } from 'graphql';
import { badInput, shown } from './bad-input.js';

/**
 * The most IDs one list argument takes (`nodes(ids:)`, `filter.anyEntityIds`, ...): a page's
 * worth, and far below the bound parameters a database statement allows.
 */
export const MAX_IDS = 100;

export interface GlobalId {
  typename: string;
  id: number;
}

/** The text inside base64 that the server wrote itself (standard, padded, UTF-8), else null. */
export function decodeCanonicalBase64(value: string): string | null {
  const text = Buffer.from(value, 'base64').toString('utf8');
  // Node's decoder skips stray characters and mends bad UTF-8: encoding back catches both.
  return value !== '' && Buffer.from(text, 'utf8').toString('base64') === value ? text : null;
}

/** The digits of a positive safe integer, as the server writes it (no sign, zeros, spaces or exponent). */
export function parseKey(digits: string): number | null {
  if (!/^[1-9][0-9]*$/.test(digits)) return null;
  const key = Number(digits);
  return Number.isSafeInteger(key) ? key : null;
}

/** The typename and key of a global ID, or null when it is not one the server could have issued. */
export function parseGlobalId(globalId: string): GlobalId | null {
  const text = decodeCanonicalBase64(globalId);
  const match = text === null ? null : /^([A-Za-z_][A-Za-z0-9_]*):([^:]*)$/.exec(text);
  const id = match ? parseKey(match[2]!) : null;
  return match && id !== null ? { typename: match[1]!, id } : null;
}

const withArticle = (typename: string) => `${/^[AEIOU]/.test(typename) ? 'an' : 'a'} ${typename}`;

/** The numeric key of a global ID that must name a `typename` node. */
export function idOf(globalId: string | number, typename: string, field: string): number {
  const parsed = parseGlobalId(String(globalId));
  if (!parsed) throw badInput(`${field}: ${shown(globalId)} is not a valid ID`);
  if (parsed.typename !== typename) throw badInput(`${field}: ${shown(globalId)} is not the ID of ${withArticle(typename)}`);
  return parsed.id;
}

/** The error for a list of more than MAX_IDS IDs, or null. */
export function tooManyIds(count: number, field: string): GraphQLError | null {
  return count > MAX_IDS ? badInput(`${field}: ${count} IDs given, the limit is ${MAX_IDS}`) : null;
}

export function idsOf(globalIds: readonly (string | number)[], typename: string, field: string): number[] {
  const tooMany = tooManyIds(globalIds.length, field);
  if (tooMany) throw tooMany;
  return globalIds.map((id, i) => idOf(id, typename, `${field}[${i}]`));
}
