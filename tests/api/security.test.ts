// The checks graphql-cop runs, against the production configuration; and the same switches
// in development, where GraphiQL and introspection are on.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { seedFolder } from '../../src/seed/run.js';
import { createApp, type App } from '../../src/server.js';
import type { Db } from '../../src/store/db.js';
import { createTestDb } from '../helpers/db.js';

let db: Db;
let production: App;
let development: App;

beforeAll(async () => {
  ({ db } = await createTestDb());
  await seedFolder(db, 'seeds');
  production = createApp(db, loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: 'https://news.example' }));
  development = createApp(db, loadConfig({ NODE_ENV: 'development' }));
});

async function post(app: App, body: unknown, headers: Record<string, string> = {}) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const firstError = (body: any): string => body.errors?.[0]?.message ?? '';

describe('query limits (production)', () => {
  it('refuses a 20-deep query, naming the depth limit', async () => {
    const deep = `{ articles { edges { node { quotes { edges { node { article { quotes { edges { node { article { quotes { edges { node { article { quotes { edges { node { article { quotes { edges { node { id } } } } } } } } } } } } } } } } } } } } } } }`;
    const { body } = await post(production, { query: deep });
    expect(firstError(body)).toMatch(/Query depth limit of 12 exceeded, found \d+/);
    expect(body.data).toBeUndefined();
  });

  it('refuses 100 aliases, naming the alias limit', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: articles { totalCount }`).join(' ');
    const { body } = await post(production, { query: `{ ${aliases} }` });
    expect(firstError(body)).toMatch(/Aliases limit of 30 exceeded, found 100/);
  });

  it('refuses field duplication past the token limit', async () => {
    const { body } = await post(production, { query: `{ ${'__typename '.repeat(2500)} }` });
    expect(firstError(body)).toMatch(/Token limit of 2000 exceeded/);
  });

  it('refuses directive overloading', async () => {
    const { body } = await post(production, { query: `{ articles { totalCount ${'@include(if: true) '.repeat(50)} } }` });
    expect(firstError(body)).toMatch(/Directives limit of 20 exceeded, found 50/);
  });

  it('refuses page sizes above 100 with a clear error', async () => {
    const { body } = await post(production, { query: '{ articles(first: 500) { totalCount } }' });
    expect(firstError(body)).toBe('first must be between 0 and 100, got 500');
  });
});

describe('exposure (production)', () => {
  it('refuses introspection, including the circular kind', async () => {
    const { body } = await post(production, { query: '{ __schema { types { name fields { type { ofType { fields { name } } } } } } }' });
    expect(firstError(body)).toMatch(/introspection/i);
    expect(body.data).toBeUndefined();
  });

  it('does not suggest field names', async () => {
    const { body } = await post(production, { query: '{ articlez { totalCount } }' });
    expect(firstError(body)).toBe('Cannot query field "articlez" on type "Query". [Suggestion hidden]');
  });

  it('does not serve GraphiQL', async () => {
    const response = await production.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('<title>wiregraph</title>');
  });

  it('masks unexpected errors and adds no debug or tracing extensions', async () => {
    const broken = createApp(
      new Proxy(db, { get: (target, key) => (key === 'article' ? { count: () => Promise.reject(new Error('SQLITE_IOERR secret path')) } : Reflect.get(target, key)) }),
      // The stand-in database is no opened SQLite file, so there is no change counter to cache by.
      loadConfig({ NODE_ENV: 'production', RESPONSE_CACHE: 'false' }),
    );
    const { body } = await post(broken, { query: '{ articleFacets { total } }' });
    expect(body.errors).toEqual([
      { message: 'Unexpected error.', locations: [{ line: 1, column: 19 }], path: ['articleFacets', 'total'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(body.extensions).toBeUndefined();
  });
});

describe('requests (production)', () => {
  it('refuses batched queries', async () => {
    const { status, body } = await post(production, [{ query: '{ articles { totalCount } }' }, { query: '{ articles { totalCount } }' }]);
    expect(status).toBe(400);
    expect(firstError(body)).toMatch(/batch/i);
  });

  it('refuses a mutation over GET and a GET query without the CSRF header', async () => {
    const mutation = await production.fetch('http://localhost/graphql?query=mutation%20%7B%20x%20%7D', {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(mutation.status).toBe(405);
    expect(firstError(await mutation.json())).toBe('Can only perform a mutation operation from a POST request.');

    const csrf = await production.fetch('http://localhost/graphql?query=%7B__typename%7D', { headers: { accept: 'application/json' } });
    expect(csrf.status).toBe(403);
    expect(firstError(await csrf.json())).toBe('Required CSRF header(s) not present');

    const allowed = await production.fetch('http://localhost/graphql?query=%7B__typename%7D', {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a body over the size limit', async () => {
    const { status, body } = await post(production, { query: `{ articles { totalCount } } # ${'x'.repeat(200_000)}` });
    expect(status).toBe(413);
    expect(firstError(body)).toMatch(/^Request body too large: \d+ bytes, the limit is 100000\.$/);
  });

  it('answers CORS only for the configured origins', async () => {
    const preflight = (origin: string) =>
      production.fetch('http://localhost/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('https://news.example')).headers.get('access-control-allow-origin')).toBe('https://news.example');
    // A browser compares the answer with its own origin: anything but its origin refuses it.
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });

  it('reports health and readiness', async () => {
    const health = await production.fetch('http://localhost/health');
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await production.fetch('http://localhost/ready');
    expect([ready.status, await ready.json()]).toEqual([200, { ready: true, pendingMigrations: [] }]);
  });
});

describe('development', () => {
  it('serves GraphiQL and introspection with descriptions', async () => {
    const page = await development.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<title>wiregraph</title>');
    const { body } = await post(development, { query: '{ __type(name: "Article") { description fields { name description } } }' });
    expect(body.data.__type.description).toBe('A wire story.');
    expect(body.data.__type.fields.find((f: { name: string }) => f.name === 'dateline').description).toBe('Where the story was filed, e.g. MOSCOW.');
  });
});
