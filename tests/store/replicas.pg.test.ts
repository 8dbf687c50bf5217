// Read replicas (DATABASE_REPLICA_URLS): reads, raw SQL included, go to a replica and writes to
// the primary. Here the "replica" is a second database with different contents, so where
// each answer came from is visible.
import { describe, expect, it } from 'vitest';
import { seedFolder } from '../../src/seed/run.js';
import { createApp } from '../../src/server.js';
import { openDb, primary } from '../../src/store/db.js';
import { createTestDb } from '../helpers/db.js';

describe('read replicas', () => {
  it('reads from the replica, writes to the primary', async () => {
    const { db: primaryDb, url: primaryUrl } = await createTestDb();
    const { db: replicaDb, url: replicaUrl } = await createTestDb();
    await seedFolder(replicaDb, 'seeds');
    const db = await openDb(primaryUrl, { replicaUrls: [replicaUrl], poolSize: 2 });
    try {
      const app = createApp(db);
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { totalCount } search(query: "Storm Shadow", types: [ARTICLE]) { totalCount } }' }),
      });
      expect(await response.json()).toEqual({ data: { articles: { totalCount: 1 }, search: { totalCount: 1 } } });
      expect(await primary(db).article.count()).toBe(0);

      expect(await seedFolder(db, 'seeds')).toMatchObject({ created: 1 });
      expect(await primaryDb.article.count()).toBe(1);
      expect(await primaryDb.entity.count()).toBe(await replicaDb.entity.count());
    } finally {
      await db.$disconnect();
    }
  });

  it('are refused for SQLite, which has no replicas', async () => {
    await expect(openDb('file:/tmp/wiregraph-replicas.db', { replicaUrls: ['postgresql://replica/db'] })).rejects.toThrow('Read replicas need PostgreSQL');
  });
});
