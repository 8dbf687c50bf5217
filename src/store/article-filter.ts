// Which articles a filter keeps, compiled into one SQL condition on "Article" that every
// question about the list shares: its pages in any order, its count and its facets. A search is
// a subquery on the full-text index and the other conditions are subqueries on their own
// indexes, so the answers are exact however many articles match.
import { Prisma } from '../generated/sqlite/client.js';
import type { Db } from './db.js';
import { countWhere, pageIds, type ListSql, type PageWindow, type SortKey } from './list-page.js';
import { matchIdsSql, matchSql, rankedMatchesSql } from './search-match.js';
import { enumIn } from './sql-enum.js';
import type { SearchQuery } from './search-query.js';

/** Everything an article list can be narrowed by; all given conditions must hold. */
export interface ArticleConditions {
  search?: SearchQuery | null;
  /** Published at or after. */
  from?: Date | null;
  /** Published at or before. */
  to?: Date | null;
  source?: string | null;
  /** Compared ignoring case on both sides (ASCII letters on SQLite, every letter on PostgreSQL). */
  dateline?: string | null;
  /** Each journalist is credited with one of the roles. */
  credited?: readonly { journalistId: number; roles: readonly string[] }[];
  /** The article names at least one of them (no condition when empty). */
  anyEntityIds?: readonly number[];
  /** The article names every one of them. */
  allEntityIds?: readonly number[];
  /** The entity is quoted in the article. */
  speakerId?: number | null;
}

export type ArticleOrder = 'NEWEST' | 'OLDEST' | 'RELEVANCE';

const ARTICLE = Prisma.sql`"Article"`;
const ID = Prisma.sql`"Article"."id"`;

function and(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(parts, ' AND ');
}

/** Every condition but the search. */
function otherConditions(db: Db, c: ArticleConditions): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (c.from) parts.push(Prisma.sql`"Article"."publishedAt" >= ${c.from}`);
  if (c.to) parts.push(Prisma.sql`"Article"."publishedAt" <= ${c.to}`);
  if (c.source != null) parts.push(Prisma.sql`"Article"."source" = ${c.source}`);
  if (c.dateline != null) parts.push(Prisma.sql`lower("Article"."dateline") = lower(${c.dateline})`);
  for (const { journalistId, roles } of c.credited ?? []) {
    const role = enumIn(db, Prisma.sql`c."role"`, 'CreditRole', roles);
    parts.push(Prisma.sql`${ID} IN (SELECT c."articleId" FROM "Credit" c WHERE c."journalistId" = ${journalistId} AND ${role})`);
  }
  if (c.anyEntityIds?.length) {
    parts.push(Prisma.sql`${ID} IN (SELECT ae."articleId" FROM "ArticleEntity" ae WHERE ae."entityId" IN (${Prisma.join(c.anyEntityIds)}))`);
  }
  for (const entityId of c.allEntityIds ?? []) {
    parts.push(Prisma.sql`${ID} IN (SELECT ae."articleId" FROM "ArticleEntity" ae WHERE ae."entityId" = ${entityId})`);
  }
  if (c.speakerId != null) parts.push(Prisma.sql`${ID} IN (SELECT q."articleId" FROM "Quote" q WHERE q."speakerId" = ${c.speakerId})`);
  return parts;
}

/** The condition on "Article" that the filter means. */
export function articleWhere(db: Db, c: ArticleConditions): Prisma.Sql {
  const search = c.search ? [matchSql(db, 'ARTICLE', c.search)] : [];
  return and([...search, ...otherConditions(db, c)]);
}

/**
 * SELECT "id" of the matching articles, for counting over them (facets), or null when the
 * filter keeps every article. A search alone reads only the full-text index.
 */
export function articleIdsSql(db: Db, c: ArticleConditions): Prisma.Sql | null {
  const others = otherConditions(db, c);
  if (others.length === 0) return c.search ? matchIdsSql(db, 'ARTICLE', c.search) : null;
  return Prisma.sql`SELECT "Article"."id" AS "id" FROM "Article" WHERE ${articleWhere(db, c)}`;
}

export function countArticles(db: Db, c: ArticleConditions): Promise<number> {
  return countWhere(db, ARTICLE, articleWhere(db, c));
}

const BY_DATE = (desc: boolean): SortKey[] => [
  { sql: Prisma.sql`"Article"."publishedAt"`, desc, nullable: true },
  { sql: ID, desc },
];

function articleList(db: Db, c: ArticleConditions, order: ArticleOrder): ListSql {
  if (order !== 'RELEVANCE') return { from: ARTICLE, id: ID, where: articleWhere(db, c), order: BY_DATE(order === 'NEWEST') };
  if (!c.search) throw new Error('relevance order needs a search');
  // Every match ranked (the search is this join), best first, ties by id as in `search`.
  return {
    from: Prisma.sql`(${rankedMatchesSql(db, 'ARTICLE', c.search)}) "m" JOIN "Article" ON "Article"."id" = "m"."id"`,
    id: ID,
    where: and(otherConditions(db, c)),
    order: [{ sql: Prisma.sql`"m"."rank"`, desc: false }, { sql: ID, desc: false }],
  };
}

/** The ids of one page of the matching articles in `order` (RELEVANCE needs a search). */
export function articlePage(db: Db, c: ArticleConditions, order: ArticleOrder, window: PageWindow): Promise<number[]> {
  return pageIds(db, articleList(db, c, order), window);
}
