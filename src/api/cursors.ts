// What an `after`/`before` cursor of each connection looks like, so that one the server did not
// write is refused as bad input before Pothos or Prisma read it. The formats are Pothos's:
// base64 of `GPC:N:<key>` (a Prisma connection on the node's id), `GPC:T:[<part>, ...]` (on a
// compound key) or `OffsetConnection:<n>` (an offset connection).
import { isEnumType, type GraphQLSchema } from 'graphql';
import { decodeCanonicalBase64, parseKey } from './global-id.js';

/** One part of a Prisma cursor: a positive integer key, or a value of the named GraphQL enum. */
type Part = 'key' | { enum: string };

export type CursorShape = 'offset' | readonly Part[];

/** The connections whose cursor is not the node's own id: the default, `['key']`. */
const SHAPES: Record<string, CursorShape> = {
  'Query.search': 'offset',
  // Paged on ArticleEntity (articleId, entityId) and on Credit (articleId, journalistId, role).
  'Entity.articles': ['key', 'key'],
  'Journalist.articles': ['key', 'key', { enum: 'CreditRole' }],
};

/** The cursor shape of the connection at `coordinate` (`Type.field`). */
export function cursorShape(coordinate: string): CursorShape {
  return SHAPES[coordinate] ?? ['key'];
}

function isPart(chunk: unknown, part: Part, schema: GraphQLSchema): boolean {
  if (typeof chunk !== 'string') return false;
  if (part === 'key') return chunk.startsWith('N:') && parseKey(chunk.slice(2)) !== null;
  const type = schema.getType(part.enum);
  return chunk.startsWith('S:') && isEnumType(type) && type.getValue(chunk.slice(2)) !== undefined;
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Is `cursor` one the connection of this shape writes? */
export function isValidCursor(cursor: string, shape: CursorShape, schema: GraphQLSchema): boolean {
  const text = decodeCanonicalBase64(cursor);
  if (text === null) return false;
  if (shape === 'offset') return /^OffsetConnection:(?:0|[1-9][0-9]*)$/.test(text) && Number.isSafeInteger(Number(text.slice(17)));
  if (!text.startsWith('GPC:')) return false;
  if (shape.length === 1) return isPart(text.slice(4), shape[0]!, schema);
  if (!text.startsWith('GPC:T:')) return false;
  const parts = jsonOrNull(text.slice(6));
  return Array.isArray(parts) && parts.length === shape.length && shape.every((part, i) => isPart(parts[i], part, schema));
}
