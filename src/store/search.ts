// Full-text search behind one interface: ranked hits with highlighted snippets (lists filtered
// by a search use the same index through search-match.ts). SQLite uses FTS5 tables, PostgreSQL
// tsvector columns (see each provider's full_text_search migration); both answer the same questions.
import { Prisma } from '../generated/sqlite/client.js';
import { providerOfDb, reader, type Db } from './db.js';
import { toFts5, toTsQuery, type SearchQuery } from './search-query.js';

export type SearchKind = 'ARTICLE' | 'QUOTE' | 'ENTITY';

export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** The blended relevance (see BLEND): higher is better, comparable across kinds. */
  score: number;
  /** The best passage, HTML-escaped, with matches in <mark>…</mark>. */
  snippet: string;
}

// Control characters cannot occur in stored text, so they mark matches safely until escaping.
const OPEN = '\u0002';
const CLOSE = '\u0003';

interface Dialect {
  /** SELECT id, rank (lower is better) ... for the best `limit` after `offset`. */
  hits(kind: SearchKind, query: SearchQuery, limit: number, offset: number): Prisma.Sql;
  /** SELECT id, snippet ... of the given matching rows. */
  snippets(kind: SearchKind, query: SearchQuery, ids: number[]): Prisma.Sql;
  count(kind: SearchKind, query: SearchQuery): Prisma.Sql;
}

export const FTS5_TABLE: Record<SearchKind, Prisma.Sql> = {
  ARTICLE: Prisma.sql`"ArticleFts"`,
  QUOTE: Prisma.sql`"QuoteFts"`,
  ENTITY: Prisma.sql`"EntityFts"`,
};

const sqlite: Dialect = {
  hits(kind, query, limit, offset) {
    const table = FTS5_TABLE[kind];
    // Title matches weigh ten times body matches.
    const rank = kind === 'ARTICLE' ? Prisma.sql`bm25(${table}, 10.0, 1.0)` : Prisma.sql`bm25(${table})`;
    return Prisma.sql`
      SELECT rowid AS "id", ${rank} AS "rank"
      FROM ${table} WHERE ${table} MATCH ${toFts5(query)}
      ORDER BY "rank", rowid LIMIT ${limit} OFFSET ${offset}`;
  },
  snippets(kind, query, ids) {
    const table = FTS5_TABLE[kind];
    const snippet =
      kind === 'ENTITY'
        ? Prisma.sql`highlight(${table}, 0, ${OPEN}, ${CLOSE})`
        : Prisma.sql`snippet(${table}, -1, ${OPEN}, ${CLOSE}, '…', ${kind === 'ARTICLE' ? 24 : 32})`;
    // `+rowid`: given `rowid IN` as an index constraint, FTS5 would run the whole MATCH once per id.
    return Prisma.sql`
      SELECT rowid AS "id", ${snippet} AS "snippet"
      FROM ${table} WHERE ${table} MATCH ${toFts5(query)} AND +rowid IN (${Prisma.join(ids)})`;
  },
  count(kind, query) {
    const table = FTS5_TABLE[kind];
    return Prisma.sql`SELECT count(*) AS "n" FROM ${table} WHERE ${table} MATCH ${toFts5(query)}`;
  },
};

export const PG_SOURCE: Record<SearchKind, { table: Prisma.Sql; config: string; text: Prisma.Sql }> = {
  ARTICLE: { table: Prisma.sql`"Article"`, config: 'english', text: Prisma.sql`"title" || E'\n\n' || "body"` },
  QUOTE: { table: Prisma.sql`"Quote"`, config: 'english', text: Prisma.sql`"text"` },
  ENTITY: { table: Prisma.sql`"Entity"`, config: 'simple', text: Prisma.sql`"name"` },
};

const postgres: Dialect = {
  hits(kind, query, limit, offset) {
    const { table, config } = PG_SOURCE[kind];
    const tsquery = Prisma.sql`to_tsquery(${config}::regconfig, ${toTsQuery(query)})`;
    return Prisma.sql`
      SELECT "id", -ts_rank_cd("searchVector", ${tsquery}) AS "rank"
      FROM ${table} WHERE "searchVector" @@ ${tsquery}
      ORDER BY "rank", "id" LIMIT ${limit} OFFSET ${offset}`;
  },
  snippets(kind, query, ids) {
    const { table, config, text } = PG_SOURCE[kind];
    const tsquery = Prisma.sql`to_tsquery(${config}::regconfig, ${toTsQuery(query)})`;
    const options = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=…`;
    return Prisma.sql`
      SELECT "id", ts_headline(${config}::regconfig, ${text}, ${tsquery}, ${options}) AS "snippet"
      FROM ${table} WHERE "id" IN (${Prisma.join(ids)})`;
  },
  count(kind, query) {
    const { table, config } = PG_SOURCE[kind];
    return Prisma.sql`SELECT count(*) AS "n" FROM ${table} WHERE "searchVector" @@ to_tsquery(${config}::regconfig, ${toTsQuery(query)})`;
  },
};

function dialect(db: Db): Dialect {
  return providerOfDb(db) === 'postgresql' ? postgres : sqlite;
}

function toHtml(marked: string): string {
  const escaped = marked.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>');
}

type Row = { id: bigint | number; rank: number };

/**
 * How hits of different kinds are put in one order. Each engine's scores (bm25 per FTS5 table,
 * ts_rank_cd per PostgreSQL column) compare hits of one kind only: an entity name of one word
 * outscores any story on SQLite, and no story is outscored on PostgreSQL. So kinds are blended
 * by rank instead, with weighted reciprocal rank fusion: a hit's score is
 * `weight / (k + rank)`, its rank counted among the hits of its own kind (1 = best). Stories
 * weigh twice what quotes and entity names do, so a page reads as stories first with the best
 * quotes and names blended in: articles 1 to 4, then a quote and an entity after every two
 * articles while all three last (A A A A Q E A A Q E ...). Ties go to ARTICLE, then QUOTE,
 * then ENTITY. It depends on ranks alone, so it is the same formula on both databases.
 */
export const BLEND = { k: 2, weight: { ARTICLE: 1, QUOTE: 0.5, ENTITY: 0.5 } } as const satisfies { k: number; weight: Record<SearchKind, number> };

const KIND_ORDER: readonly SearchKind[] = ['ARTICLE', 'QUOTE', 'ENTITY'];

export type Ranked = { kind: SearchKind; id: number; rank: number };

/**
 * Best first. Scores are compared by cross-multiplying (w1 * (k + r2) against w2 * (k + r1)):
 * exact in floating point for these weights, so ties are ties and broken by kind, never by
 * rounding.
 */
export function byBlend(a: Ranked, b: Ranked): number {
  const diff = BLEND.weight[b.kind] * (BLEND.k + a.rank) - BLEND.weight[a.kind] * (BLEND.k + b.rank);
  return diff || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.rank - b.rank;
}

/** How many hits of `kinds` match: what a search's `totalCount` reports. */
export async function searchTotal(db: Db, query: SearchQuery, kinds: readonly SearchKind[]): Promise<number> {
  const sql = dialect(db);
  // Every kind's count in one statement: one round trip instead of one per kind.
  const counts = Prisma.join(kinds.map((kind) => Prisma.sql`(${sql.count(kind, query)})`), ' + ');
  const [total] = await reader(db).$queryRaw<{ n: bigint | number }[]>(Prisma.sql`SELECT ${counts} AS "n"`);
  return Number(total?.n ?? 0);
}

/**
 * Hits across kinds, best first in the BLEND order: a window of `limit` after `offset`, and
 * the total (counted unless the caller already has it).
 */
export async function search(
  db: Db,
  query: SearchQuery,
  kinds: readonly SearchKind[],
  limit: number,
  offset: number,
  known?: { total: number },
): Promise<{ hits: SearchHit[]; total: number }> {
  const sql = dialect(db);
  // A hit's blended score falls with its rank in its kind, so any of the first offset+limit
  // merged hits is among the first offset+limit of its own kind. Each kind is ordered by
  // (engine score, id): deterministic, so offset paging is consistent.
  const [total, ...perKind] = await Promise.all([
    known?.total ?? searchTotal(db, query, kinds),
    ...kinds.map(async (kind) =>
      (await reader(db).$queryRaw<Row[]>(sql.hits(kind, query, offset + limit, 0))).map((r, i): Ranked => ({ kind, id: Number(r.id), rank: i + 1 })),
    ),
  ]);
  const page = perKind.flat().sort(byBlend).slice(offset, offset + limit);
  // Snippets for the page alone: one costs far more than a rank (FTS5 compares every match
  // in the row with every other), and the hits before the page need none.
  const snippets = new Map<string, string>();
  await Promise.all(
    kinds.map(async (kind) => {
      const ids = page.filter((hit) => hit.kind === kind).map((hit) => hit.id);
      if (ids.length === 0) return;
      const rows = await reader(db).$queryRaw<{ id: bigint | number; snippet: string }[]>(sql.snippets(kind, query, ids));
      for (const row of rows) snippets.set(`${kind}:${Number(row.id)}`, toHtml(row.snippet));
    }),
  );
  const hits = page.map(({ kind, id, rank }) => ({ kind, id, score: BLEND.weight[kind] / (BLEND.k + rank), snippet: snippets.get(`${kind}:${id}`) ?? '' }));
  return { hits, total };
}
