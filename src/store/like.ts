// Substring and prefix matching of user text with LIKE, the one place that writes it, so `%`,
// `_` and `\` in what a user types are matched as themselves. Prisma's `contains` and
// `startsWith` pass them through as wildcards on SQLite (`A_` found every name starting with
// "A" and one more character; `%` found everything).
import { Prisma } from '../generated/sqlite/client.js';
import { providerOfDb, type Db } from './db.js';

/** `text` with LIKE's wildcards and the escape character escaped, for `LIKE ... ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type LikeMatch = 'contains' | 'startsWith';

/**
 * `column` contains (or starts with) `text`, ignoring case: ASCII letters on SQLite (its LIKE),
 * every letter on PostgreSQL (ILIKE).
 */
export function likeSql(db: Db, column: Prisma.Sql, text: string, match: LikeMatch): Prisma.Sql {
  const pattern = `${match === 'contains' ? '%' : ''}${escapeLike(text)}%`;
  const like = providerOfDb(db) === 'postgresql' ? Prisma.sql`ILIKE` : Prisma.sql`LIKE`;
  return Prisma.sql`${column} ${like} ${pattern} ESCAPE '\\'`;
}
