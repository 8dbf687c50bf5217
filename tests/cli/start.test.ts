import { expect, it } from 'vitest';
import { createTestDb } from '../helpers/db.js';
import { runCli } from '../helpers/cli.js';

it('npm start seeds an empty database, serves GraphQL and GraphiQL, and stops on SIGTERM', async () => {
  const { url } = await createTestDb();
  const { child, done } = runCli('src/cli/start.ts', [], { DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1' });

  let log = '';
  const address = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      log += chunk;
      const m = /at (http:\/\/localhost:\d+\/graphql)/.exec(log);
      if (m) resolve(m[1]!);
    });
    child.on('close', () => reject(new Error(`server exited early:\n${log}`)));
  });
  expect(log).toContain('Read 1 file (1 record): 1 created, 0 updated, 0 unchanged, 0 skipped, 0 failed.');

  const response = await fetch(address, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles(first: 5) { totalCount edges { node { dateline readingMinutes } } } }' }),
  });
  expect(await response.json()).toEqual({
    data: { articles: { totalCount: 1, edges: [{ node: { dateline: 'MOSCOW', readingMinutes: 4 } }] } },
  });

  const page = await (await fetch(address, { headers: { accept: 'text/html' } })).text();
  expect(page).toContain('<title>wiregraph</title>');
  expect(page).toContain('articles(first: 5)');

  child.kill('SIGTERM');
  expect((await done).code).toBe(0);
}, 90_000);
