// With REDIS_URL pointing at nothing, the API answers exactly as without a cache, and a seed
// run completes, warning once that cached responses may be stale.
import { describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/cache/redis.js';
import { seedInvalidation } from '../../src/cache/seed-invalidation.js';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server.js';
import { seededClient } from '../helpers/graphql.js';

// Port 1 on loopback: nothing listens there, so connections are refused at once.
const NOWHERE = 'redis://127.0.0.1:1';

describe('response cache with Redis down', () => {
  it('answers every query uncached and logs the outage once', async () => {
    const { db, query } = await seededClient();
    const warnings: string[] = [];
    const redis = await connectRedis(NOWHERE, { warn: (m) => warnings.push(m), info: () => {} });
    try {
      const app = createApp(db, loadConfig({ NODE_ENV: 'test', REDIS_URL: NOWHERE, RESPONSE_CACHE_DEBUG: 'true' }), redis);
      const source = '{ articles(first: 1) { totalCount edges { node { title } } } }';
      const expected = await query(source);
      for (let i = 0; i < 3; i++) {
        const response = await app.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: source }),
        });
        const body = (await response.json()) as { data: unknown; extensions?: { responseCache?: { hit: boolean } } };
        expect(response.status).toBe(200);
        expect(body.data).toEqual(expected.data);
        expect(body.extensions?.responseCache?.hit).toBe(false);
      }
      expect(warnings).toEqual([expect.stringContaining('Redis at redis://127.0.0.1:1 is unavailable')]);
    } finally {
      redis.disconnect();
    }
  });

  it('lets a seed run finish, with one warning', async () => {
    const redis = await connectRedis(NOWHERE, { warn: () => {}, info: () => {} });
    const warnings: string[] = [];
    try {
      const cache = seedInvalidation(redis, 'wiregraph:', (m) => warnings.push(m));
      for (let i = 0; i < 5; i++) {
        cache.onChange();
        await cache.settled();
      }
      expect(warnings).toEqual([expect.stringContaining('Redis is unreachable')]);
    } finally {
      redis.disconnect();
    }
  });
});
