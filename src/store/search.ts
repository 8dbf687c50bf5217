// Full-text search behind one interface: ranked hits with highlighted snippets, and the ids
// matching a search for use in filters. SQLite FTS5 (see the full_text_search migration).
import { Prisma } from '../generated/sqlite/client.js';
import type { Db } from './db.js';
import { toFts5, type SearchQuery } from './search-query.js';

export type SearchKind = 'ARTICLE' | 'QUOTE' | 'ENTITY';

export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** Higher is better; comparable across kinds only roughly (bm25 of each index). */
  score: number;
  /** The best passage, HTML-escaped, with matches in <mark>…</mark>. */
  snippet: string;
}

// Control characters cannot occur in stored text, so they mark matches safely until escaping.
const OPEN = '\u0002';
const CLOSE = '\u0003';

const INDEX: Record<SearchKind, { table: Prisma.Sql; rank: Prisma.Sql; snippet: Prisma.Sql }> = {
  // Title matches weigh ten times body matches.
  ARTICLE: {
    table: Prisma.sql`"ArticleFts"`,
    rank: Prisma.sql`bm25("ArticleFts", 10.0, 1.0)`,
    snippet: Prisma.sql`snippet("ArticleFts", -1, ${OPEN}, ${CLOSE}, '…', 24)`,
  },
  QUOTE: {
    table: Prisma.sql`"QuoteFts"`,
    rank: Prisma.sql`bm25("QuoteFts")`,
    snippet: Prisma.sql`snippet("QuoteFts", 0, ${OPEN}, ${CLOSE}, '…', 32)`,
  },
  ENTITY: {
    table: Prisma.sql`"EntityFts"`,
    rank: Prisma.sql`bm25("EntityFts")`,
    snippet: Prisma.sql`highlight("EntityFts", 0, ${OPEN}, ${CLOSE})`,
  },
};

function toHtml(marked: string): string {
  const escaped = marked.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>');
}

/** The best `limit` hits of one kind, skipping `offset`. */
async function hitsOf(db: Db, kind: SearchKind, match: string, limit: number, offset = 0): Promise<SearchHit[]> {
  const { table, rank, snippet } = INDEX[kind];
  const rows = await db.$queryRaw<{ id: bigint | number; rank: number; snippet: string }[]>(Prisma.sql`
    SELECT rowid AS "id", ${rank} AS "rank", ${snippet} AS "snippet"
    FROM ${table} WHERE ${table} MATCH ${match}
    ORDER BY "rank", rowid LIMIT ${limit} OFFSET ${offset}`);
  return rows.map((r) => ({ kind, id: Number(r.id), score: -Number(r.rank), snippet: toHtml(r.snippet) }));
}

async function countOf(db: Db, kind: SearchKind, match: string): Promise<number> {
  const { table } = INDEX[kind];
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`SELECT count(*) AS "n" FROM ${table} WHERE ${table} MATCH ${match}`);
  return Number(row?.n ?? 0);
}

/** Hits across kinds, best first: a window of `limit` after `offset`, and the total. */
export async function search(
  db: Db,
  query: SearchQuery,
  kinds: readonly SearchKind[],
  limit: number,
  offset: number,
): Promise<{ hits: SearchHit[]; total: number }> {
  const match = toFts5(query);
  // Any of the first offset+limit merged hits is among the first offset+limit of its own kind.
  const perKind = await Promise.all(kinds.map((kind) => hitsOf(db, kind, match, offset + limit)));
  const merged = perKind.flat().sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id - b.id);
  const counts = await Promise.all(kinds.map((kind) => countOf(db, kind, match)));
  return { hits: merged.slice(offset, offset + limit), total: counts.reduce((a, b) => a + b, 0) };
}

/** Ids of the rows matching a search, best first, at most `limit` (for filters and relevance order). */
export async function matchingIds(db: Db, kind: SearchKind, query: SearchQuery, limit = 10_000): Promise<number[]> {
  const { table, rank } = INDEX[kind];
  const rows = await db.$queryRaw<{ id: bigint | number }[]>(Prisma.sql`
    SELECT rowid AS "id" FROM ${table} WHERE ${table} MATCH ${toFts5(query)} ORDER BY ${rank}, rowid LIMIT ${limit}`);
  return rows.map((r) => Number(r.id));
}
