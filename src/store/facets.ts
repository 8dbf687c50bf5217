// Counts over a set of articles for the facets of a list: by entity, speaker, author, source
// and day. The set is a list of article ids passed as one JSON parameter (or null for every
// article), so each facet is one small raw statement. Through Prisma's query API each facet
// was a compiled query carrying every id as its own parameter: 7 of them cost a search page
// with 349 matches about 60 ms of CPU on SQLite (docs/benchmarks.md).
import { Prisma } from '../generated/sqlite/client.js';
import { providerOfDb, reader, type Db } from './db.js';

export interface KeyCount {
  key: number;
  count: number;
}

/** `column IN (the articles)`, or true for every article. */
function inScope(db: Db, column: Prisma.Sql, ids: readonly number[] | null): Prisma.Sql {
  if (ids === null) return Prisma.sql`1 = 1`;
  const json = JSON.stringify(ids);
  return providerOfDb(db) === 'postgresql'
    ? Prisma.sql`${column} IN (SELECT value::int FROM jsonb_array_elements_text(${json}::jsonb))`
    : Prisma.sql`${column} IN (SELECT value FROM json_each(${json}))`;
}

async function keyCounts(db: Db, sql: Prisma.Sql): Promise<KeyCount[]> {
  const rows = await reader(db).$queryRaw<{ key: number | bigint; n: number | bigint }[]>(sql);
  return rows.map((r) => ({ key: Number(r.key), count: Number(r.n) }));
}

/** Entities named in the articles, of any type: most articles first, then by id. */
export function entityCounts(db: Db, ids: readonly number[] | null, limit: number): Promise<KeyCount[]> {
  return keyCounts(
    db,
    Prisma.sql`SELECT ae."entityId" AS "key", COUNT(*) AS "n" FROM "ArticleEntity" ae
      WHERE ${inScope(db, Prisma.sql`ae."articleId"`, ids)}
      GROUP BY ae."entityId" ORDER BY COUNT(*) DESC, ae."entityId" ASC LIMIT ${limit}`,
  );
}

/**
 * The same for several entity types at once (a facet page usually asks for people,
 * organisations and places): one pass over the articles' entities, ranked within each type,
 * instead of one statement per type.
 */
export async function entityCountsByType(db: Db, ids: readonly number[] | null, types: readonly string[], limit: number): Promise<Map<string, KeyCount[]>> {
  const type = providerOfDb(db) === 'postgresql' ? Prisma.sql`e."type"::text` : Prisma.sql`e."type"`;
  const rows = await reader(db).$queryRaw<{ type: string; key: number | bigint; n: number | bigint }[]>(
    Prisma.sql`SELECT "type", "key", "n" FROM (
        SELECT ${type} AS "type", ae."entityId" AS "key", COUNT(*) AS "n",
               ROW_NUMBER() OVER (PARTITION BY ${type} ORDER BY COUNT(*) DESC, ae."entityId" ASC) AS "rank"
        FROM "ArticleEntity" ae JOIN "Entity" e ON e."id" = ae."entityId"
        WHERE ${type} IN (${Prisma.join(types)}) AND ${inScope(db, Prisma.sql`ae."articleId"`, ids)}
        GROUP BY ${type}, ae."entityId"
      ) ranked
      WHERE "rank" <= ${limit} ORDER BY "type", "rank"`,
  );
  const out = new Map<string, KeyCount[]>(types.map((t) => [t, []]));
  for (const r of rows) out.get(r.type)?.push({ key: Number(r.key), count: Number(r.n) });
  return out;
}

/** Resolved speakers quoted in the articles: most articles first, then by id. */
export function speakerCounts(db: Db, ids: readonly number[] | null, limit: number): Promise<KeyCount[]> {
  return keyCounts(
    db,
    Prisma.sql`SELECT q."speakerId" AS "key", COUNT(DISTINCT q."articleId") AS "n" FROM "Quote" q
      WHERE q."speakerId" IS NOT NULL AND ${inScope(db, Prisma.sql`q."articleId"`, ids)}
      GROUP BY q."speakerId" ORDER BY COUNT(DISTINCT q."articleId") DESC, q."speakerId" ASC LIMIT ${limit}`,
  );
}

/** Journalists credited with one of `roles` on the articles: most articles first, then by id. */
export function journalistCounts(db: Db, ids: readonly number[] | null, roles: readonly string[], limit: number): Promise<KeyCount[]> {
  const role = providerOfDb(db) === 'postgresql' ? Prisma.sql`c."role"::text` : Prisma.sql`c."role"`;
  return keyCounts(
    db,
    Prisma.sql`SELECT c."journalistId" AS "key", COUNT(DISTINCT c."articleId") AS "n" FROM "Credit" c
      WHERE ${role} IN (${Prisma.join(roles)}) AND ${inScope(db, Prisma.sql`c."articleId"`, ids)}
      GROUP BY c."journalistId" ORDER BY COUNT(DISTINCT c."articleId") DESC, c."journalistId" ASC LIMIT ${limit}`,
  );
}

/** Articles per agency (unsorted). */
export async function sourceCounts(db: Db, ids: readonly number[] | null): Promise<{ value: string; count: number }[]> {
  const rows = await reader(db).$queryRaw<{ value: string; n: number | bigint }[]>(
    Prisma.sql`SELECT "source" AS "value", COUNT(*) AS "n" FROM "Article"
      WHERE "source" IS NOT NULL AND ${inScope(db, Prisma.sql`"id"`, ids)} GROUP BY "source"`,
  );
  return rows.map((r) => ({ value: r.value, count: Number(r.n) }));
}

/** Articles per publication day (UTC, YYYY-MM-DD), oldest first. */
export async function dayCounts(db: Db, ids: readonly number[] | null): Promise<{ day: string; count: number }[]> {
  // SQLite keeps DateTime as ISO 8601 text with an offset; strftime turns it into the UTC day.
  const day = providerOfDb(db) === 'postgresql' ? Prisma.sql`to_char("publishedAt", 'YYYY-MM-DD')` : Prisma.sql`strftime('%Y-%m-%d', "publishedAt")`;
  const rows = await reader(db).$queryRaw<{ day: string; n: number | bigint }[]>(
    Prisma.sql`SELECT ${day} AS "day", COUNT(*) AS "n" FROM "Article"
      WHERE "publishedAt" IS NOT NULL AND ${inScope(db, Prisma.sql`"id"`, ids)} GROUP BY 1 ORDER BY 1`,
  );
  return rows.map((r) => ({ day: r.day, count: Number(r.n) }));
}
