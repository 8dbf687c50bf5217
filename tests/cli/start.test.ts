import { request as httpRequest } from 'node:http';
import { expect, it } from 'vitest';
import { createTestDb } from '../helpers/db.js';
import { runCli } from '../helpers/cli.js';

it('npm start seeds an empty database, serves GraphQL and GraphiQL, and drains in-flight requests on SIGTERM', async () => {
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

  // A request still arriving when SIGTERM comes is answered before the process exits.
  const body = JSON.stringify({ query: '{ articles { totalCount } }' });
  const { port } = new URL(address);
  const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, text }));
      },
    );
    request.on('error', reject);
    request.write(body.slice(0, 10));
    setTimeout(() => {
      child.kill('SIGTERM');
      setTimeout(() => request.end(body.slice(10)), 500);
    }, 200);
  });
  expect(await inFlight).toEqual({ status: 200, text: JSON.stringify({ data: { articles: { totalCount: 1 } } }) });
  expect((await done).code).toBe(0);
  expect(log).toContain('SIGTERM: finishing in-flight requests (at most 8000 ms), then closing');
}, 90_000);
