// The database goes away and comes back: the API answers 503 on /health and masked errors
// meanwhile, does not crash, and serves again by itself once the database returns.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { seedFolder } from '../../src/seed/run.js';
import { createApp } from '../../src/server.js';
import { openDb } from '../../src/store/db.js';
import { createTestDb } from '../helpers/db.js';
import { tcpProxy } from '../helpers/tcp-proxy.js';

// PostgreSQL only (a *.pg.test.ts file): SQLite is a file, with no server to lose.
describe('PostgreSQL outage', () => {
  it('503 on /health and masked errors while it is down, service again once it is back', async () => {
    const { db, url } = await createTestDb();
    await seedFolder(db, 'seeds');
    const target = new URL(url);
    const proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const apiDb = await openDb(viaProxy.toString(), { poolSize: 2 });
    const app = createApp(apiDb, loadConfig({ NODE_ENV: 'production' }));
    const ask = async () => {
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { totalCount } }' }),
      });
      return response.json() as Promise<{ data?: unknown; errors?: { message: string }[] }>;
    };
    try {
      expect(await ask()).toEqual({ data: { articles: { totalCount: 1 } } });
      expect((await app.fetch('http://localhost/health')).status).toBe(200);

      await proxy.cut();
      expect((await app.fetch('http://localhost/health')).status).toBe(503);
      const down = await ask();
      expect(down.errors?.map((e) => e.message)).toEqual(['Unexpected error.']);

      await proxy.restore();
      let back = await ask();
      for (let i = 0; i < 20 && back.errors; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        back = await ask();
      }
      expect(back).toEqual({ data: { articles: { totalCount: 1 } } });
      expect((await app.fetch('http://localhost/health')).status).toBe(200);
    } finally {
      await apiDb.$disconnect().catch(() => {});
      await proxy.close();
    }
  });
});
