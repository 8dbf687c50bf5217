// What a full-text search matches, as SQL that a list's own statement includes: a condition on
// the row, the matching ids as a subquery, and the matches ranked. The ids never leave the
// database, so a search matching every row costs one statement like one matching ten (a list
// of ids is one bound parameter each: past 999, SQLite refuses the statement).
import { Prisma } from '../generated/sqlite/client.js';
import { providerOfDb, type Db } from './db.js';
import { FTS5_TABLE, PG_SOURCE } from './search.js';
import { toFts5, toTsQuery, type SearchQuery } from './search-query.js';

/** The kinds a list filters by search. */
export type ListedKind = 'ARTICLE' | 'QUOTE';

const TABLE: Record<ListedKind, Prisma.Sql> = { ARTICLE: Prisma.sql`"Article"`, QUOTE: Prisma.sql`"Quote"` };

function tsquery(kind: ListedKind, query: SearchQuery): Prisma.Sql {
  return Prisma.sql`to_tsquery(${PG_SOURCE[kind].config}::regconfig, ${toTsQuery(query)})`;
}

/** SELECT "id" of every row the search matches. */
export function matchIdsSql(db: Db, kind: ListedKind, query: SearchQuery): Prisma.Sql {
  if (providerOfDb(db) === 'postgresql') return Prisma.sql`SELECT "id" FROM ${TABLE[kind]} WHERE "searchVector" @@ ${tsquery(kind, query)}`;
  const fts = FTS5_TABLE[kind];
  return Prisma.sql`SELECT rowid AS "id" FROM ${fts} WHERE ${fts} MATCH ${toFts5(query)}`;
}

/** The row of the kind's table (named by the table) matches the search. */
export function matchSql(db: Db, kind: ListedKind, query: SearchQuery): Prisma.Sql {
  const table = TABLE[kind];
  // PostgreSQL's condition is on the row's own column (GIN index); FTS5's index is a table of its own.
  if (providerOfDb(db) === 'postgresql') return Prisma.sql`${table}."searchVector" @@ ${tsquery(kind, query)}`;
  return Prisma.sql`${table}."id" IN (${matchIdsSql(db, kind, query)})`;
}

/**
 * SELECT "id", "rank" of every match, lower ranks better: the rank `search` orders by (bm25
 * with titles weighing ten times bodies, or ts_rank_cd), over all matches, so an order by it
 * is exact at any size.
 */
export function rankedMatchesSql(db: Db, kind: ListedKind, query: SearchQuery): Prisma.Sql {
  if (providerOfDb(db) === 'postgresql') {
    const q = tsquery(kind, query);
    return Prisma.sql`SELECT "id", -ts_rank_cd("searchVector", ${q}) AS "rank" FROM ${TABLE[kind]} WHERE "searchVector" @@ ${q}`;
  }
  const fts = FTS5_TABLE[kind];
  const rank = kind === 'ARTICLE' ? Prisma.sql`bm25(${fts}, 10.0, 1.0)` : Prisma.sql`bm25(${fts})`;
  return Prisma.sql`SELECT rowid AS "id", ${rank} AS "rank" FROM ${fts} WHERE ${fts} MATCH ${toFts5(query)}`;
}
