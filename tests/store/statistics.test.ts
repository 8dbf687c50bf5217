// How fresh planner statistics reach connections that are already open. SQLite loads
// sqlite_stat1 into a connection when it reads the schema, and ANALYZE does not move the schema
// cookie: another process's ANALYZE is never seen by an API process opened before it.
// refreshStatistics moves the cookie, so it is. PostgreSQL shares its statistics.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { seedFolder } from '../../src/seed/run.js';
import { openDb, type Db } from '../../src/store/db.js';
import { sqliteFile } from '../../src/store/sqlite-file.js';
import { refreshStatistics } from '../../src/store/statistics.js';
import { createTestDb, provider } from '../helpers/db.js';

const PROBE = 'SELECT * FROM "Probe" WHERE "a" = 1 AND "b" = 1';

/** The index a connection would use: the more selective one by the statistics it holds. */
async function indexUsed(db: Db): Promise<string> {
  // EXPLAIN does not look at the schema cookie; a read does, and reloads the schema if it moved.
  await db.$queryRawUnsafe('SELECT COUNT(*) FROM "Probe"');
  const [row] = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${PROBE}`);
  return /USING INDEX (\w+)/.exec(row!.detail)?.[1] ?? row!.detail;
}

// Each database's own check runs in that database's project (no skipped tests in the other).
if (provider === 'sqlite') describe('statistics on SQLite', () => {
  it('reach an open connection after refreshStatistics, and not after a bare ANALYZE', async () => {
    const { db: server, url } = await createTestDb();
    // Twenty rows: `a` tells them apart, `b` does not. The server plans with these statistics.
    await server.$executeRawUnsafe('CREATE TABLE "Probe" ("a" INTEGER, "b" INTEGER)');
    await server.$executeRawUnsafe('CREATE INDEX "Probe_a" ON "Probe" ("a")');
    await server.$executeRawUnsafe('CREATE INDEX "Probe_b" ON "Probe" ("b")');
    await server.$executeRawUnsafe('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20) INSERT INTO "Probe" SELECT i, 0 FROM n');
    await server.$executeRawUnsafe('ANALYZE');
    expect(await indexUsed(server)).toBe('Probe_a');

    // Another process replaces them with 10,000 rows where only `b` tells them apart.
    const other = new Database(sqliteFile(url));
    const cookie = () => other.pragma('schema_version', { simple: true }) as number;
    other.exec(`DELETE FROM "Probe";
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) INSERT INTO "Probe" SELECT i % 2, i FROM n;`);
    const before = cookie();
    other.exec('ANALYZE');
    expect(cookie()).toBe(before);
    const restarted = await openDb(url);
    expect(await indexUsed(restarted)).toBe('Probe_b');
    expect(await indexUsed(server)).toBe('Probe_a');

    const seeder = await openDb(url);
    await refreshStatistics(seeder);
    expect(cookie()).toBeGreaterThan(before);
    expect(await indexUsed(server)).toBe('Probe_b');
    // The table that moved the cookie is gone.
    expect(other.prepare(`SELECT name FROM sqlite_schema WHERE name LIKE '%statistics%'`).all()).toEqual([]);
    other.close();
    await Promise.all([server, restarted, seeder].map((db) => db.$disconnect()));
  });
});

if (provider === 'postgresql') it('analyses every table on PostgreSQL', async () => {
  const { db } = await createTestDb();
  await seedFolder(db, 'seeds');
  const analysed = async () =>
    (await db.$queryRawUnsafe<{ tablename: string }[]>(`SELECT DISTINCT tablename::text AS tablename FROM pg_stats WHERE schemaname = current_schema() ORDER BY 1`)).map(
      (r) => r.tablename,
    );
  // One article is below the seed run's threshold: nothing analysed yet.
  expect(await analysed()).toEqual([]);
  await refreshStatistics(db);
  expect(await analysed()).toEqual(expect.arrayContaining(['Article', 'ArticleEntity', 'Credit', 'Entity', 'Mention', 'Quote']));
  await db.$disconnect();
});
