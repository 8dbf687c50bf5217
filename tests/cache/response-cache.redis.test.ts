// The shared response cache against a real Redis (WIREGRAPH_TEST_REDIS_URL): API instances
// share what one of them cached, and a seed run that changes an article invalidates it at once.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectRedis, type Redis } from '../../src/cache/redis.js';
import { seedInvalidation } from '../../src/cache/seed-invalidation.js';
import { loadConfig, type Config } from '../../src/config.js';
import { seedFolder } from '../../src/seed/run.js';
import { createApp, type App } from '../../src/server.js';
import type { Db } from '../../src/store/db.js';
import { createTestDb } from '../helpers/db.js';
import { tcpProxy } from '../helpers/tcp-proxy.js';

const SEED = '000_fd439a6a3e23e835.txt';
const QUERY = '{ articles(first: 1) { totalCount edges { node { title } } } }';
const redisUrl = process.env.WIREGRAPH_TEST_REDIS_URL!;
const silent = { warn: () => {}, info: () => {} };

interface Answer {
  data?: { articles: { totalCount: number; edges: { node: { title: string } }[] } };
  errors?: unknown[];
  extensions?: { responseCache?: { hit: boolean; didCache?: boolean } };
}

async function ask(app: App, query = QUERY): Promise<Answer> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Answer;
}

const clients: Redis[] = [];
async function redis(url = redisUrl): Promise<Redis> {
  const client = await connectRedis(url, silent);
  clients.push(client);
  return client;
}
afterAll(() => clients.forEach((c) => c.disconnect()));

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await condition()); i++) await new Promise((r) => setTimeout(r, 50));
}

describe('shared response cache (Redis)', () => {
  let db: Db;
  let dir: string;
  let config: Config;
  beforeEach(async () => {
    ({ db } = await createTestDb());
    dir = mkdtempSync(join(tmpdir(), 'wiregraph-seeds-'));
    copyFileSync(join('seeds', SEED), join(dir, SEED));
    await seedFolder(db, dir);
    // A namespace per test: tests run in parallel against one Redis.
    config = loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE_DEBUG: 'true', REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `wiregraph-test-${randomBytes(4).toString('hex')}:` });
  });
  afterEach(async () => {
    const client = await redis();
    const keys = await client.keys(`${config.REDIS_KEY_PREFIX}*`);
    if (keys.length > 0) await client.del(...keys);
  });

  it('serves a repeated query from the cache, to every instance', async () => {
    const one = createApp(db, config, await redis());
    const two = createApp(db, config, await redis());
    const first = await ask(one);
    expect(first.data?.articles.totalCount).toBe(1);
    expect(first.extensions?.responseCache?.hit).toBe(false);

    const again = await ask(two);
    expect(again.extensions?.responseCache?.hit).toBe(true);
    expect(again.data).toEqual(first.data);
  });

  it('misses after a seed run changes an article, and serves the new data', async () => {
    const client = await redis();
    const app = createApp(db, config, client);
    await ask(app);
    expect((await ask(app)).extensions?.responseCache?.hit).toBe(true);

    writeFileSync(join(dir, SEED), readFileSync(join(dir, SEED), 'utf8').replace('pure fiction’', 'pure invention’'));
    const cache = seedInvalidation(client, config.REDIS_KEY_PREFIX);
    expect(await seedFolder(db, dir, {}, { onChange: cache.onChange })).toMatchObject({ updated: 1 });
    await cache.settled();

    const after = await ask(app);
    expect(after.extensions?.responseCache?.hit).toBe(false);
    expect(after.data?.articles.edges[0]?.node.title).toBe('Kremlin says reports that Trump and Putin spoke in recent days are ‘pure invention’');
  });

  it('keeps serving what is cached when a seed run changes nothing', async () => {
    const client = await redis();
    const app = createApp(db, config, client);
    await ask(app);
    const cache = seedInvalidation(client, config.REDIS_KEY_PREFIX);
    expect(await seedFolder(db, dir, {}, { onChange: cache.onChange })).toMatchObject({ unchanged: 1 });
    await cache.settled();
    expect((await ask(app)).extensions?.responseCache?.hit).toBe(true);
  });

  it('does not cache errors, and adds no cache metadata unless RESPONSE_CACHE_DEBUG asks', async () => {
    const app = createApp(db, config, await redis());
    await ask(app, '{ articles(first: 1000) { totalCount } }');
    const error = await ask(app, '{ articles(first: 1000) { totalCount } }');
    expect(error.errors).toHaveLength(1);
    expect(error.extensions?.responseCache?.hit).toBe(false);

    const production = createApp(db, { ...config, NODE_ENV: 'production', RESPONSE_CACHE_DEBUG: false }, await redis());
    await ask(production);
    const cached = await ask(production);
    expect(cached).toEqual({ data: { articles: { totalCount: 1, edges: [{ node: { title: expect.any(String) } }] } } });
  });

  it('does not store a response larger than RESPONSE_CACHE_MAX_ENTRY_BYTES', async () => {
    const client = await redis();
    const app = createApp(db, { ...config, RESPONSE_CACHE_MAX_ENTRY_BYTES: 2_000 }, client);
    // The article's body is about 5 kB of JSON.
    const large = '{ articles(first: 1) { edges { node { body } } } }';
    expect((await ask(app, large)).extensions?.responseCache).toEqual({ hit: false, didCache: false });
    expect((await ask(app, large)).extensions?.responseCache).toEqual({ hit: false, didCache: false });
    expect(await client.keys(`${config.REDIS_KEY_PREFIX}response:*`)).toEqual([]);
    expect((await ask(app)).extensions?.responseCache).toMatchObject({ hit: false, didCache: true });
    expect(await client.keys(`${config.REDIS_KEY_PREFIX}response:*`)).toHaveLength(1);
  });

  it('answers the same operation with other comments and whitespace from the cache', async () => {
    const app = createApp(db, config, await redis());
    const first = await ask(app);
    const variant = `# the newest article\n{ articles(first: 1) {\n  totalCount, edges { node { title } } } }`;
    const again = await ask(app, variant);
    expect(again.extensions?.responseCache?.hit).toBe(true);
    expect(again.data).toEqual(first.data);
  });

  it('announces a burst of changes with a few INCRs, the last after the last change', async () => {
    const client = await redis();
    const prefix = config.REDIS_KEY_PREFIX;
    const cache = seedInvalidation(client, prefix);
    for (let i = 0; i < 1000; i++) cache.onChange();
    await cache.settled();
    const bumps = Number(await client.get(`${prefix}data-version`));
    expect(bumps).toBeGreaterThanOrEqual(1);
    expect(bumps).toBeLessThanOrEqual(2);
    cache.onChange();
    await cache.settled();
    expect(Number(await client.get(`${prefix}data-version`))).toBe(bumps + 1);
  });

  it('answers uncached while Redis is away, and caches again once it is back', async () => {
    const target = new URL(redisUrl);
    const proxy = await tcpProxy(target.hostname, Number(target.port || 6379));
    try {
      const viaProxy = new URL(redisUrl);
      viaProxy.hostname = '127.0.0.1';
      viaProxy.port = String(proxy.port);
      const client = await redis(viaProxy.toString());
      const app = createApp(db, config, client);
      await ask(app);
      expect((await ask(app)).extensions?.responseCache?.hit).toBe(true);

      await proxy.cut();
      await until(async () => client.status !== 'ready');
      const away = await ask(app);
      expect(away.errors).toBeUndefined();
      expect(away.data?.articles.totalCount).toBe(1);
      expect(away.extensions?.responseCache?.hit).toBe(false);

      await proxy.restore();
      await until(async () => client.status === 'ready');
      expect((await ask(app)).extensions?.responseCache?.hit).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});
