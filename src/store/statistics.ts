// Planner statistics after bulk changes. Both databases choose plans from what ANALYZE last
// recorded; statistics of a one-article database kept after loading 19,000 articles make the
// search page's entity facet start from Entity instead of the matching articles: seconds
// instead of milliseconds. The seed run calls this when it has changed enough (seed/statistics.ts).
import { Prisma } from '../generated/sqlite/client.js';
import { primary, providerOfDb, type Db } from './db.js';

/**
 * Created and dropped in the transaction that runs ANALYZE, to move SQLite's schema cookie.
 * A connection loads sqlite_stat1 only when it reads the schema, and ANALYZE leaves the cookie
 * alone: an API process opened before would plan with the old statistics until restarted. A
 * moved cookie makes every connection, in every process, read the schema and the new
 * statistics again before its next statement (tests/store/statistics.test.ts).
 */
const SCHEMA_COOKIE_BUMP = '_wiregraph_statistics_refresh';

/** Gathers fresh planner statistics, and makes every open connection use them. */
export async function refreshStatistics(db: Db): Promise<void> {
  const target = primary(db);
  if (providerOfDb(db) === 'postgresql') {
    // PostgreSQL's statistics are shared: the next plan of any connection uses them. Only our
    // tables: the system catalogs are not ours to analyse. It samples a bounded number of rows.
    const tables = Object.values(Prisma.ModelName).map((table) => `"${table}"`);
    await target.$executeRawUnsafe(`ANALYZE ${tables.join(', ')}`);
    return;
  }
  // openDb's analysis_limit bounds ANALYZE: 60 ms on the 19,000 articles of Reuters-21578.
  await target.$transaction([
    target.$executeRawUnsafe('ANALYZE'),
    target.$executeRawUnsafe(`CREATE TABLE "${SCHEMA_COOKIE_BUMP}" ("unused")`),
    target.$executeRawUnsafe(`DROP TABLE "${SCHEMA_COOKIE_BUMP}"`),
  ]);
}
