// The only place that opens the database: DATABASE_URL -> Prisma client with its driver adapter.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client.js';
import { PrismaClient } from '../generated/sqlite/client.js';
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
  /** PostgreSQL connections per process (default 10), to the primary and to each replica. */
  poolSize?: number;
  /** PostgreSQL read replicas: model reads and `reader(db)` go there, writes to `url`. */
  replicaUrls?: string[];
  /** PostgreSQL: the server cancels any statement running longer (statement_timeout). */
  statementTimeoutMs?: number;
}

const providers = new WeakMap<object, Provider>();
const urls = new WeakMap<object, string>();

/** What a client opened with replicas has: the read-replica extension's `$replica()`. */
interface Replicated {
  $replica(): Db;
  $primary(): Db;
}

/**
 * Where a raw read query should go: a read replica when there are any. The extension routes
 * model reads by itself but sends raw SQL (search, graph queries) to the primary.
 */
export function reader(db: Db): Db {
  return '$replica' in db ? (db as unknown as Replicated).$replica() : db;
}

/** The primary alone, for reads that must see the writes just made (a replica may lag). */
export function primary(db: Db): Db {
  return '$primary' in db ? (db as unknown as Replicated).$primary() : db;
}

/** The DATABASE_URL an open client was opened with. */
export function urlOfDb(db: Db): string {
  return urls.get(db)!;
}

/** The provider behind an open client. */
export function providerOfDb(db: Db): Provider {
  return providers.get(db) ?? 'sqlite';
}

/**
 * The same client with `check` called before every query, model or raw (it may throw to stop
 * the query). `reader(db)` on PostgreSQL replicas returns the replica client, unchecked there.
 */
export function beforeEachQuery(db: Db, check: () => void): Db {
  const checked = db.$extends({
    query: {
      $allOperations({ args, query }) {
        check();
        return query(args);
      },
    },
  }) as unknown as Db;
  providers.set(checked, providerOfDb(db));
  urls.set(checked, urlOfDb(db));
  return checked;
}

/** The query events a client opened with `log: [{ level: 'query', emit: 'event' }]` emits. */
interface QueryEvents {
  $on(event: 'query', callback: (event: { query: string }) => void): void;
}

/** Opens the database DATABASE_URL names: a SQLite file (created if missing) or PostgreSQL. */
export async function openDb(url: string, options: DbOptions = {}): Promise<Db> {
  const { onQuery } = options;
  const log = onQuery ? [{ level: 'query' as const, emit: 'event' as const }] : [];
  // Query events are only available on a client before it is extended.
  const logged = <C>(client: C): C => {
    if (onQuery) (client as unknown as QueryEvents).$on('query', (event) => onQuery(event.query));
    return client;
  };
  let db: Db;
  const replicaUrls = options.replicaUrls ?? [];
  if (providerOf(url) === 'postgresql') {
    const pool = { max: options.poolSize ?? 10, ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}) };
    const pg = (connectionString: string) => logged(new PostgresClient({ adapter: new PrismaPg({ connectionString, ...pool }), log }));
    const client = pg(url);
    // The extension sends findMany/count/groupBy... to a random replica and the rest to the primary.
    db = (replicaUrls.length > 0 ? client.$extends(readReplicas({ replicas: replicaUrls.map(pg) })) : client) as unknown as Db;
    providers.set(db, 'postgresql');
  } else if (replicaUrls.length > 0) {
    throw new Error('Read replicas need PostgreSQL: DATABASE_URL names a SQLite file');
  } else {
    // WAL lets the API read while a seed run writes; the busy timeout waits out other writers.
    const adapter = new PrismaBetterSQLite3({ url: sqliteFile(url), timeout: 10_000 });
    db = logged(new PrismaClient({ adapter, log }) as Db);
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
    // In WAL mode NORMAL stays consistent after a crash and skips an fsync per transaction.
    await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
    // Planner statistics for tables that lack them (SQLite's advice for a new connection;
    // analysis_limit keeps it to milliseconds). Without them a facet over 349 searched
    // articles started from Entity by type and took 1 s instead of 1 ms (docs/benchmarks.md).
    await db.$queryRawUnsafe('PRAGMA analysis_limit = 1000');
    await db.$queryRawUnsafe('PRAGMA optimize = 0x10002');
    providers.set(db, 'sqlite');
  }
  urls.set(db, url);
  return db;
}
