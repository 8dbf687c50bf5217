import { expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { pendingMigrations } from '../../src/store/migrations.js';
import { runCli } from '../helpers/cli.js';
import { createEmptyDbUrl, createTestDb } from '../helpers/db.js';

it('npm run migrate applies every committed migration to an empty database, then has nothing to do', async () => {
  const url = await createEmptyDbUrl();
  const first = await runCli('src/cli/migrate.ts', [], { DATABASE_URL: url }).done;
  expect(first.code).toBe(0);
  expect(first.stderr).toContain('Applying 4 migrations: 20261127000000_init, 20261127010000_full_text_search, 20261207000000_entity_group, 20261207130000_quote_indirect');
  const db = await openDb(url);
  try {
    expect(await pendingMigrations(db)).toEqual([]);
    expect(await db.article.count()).toBe(0);
  } finally {
    await db.$disconnect();
  }

  const second = await runCli('src/cli/migrate.ts', [], { DATABASE_URL: url }).done;
  expect(second).toEqual({ code: 0, stdout: '', stderr: '' });
  // Prisma's CLI takes 5 to 15 s to start its schema engine, more on a busy machine.
}, 120_000);

it('with nothing pending it succeeds while an API instance holds the database open', async () => {
  // Prisma's schema engine cannot lock a SQLite file another connection has open; `npm run seed`
  // runs migrate first, so seeding next to a running server depends on this.
  const { db, url } = await createTestDb();
  await db.article.count();
  const run = await runCli('src/cli/migrate.ts', [], { DATABASE_URL: url }).done;
  expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
});
