// The default response cache of a single SQLite instance: in this process's memory, keyed by
// SQLite's data_version, so any commit (a seed run in another process, a write through any
// connection) is seen by the very next request.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
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
  extensions?: { responseCache?: { hit: boolean } };
}

async function ask(app: App): Promise<Answer> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
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

it('closes the change counter’s connection when the app is disposed', async () => {
  const { db } = await createTestDb();
  const app = createApp(db, loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE_DEBUG: 'true' }));
  expect((await ask(app)).extensions?.responseCache?.hit).toBe(false);
  await app.dispose();
  // The counter's connection is closed: reading it now fails (masked, as any unexpected error).
  expect(await ask(app)).toEqual({ errors: [expect.objectContaining({ message: 'Unexpected error.' })] });
});
