// The default response cache of a single SQLite instance: in this process's memory, keyed by
// SQLite's data_version, so any commit (a seed run in another process, a write through any
// connection) is seen by the very next request.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExecutionResult } from 'graphql';
import { inMemoryResponseCache } from '../../src/cache/response-cache.js';
import { responseBytes } from '../../src/cache/response-size.js';
import { loadConfig } from '../../src/config.js';
import { seedFolder } from '../../src/seed/run.js';
import { createApp, type App } from '../../src/server.js';
import type { Db } from '../../src/store/db.js';
import { runCli } from '../helpers/cli.js';
import { createTestDb } from '../helpers/db.js';

const SEED = '000_fd439a6a3e23e835.txt';
const QUERY = '{ articles(first: 1) { totalCount edges { node { title authors { name } } } } }';

interface Answer {
  data?: { articles: { totalCount: number; edges: { node: { title: string } }[] } };
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

describe('in-memory response cache (SQLite)', () => {
  let db: Db;
  let url: string;
  let dir: string;
  let statements: number;
  beforeEach(async () => {
    statements = 0;
    ({ db, url } = await createTestDb({ onQuery: () => statements++ }));
    dir = mkdtempSync(join(tmpdir(), 'wiregraph-seeds-'));
    copyFileSync(join('seeds', SEED), join(dir, SEED));
    await seedFolder(db, dir);
  });

  it('answers a repeated query without touching the database', async () => {
    const app = createApp(db, loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE_DEBUG: 'true' }));
    const first = await ask(app);
    expect(first.extensions?.responseCache?.hit).toBe(false);
    const before = statements;
    const again = await ask(app);
    expect(again.extensions?.responseCache?.hit).toBe(true);
    expect(again.data).toEqual(first.data);
    expect(statements).toBe(before);
  });

  it('sees a seed run in another process at the next request', async () => {
    const app = createApp(db, loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE_DEBUG: 'true' }));
    await ask(app);
    writeFileSync(join(dir, SEED), readFileSync(join(dir, SEED), 'utf8').replace('pure fiction’', 'pure invention’'));
    const seed = await runCli('src/cli/seed.ts', ['--dir', dir, '--workers', '0'], { DATABASE_URL: url }).done;
    expect(seed.stdout).toContain('1 updated');

    const after = await ask(app);
    expect(after.extensions?.responseCache?.hit).toBe(false);
    expect(after.data?.articles.edges[0]?.node.title).toBe('Kremlin says reports that Trump and Putin spoke in recent days are ‘pure invention’');
  });

  it('sees a write through any connection, and caches nothing when turned off', async () => {
    const app = createApp(db, loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE_DEBUG: 'true' }));
    await ask(app);
    await db.article.updateMany({ data: { title: 'Renamed' } });
    expect((await ask(app)).data?.articles.edges[0]?.node.title).toBe('Renamed');

    const uncached = createApp(db, loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE: 'false', RESPONSE_CACHE_DEBUG: 'true' }));
    await ask(uncached);
    expect((await ask(uncached)).extensions).toBeUndefined();
  });
});

describe('in-memory response cache limits', () => {
  it('does not cache a response larger than RESPONSE_CACHE_MAX_ENTRY_BYTES', async () => {
    const { db } = await createTestDb();
    await seedFolder(db, 'seeds');
    const app = createApp(db, loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE_DEBUG: 'true', RESPONSE_CACHE_MAX_ENTRY_BYTES: '2000' }));
    // The article's text is about 5 kB of JSON.
    const large = '{ articles(first: 1) { edges { node { body } } } }';
    expect((await ask(app, large)).extensions?.responseCache).toEqual({ hit: false, didCache: false });
    expect((await ask(app, large)).extensions?.responseCache).toEqual({ hit: false, didCache: false });
    // A small one still is.
    expect((await ask(app)).extensions?.responseCache).toMatchObject({ hit: false, didCache: true });
    expect((await ask(app)).extensions?.responseCache?.hit).toBe(true);
  });

  it('keeps the bytes of all its responses under RESPONSE_CACHE_MAX_BYTES', () => {
    const maxBytes = 50_000;
    const cache = inMemoryResponseCache({ maxBytes, maxEntries: 1_000 });
    const kept: string[] = [];
    let total = 0;
    for (let i = 0; i < 500; i++) {
      // Unique responses of 100 B to 3 kB.
      const result: ExecutionResult = { data: { i, text: 'x'.repeat((i * 37) % 3_000) } };
      cache.set(`v:${i}`, result, [], 60_000);
      kept.push(`v:${i}`);
      total = kept.reduce((sum, id) => {
        const cached = cache.get(id) as ExecutionResult | undefined;
        return sum + (cached ? responseBytes(cached) : 0);
      }, 0);
      expect(total).toBeLessThanOrEqual(maxBytes);
    }
    // Full, not emptied: the most recent responses are kept.
    expect(total).toBeGreaterThan(maxBytes / 2);
    expect(cache.get('v:499')).toEqual({ data: { i: 499, text: 'x'.repeat((499 * 37) % 3_000) } });
    expect(cache.get('v:0')).toBeUndefined();
  });

  it('answers the same operation with other comments, whitespace and commas from the cache', async () => {
    const { db } = await createTestDb();
    await seedFolder(db, 'seeds');
    const app = createApp(db, loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE_DEBUG: 'true' }));
    const first = await ask(app);
    expect(first.extensions?.responseCache?.hit).toBe(false);
    const variant = `# the newest article\n{\n  articles(first: 1) {\n    totalCount,\n    edges { node { title # its headline\n authors { name } } } } }\n`;
    const again = await ask(app, variant);
    expect(again.extensions?.responseCache?.hit).toBe(true);
    expect(again.data).toEqual(first.data);
    // Another operation is another entry.
    expect((await ask(app, '{ articles(first: 1) { totalCount } }')).extensions?.responseCache?.hit).toBe(false);
  });
});

it('closes the change counter’s connection when the app is disposed', async () => {
  const { db } = await createTestDb();
  const app = createApp(db, loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE_DEBUG: 'true' }));
  expect((await ask(app)).extensions?.responseCache?.hit).toBe(false);
  await app.dispose();
  // The counter's connection is closed: reading it now fails (masked, as any unexpected error).
  expect(await ask(app)).toEqual({ errors: [expect.objectContaining({ message: 'Unexpected error.' })] });
});
