// The only place that opens the database: DATABASE_URL -> Prisma client with its driver adapter.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/sqlite/client.js';
import { sqliteFile } from './sqlite-file.js';

export type Db = PrismaClient;
export type { Prisma } from '../generated/sqlite/client.js';

export interface DbOptions {
  /** Called with every SQL statement Prisma sends; used by tests that count statements. */
  onQuery?: (sql: string) => void;
}

/** Opens the database at `url` (a `file:` URL). WAL lets the API read while a seed run writes. */
export async function openDb(url: string, options: DbOptions = {}): Promise<Db> {
  const adapter = new PrismaBetterSQLite3({ url: sqliteFile(url), timeout: 10_000 });
  const db = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ level: 'query', emit: 'event' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    db.$on('query' as never, (event: { query: string }) => onQuery(event.query));
  }
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  return db;
}
