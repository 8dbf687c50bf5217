// Questions about the entity graph that Prisma's query API cannot ask in one statement:
// which entities appear together, and which articles share entities. Each answers for
// many entities or articles at once (window functions rank within each), so a GraphQL list
// costs one statement however long it is. Plain SQL that SQLite and PostgreSQL both run.
import { reader, type Db } from './db.js';
import { Prisma } from '../generated/sqlite/client.js';

export interface CoMention {
  entityId: number;
  sharedArticles: number;
}

export interface RelatedArticle {
  articleId: number;
  score: number;
}

interface Ranked {
  forId: number;
  otherId: number;
  weight: number;
}

async function ranked(db: Db, sql: Prisma.Sql): Promise<Map<number, Ranked[]>> {
  const rows = await reader(db).$queryRaw<Ranked[]>(sql);
  const out = new Map<number, Ranked[]>();
  for (const row of rows) {
    const forId = Number(row.forId);
    const list = out.get(forId) ?? [];
    list.push({ forId, otherId: Number(row.otherId), weight: Number(row.weight) });
    out.set(forId, list);
  }
  return out;
}

/**
 * For each entity, the `limit` entities sharing the most articles with it (ties by name).
 * Pairs are counted first; names, needed only to break ties, are looked up (by primary key)
 * for the pairs that can still make the top `limit`, not for every shared article or pair:
 * 2-3 times faster on PostgreSQL for one entity page of Reuters-21578, a third on SQLite.
 */
export async function coMentions(db: Db, entityIds: readonly number[], limit: number): Promise<Map<number, CoMention[]>> {
  const rows = await ranked(
    db,
    Prisma.sql`
      SELECT "forId", "otherId", "weight" FROM (
        SELECT t."forId", t."otherId", t."weight",
               ROW_NUMBER() OVER (
                 PARTITION BY t."forId"
                 ORDER BY t."weight" DESC, (SELECT e."name" FROM "Entity" e WHERE e."id" = t."otherId") ASC, t."otherId" ASC
               ) AS "rank"
        FROM (
          SELECT c."forId", c."otherId", c."weight", RANK() OVER (PARTITION BY c."forId" ORDER BY c."weight" DESC) AS "byWeight"
          FROM (
            SELECT a."entityId" AS "forId", b."entityId" AS "otherId", COUNT(*) AS "weight"
            FROM "ArticleEntity" a
            JOIN "ArticleEntity" b ON b."articleId" = a."articleId" AND b."entityId" <> a."entityId"
            WHERE a."entityId" IN (${Prisma.join(entityIds)})
            GROUP BY a."entityId", b."entityId"
          ) c
        ) t
        WHERE t."byWeight" <= ${limit}
      ) ranked
      WHERE "rank" <= ${limit}
      ORDER BY "forId", "rank"`,
  );
  return new Map([...rows].map(([id, list]) => [id, list.map((r) => ({ entityId: r.otherId, sharedArticles: r.weight }))]));
}

/**
 * For each article, the `limit` articles sharing the most entities with it, each shared
 * entity weighted by its salience in both (newer first on ties).
 */
export async function relatedArticles(db: Db, articleIds: readonly number[], limit: number): Promise<Map<number, RelatedArticle[]>> {
  const rows = await ranked(
    db,
    Prisma.sql`
      SELECT "forId", "otherId", "weight" FROM (
        SELECT a."articleId" AS "forId", b."articleId" AS "otherId", SUM(a."salience" * b."salience") AS "weight",
               ROW_NUMBER() OVER (PARTITION BY a."articleId" ORDER BY SUM(a."salience" * b."salience") DESC, b."articleId" DESC) AS "rank"
        FROM "ArticleEntity" a
        JOIN "ArticleEntity" b ON b."entityId" = a."entityId" AND b."articleId" <> a."articleId"
        WHERE a."articleId" IN (${Prisma.join(articleIds)})
        GROUP BY a."articleId", b."articleId"
      ) ranked
      WHERE "rank" <= ${limit}
      ORDER BY "forId", "rank"`,
  );
  return new Map([...rows].map(([id, list]) => [id, list.map((r) => ({ articleId: r.otherId, score: r.weight }))]));
}
