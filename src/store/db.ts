// The only place that opens the database: DATABASE_URL -> Prisma client with its driver adapter.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client.js';
import { PrismaClient, type Prisma } from '../generated/sqlite/client.js';
import { providerOf, type Provider } from './provider.js';
import { sqliteFile } from './sqlite-file.js';

/**
 * The client type the code is written against. Both providers' generated clients have the
 * same models and query API (one models file), so a PostgreSQL client is used through it.
 */
export type Db = PrismaClient;
export type { Prisma } from '../generated/sqlite/client.js';

export interface DbOptions {
  /** Called with every SQL statement Prisma sends; used by tests that count statements. */
  onQuery?: (sql: string) => void;
  /** PostgreSQL connections per process (default 10). */
  poolSize?: number;
}

const providers = new WeakMap<object, Provider>();
const urls = new WeakMap<object, string>();

/** The DATABASE_URL an open client was opened with. */
export function urlOfDb(db: Db): string {
  return urls.get(db)!;
}

/** The provider behind an open client. */
export function providerOfDb(db: Db): Provider {
  return providers.get(db) ?? 'sqlite';
}

/**
 * A string filter that ignores case on both databases: SQLite's LIKE already ignores ASCII
 * case; PostgreSQL needs asking (a mode the SQLite client's types do not know).
 */
export function caseInsensitive(db: Db, filter: Prisma.StringFilter): Prisma.StringFilter {
  return providerOfDb(db) === 'postgresql' ? ({ ...filter, mode: 'insensitive' } as Prisma.StringFilter) : filter;
}

/** The query events a client opened with `log: [{ level: 'query', emit: 'event' }]` emits. */
interface QueryEvents {
  $on(event: 'query', callback: (event: { query: string }) => void): void;
}

/** Opens the database DATABASE_URL names: a SQLite file (created if missing) or PostgreSQL. */
export async function openDb(url: string, options: DbOptions = {}): Promise<Db> {
  const log = options.onQuery ? [{ level: 'query' as const, emit: 'event' as const }] : [];
  let db: Db;
  if (providerOf(url) === 'postgresql') {
    const adapter = new PrismaPg({ connectionString: url, max: options.poolSize ?? 10 });
    const client = new PostgresClient({ adapter, log });
    db = client as unknown as Db;
    providers.set(db, 'postgresql');
  } else {
    // WAL lets the API read while a seed run writes; the busy timeout waits out other writers.
    const adapter = new PrismaBetterSQLite3({ url: sqliteFile(url), timeout: 10_000 });
    db = new PrismaClient({ adapter, log }) as Db;
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
    // In WAL mode NORMAL stays consistent after a crash and skips an fsync per transaction.
    await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
    providers.set(db, 'sqlite');
  }
  const { onQuery } = options;
  if (onQuery) (db as unknown as QueryEvents).$on('query', (event) => onQuery(event.query));
  urls.set(db, url);
  return db;
}
