// Which quotes a filter keeps, as one SQL condition on "Quote" shared by the list's pages and
// its count (see article-filter.ts for why nothing passes through a list of ids).
import { Prisma } from '../generated/sqlite/client.js';
import type { QuoteKind } from '../ingest/types.js';
import type { Db } from './db.js';
import { likeSql } from './like.js';
import { countWhere, pageIds, type PageWindow, type SortKey } from './list-page.js';
import { matchSql } from './search-match.js';
import type { SearchQuery } from './search-query.js';
import { enumIn } from './sql-enum.js';

export interface QuoteConditions {
  speakerId?: number | null;
  articleId?: number | null;
  /** The entity is named in the quote's article. */
  entityId?: number | null;
  /** Part of the speaker's name as written, or of the resolved speaker's name, any case. */
  speakerName?: string | null;
  search?: SearchQuery | null;
  from?: Date | null;
  to?: Date | null;
  /** Only quotes of these kinds; null or empty keeps every kind. */
  kinds?: readonly QuoteKind[] | null;
}

const QUOTE = Prisma.sql`"Quote"`;
const ID = Prisma.sql`"Quote"."id"`;

/** Newest first, in reading order within an article (as `quotesNewestFirst` in the API). */
const NEWEST_FIRST: SortKey[] = [
  { sql: Prisma.sql`"Quote"."publishedAt"`, desc: true, nullable: true },
  { sql: Prisma.sql`"Quote"."articleId"`, desc: true },
  { sql: Prisma.sql`"Quote"."position"`, desc: false },
];

export function quoteWhere(db: Db, c: QuoteConditions): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (c.speakerId != null) parts.push(Prisma.sql`"Quote"."speakerId" = ${c.speakerId}`);
  if (c.articleId != null) parts.push(Prisma.sql`"Quote"."articleId" = ${c.articleId}`);
  if (c.entityId != null) {
    parts.push(Prisma.sql`"Quote"."articleId" IN (SELECT ae."articleId" FROM "ArticleEntity" ae WHERE ae."entityId" = ${c.entityId})`);
  }
  if (c.speakerName != null) {
    const written = likeSql(db, Prisma.sql`"Quote"."speakerName"`, c.speakerName, 'contains');
    const resolved = likeSql(db, Prisma.sql`e."name"`, c.speakerName, 'contains');
    parts.push(Prisma.sql`(${written} OR "Quote"."speakerId" IN (SELECT e."id" FROM "Entity" e WHERE ${resolved}))`);
  }
  if (c.search) parts.push(matchSql(db, 'QUOTE', c.search));
  if (c.from) parts.push(Prisma.sql`"Quote"."publishedAt" >= ${c.from}`);
  if (c.to) parts.push(Prisma.sql`"Quote"."publishedAt" <= ${c.to}`);
  if (c.kinds?.length) parts.push(enumIn(db, Prisma.sql`"Quote"."kind"`, 'QuoteKind', c.kinds));
  return parts.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(parts, ' AND ');
}

export function countQuotes(db: Db, c: QuoteConditions): Promise<number> {
  return countWhere(db, QUOTE, quoteWhere(db, c));
}

/** The ids of one page of the matching quotes, newest first. */
export function quotePage(db: Db, c: QuoteConditions, window: PageWindow): Promise<number[]> {
  return pageIds(db, { from: QUOTE, id: ID, where: quoteWhere(db, c), order: NEWEST_FIRST }, window);
}
