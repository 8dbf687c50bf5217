// How many mentions, articles and quotes entities have, for many entities in one statement.
// Prisma's relation counts (`_count`) join a GROUP BY over the whole Mention, ArticleEntity and
// Quote tables, whatever the entities asked for: 20 ms on SQLite and 60 ms on PostgreSQL per
// entity page on Reuters-21578. Correlated counts read only each entity's index entries.
import { Prisma } from '../generated/sqlite/client.js';
import type { QuoteKind } from '../ingest/types.js';
import { reader, type Db } from './db.js';
import { enumIn } from './sql-enum.js';

export interface EntityCounts {
  mentions: number;
  articles: number;
  quotes: number;
}

interface Row {
  id: number | bigint;
  mentions: number | bigint;
  articles: number | bigint;
  quotes: number | bigint;
}

export async function entityCounts(db: Db, entityIds: readonly number[]): Promise<Map<number, EntityCounts>> {
  const rows = await reader(db).$queryRaw<Row[]>(Prisma.sql`
    SELECT e."id" AS "id",
           (SELECT COUNT(*) FROM "Mention" m WHERE m."entityId" = e."id") AS "mentions",
           (SELECT COUNT(*) FROM "ArticleEntity" ae WHERE ae."entityId" = e."id") AS "articles",
           (SELECT COUNT(*) FROM "Quote" q WHERE q."speakerId" = e."id") AS "quotes"
    FROM "Entity" e
    WHERE e."id" IN (${Prisma.join(entityIds)})`);
  return new Map(rows.map((r) => [Number(r.id), { mentions: Number(r.mentions), articles: Number(r.articles), quotes: Number(r.quotes) }]));
}

/**
 * How many quotes of the given kinds each entity is the speaker of (`Entity.quotes(kinds:)`'s
 * total), correlated like `entityCounts` so only the entities' index entries are read.
 */
export async function speakerQuoteCounts(db: Db, entityIds: readonly number[], kinds: readonly QuoteKind[]): Promise<Map<number, number>> {
  const rows = await reader(db).$queryRaw<{ id: number | bigint; quotes: number | bigint }[]>(Prisma.sql`
    SELECT e."id" AS "id",
           (SELECT COUNT(*) FROM "Quote" q WHERE q."speakerId" = e."id" AND ${enumIn(db, Prisma.sql`q."kind"`, 'QuoteKind', kinds)}) AS "quotes"
    FROM "Entity" e
    WHERE e."id" IN (${Prisma.join(entityIds)})`);
  return new Map(rows.map((r) => [Number(r.id), Number(r.quotes)]));
}
