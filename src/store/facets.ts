// Counts over a set of articles for the facets of a list: by entity, speaker, author, source
// and day. The set is a subquery selecting the articles' ids (article-filter.ts's
// articleIdsSql; null for every article), so each facet is one raw statement however many
// articles match: no list of ids is passed (one bound parameter per id stopped at 999, and a
// list found first was cut at 10,000).
import { Prisma } from '../generated/sqlite/client.js';
import { providerOfDb, reader, type Db } from './db.js';
import { enumIn } from './sql-enum.js';

export interface KeyCount {
  key: number;
  count: number;
}

/** The articles counted over: a SELECT of their "id", or null for every article. */
export type ArticleSet = Prisma.Sql | null;

/** `column IN (the articles)`, or true for every article. */
function inScope(column: Prisma.Sql, articles: ArticleSet): Prisma.Sql {
  return articles === null ? Prisma.sql`1 = 1` : Prisma.sql`${column} IN (${articles})`;
}

async function keyCounts(db: Db, sql: Prisma.Sql): Promise<KeyCount[]> {
  const rows = await reader(db).$queryRaw<{ key: number | bigint; n: number | bigint }[]>(sql);
  return rows.map((r) => ({ key: Number(r.key), count: Number(r.n) }));
}

/** Entities named in the articles, of any type: most articles first, then by id. */
export function entityCounts(db: Db, articles: ArticleSet, limit: number): Promise<KeyCount[]> {
  return keyCounts(
    db,
    Prisma.sql`SELECT ae."entityId" AS "key", COUNT(*) AS "n" FROM "ArticleEntity" ae
      WHERE ${inScope(Prisma.sql`ae."articleId"`, articles)}
      GROUP BY ae."entityId" ORDER BY COUNT(*) DESC, ae."entityId" ASC LIMIT ${limit}`,
  );
}

/**
 * The same for several entity types at once (a facet page usually asks for people,
 * organisations and places): one pass over the articles' entities, ranked within each type,
 * instead of one statement per type.
 */
export async function entityCountsByType(db: Db, articles: ArticleSet, types: readonly string[], limit: number): Promise<Map<string, KeyCount[]>> {
  const type = providerOfDb(db) === 'postgresql' ? Prisma.sql`e."type"::text` : Prisma.sql`e."type"`;
  const rows = await reader(db).$queryRaw<{ type: string; key: number | bigint; n: number | bigint }[]>(
    Prisma.sql`SELECT "type", "key", "n" FROM (
        SELECT ${type} AS "type", ae."entityId" AS "key", COUNT(*) AS "n",
               ROW_NUMBER() OVER (PARTITION BY ${type} ORDER BY COUNT(*) DESC, ae."entityId" ASC) AS "rank"
        FROM "ArticleEntity" ae JOIN "Entity" e ON e."id" = ae."entityId"
        WHERE ${enumIn(db, Prisma.sql`e."type"`, 'EntityType', types)} AND ${inScope(Prisma.sql`ae."articleId"`, articles)}
        GROUP BY ${type}, ae."entityId"
      ) ranked
      WHERE "rank" <= ${limit} ORDER BY "type", "rank"`,
  );
  const out = new Map<string, KeyCount[]>(types.map((t) => [t, []]));
  for (const r of rows) out.get(r.type)?.push({ key: Number(r.key), count: Number(r.n) });
  return out;
}

/** Resolved speakers quoted in the articles: most articles first, then by id. */
export function speakerCounts(db: Db, articles: ArticleSet, limit: number): Promise<KeyCount[]> {
  return keyCounts(
    db,
    Prisma.sql`SELECT q."speakerId" AS "key", COUNT(DISTINCT q."articleId") AS "n" FROM "Quote" q
      WHERE q."speakerId" IS NOT NULL AND ${inScope(Prisma.sql`q."articleId"`, articles)}
      GROUP BY q."speakerId" ORDER BY COUNT(DISTINCT q."articleId") DESC, q."speakerId" ASC LIMIT ${limit}`,
  );
}

/** Journalists credited with one of `roles` on the articles: most articles first, then by id. */
export function journalistCounts(db: Db, articles: ArticleSet, roles: readonly string[], limit: number): Promise<KeyCount[]> {
  return keyCounts(
    db,
    Prisma.sql`SELECT c."journalistId" AS "key", COUNT(DISTINCT c."articleId") AS "n" FROM "Credit" c
      WHERE ${enumIn(db, Prisma.sql`c."role"`, 'CreditRole', roles)} AND ${inScope(Prisma.sql`c."articleId"`, articles)}
      GROUP BY c."journalistId" ORDER BY COUNT(DISTINCT c."articleId") DESC, c."journalistId" ASC LIMIT ${limit}`,
  );
}

/** Articles per agency (unsorted). */
export async function sourceCounts(db: Db, articles: ArticleSet): Promise<{ value: string; count: number }[]> {
  const rows = await reader(db).$queryRaw<{ value: string; n: number | bigint }[]>(
    Prisma.sql`SELECT "source" AS "value", COUNT(*) AS "n" FROM "Article"
      WHERE "source" IS NOT NULL AND ${inScope(Prisma.sql`"id"`, articles)} GROUP BY "source"`,
  );
  return rows.map((r) => ({ value: r.value, count: Number(r.n) }));
}

/** Articles per publication day (UTC, YYYY-MM-DD), oldest first. */
export async function dayCounts(db: Db, articles: ArticleSet): Promise<{ day: string; count: number }[]> {
  // SQLite keeps DateTime as ISO 8601 text with an offset; strftime turns it into the UTC day.
  const day = providerOfDb(db) === 'postgresql' ? Prisma.sql`to_char("publishedAt", 'YYYY-MM-DD')` : Prisma.sql`strftime('%Y-%m-%d', "publishedAt")`;
  const rows = await reader(db).$queryRaw<{ day: string; n: number | bigint }[]>(
    Prisma.sql`SELECT ${day} AS "day", COUNT(*) AS "n" FROM "Article"
      WHERE "publishedAt" IS NOT NULL AND ${inScope(Prisma.sql`"id"`, articles)} GROUP BY 1 ORDER BY 1`,
  );
  return rows.map((r) => ({ day: r.day, count: Number(r.n) }));
}

/** How many articles the set holds. */
export async function articleTotal(db: Db, articles: ArticleSet): Promise<number> {
  const set = articles ?? Prisma.sql`SELECT "id" FROM "Article"`;
  const [row] = await reader(db).$queryRaw<{ n: number | bigint }[]>(Prisma.sql`SELECT COUNT(*) AS "n" FROM (${set}) "articles"`);
  return Number(row?.n ?? 0);
}
