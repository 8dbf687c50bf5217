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
    expect(firstError(body)).toMatch(/Directives limit of 5 exceeded, found 50/);
  });

  it('refuses page sizes above 100 with a clear error', async () => {
    const { body } = await post(production, { query: '{ articles(first: 500) { totalCount } }' });
    expect(firstError(body)).toBe('first must be between 0 and 100, got 500');
  });
});

// graphql-cop's own payloads for the three checks an earlier version failed.
describe("graphql-cop's checks (production)", () => {
  it('alias overloading: refuses 101 aliases of __typename', async () => {
    const { body } = await post(production, { query: `query cop { ${Array.from({ length: 101 }, (_, i) => `alias${i}:__typename`).join(' ')} }` });
    expect(body).toEqual({ errors: [{ message: 'Syntax Error: Aliases limit of 30 exceeded, found 101.' }] });
  });

  it('field duplication: refuses __typename 500 times in one selection, naming the limit', async () => {
    const { body } = await post(production, { query: `query cop { ${'__typename \n'.repeat(500)} }` });
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: 'The field "__typename" is selected more than 3 times in one selection (MAX_FIELD_REPEATS).',
        locations: [{ line: 4, column: 1 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });

  it('field duplication: still allows a field three times, and aliases of it', async () => {
    const { body } = await post(production, { query: '{ a: __typename b: __typename __typename __typename __typename }' });
    expect(body).toEqual({ data: { a: 'Query', b: 'Query', __typename: 'Query' } });
  });

  it('directive overloading: one error for ten unknown directives, not ten', async () => {
    const { body } = await post(production, { query: 'query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }' });
    expect(body).toEqual({ errors: [{ message: 'Syntax Error: Directives limit of 5 exceeded, found 10.' }] });
  });

  it('a query that is not a string is a 400, not a server error', async () => {
    for (const query of [42, true, { a: 1 }]) {
      const { status, body } = await post(production, { query });
      expect([status, body.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    }
  });

  it('a mutation gets GraphQL\'s own error: the schema has none', async () => {
    const { body } = await post(production, { query: 'mutation { x }' });
    expect(body.errors[0].message).toBe('Schema is not configured to execute mutation operation.');
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
      // Counts are raw SQL (store/facets.ts): every raw query fails.
      new Proxy(db, { get: (target, key) => (key === '$queryRaw' ? () => Promise.reject(new Error('SQLITE_IOERR secret path')) : Reflect.get(target, key)) }),
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

const b64 = (text: string) => Buffer.from(text).toString('base64');
const errorOf = (body: any) => ({ message: firstError(body), code: body.errors?.[0]?.extensions?.code });

describe('bad cursors and IDs (production)', () => {
  it.each([
    ['a cursor that is not the server\'s', '{ articles(after: "garbage") { totalCount } }', 'after: "garbage" is not a valid cursor'],
    ['a forged cursor', `{ articles(after: "${b64('GPC:N:abc')}") { edges { cursor } } }`, `after: "${b64('GPC:N:abc')}" is not a valid cursor`],
    ['another list\'s cursor', `{ articles(after: "${b64('GPC:T:["N:1","N:3"]')}") { edges { cursor } } }`, `after: "${b64('GPC:T:["N:1","N:3"]')}" is not a valid cursor`],
    ['a nested list\'s cursor', '{ entities(first: 2) { edges { node { articles(last: 1, before: "xyz") { totalCount } } } } }', 'before: "xyz" is not a valid cursor'],
    ['an offset cursor out of range', `{ search(query: "Kremlin", after: "${b64('OffsetConnection:-1')}") { totalCount } }`, `after: "${b64('OffsetConnection:-1')}" is not a valid cursor`],
    ['an ID with a key that is not a number', `{ node(id: "${b64('Article:abc')}") { id } }`, `id: "${b64('Article:abc')}" is not a valid ID`],
    ['an ID with a huge key', `{ node(id: "${b64('Article:99999999999999999999999')}") { id } }`, `id: "${b64('Article:99999999999999999999999')}" is not a valid ID`],
    ['an ID of no type', `{ nodes(ids: ["${b64('Article:1')}", "${b64('Foo:1')}"]) { id } }`, `ids[1]: "${b64('Foo:1')}" is not a valid ID`],
    ['an ID that is not base64', '{ article(id: "Article:1") { id } }', 'id: "Article:1" is not a valid ID'],
  ])('refuses %s as bad input, naming the argument', async (_, query, message) => {
    const { status, body } = await post(production, { query });
    expect([status, errorOf(body)]).toEqual([200, { message, code: 'BAD_USER_INPUT' }]);
    expect(body.data).toBeUndefined();
  });

  it('refuses IDs whose key is not written as the server writes it', async () => {
    for (const key of ['01', ' 1', '1.0', '1e3', '+1', '0', '-1']) {
      const id = b64(`Article:${key}`);
      for (const [query, arg] of [[`{ node(id: "${id}") { id } }`, 'id'], [`{ nodes(ids: ["${id}"]) { id } }`, 'ids[0]'], [`{ article(id: "${id}") { id } }`, 'id']]) {
        expect(errorOf((await post(production, { query })).body), query).toEqual({ message: `${arg}: "${id}" is not a valid ID`, code: 'BAD_USER_INPUT' });
      }
    }
    expect((await post(production, { query: `{ node(id: "${b64('Article:1')}") { id } }` })).body).toEqual({ data: { node: { id: b64('Article:1') } } });
  });

  it('names the position of a bad ID in a variable\'s list, and the type a well-formed one should have', async () => {
    const query = 'query ($f: ArticleFilter) { articles(filter: $f) { totalCount } }';
    const entities = [1, 2, 3].map((n) => b64(`Entity:${n}`));
    const malformed = await post(production, { query, variables: { f: { anyEntityIds: [...entities, b64('Entity:1e3')] } } });
    expect(errorOf(malformed.body)).toEqual({ message: `filter.anyEntityIds[3]: "${b64('Entity:1e3')}" is not a valid ID`, code: 'BAD_USER_INPUT' });
    const article = await post(production, { query, variables: { f: { anyEntityIds: [...entities, b64('Article:1')] } } });
    expect(errorOf(article.body)).toEqual({ message: `filter.anyEntityIds[3]: "${b64('Article:1')}" is not the ID of an Entity`, code: 'BAD_USER_INPUT' });
  });

  it('takes at most 100 IDs in a list', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => b64(`Entity:${i + 1}`));
    const nodes = await post(production, { query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: ids(101) } });
    expect(errorOf(nodes.body)).toEqual({ message: 'ids: 101 IDs given, the limit is 100', code: 'BAD_USER_INPUT' });
    const filter = await post(production, { query: 'query ($f: ArticleFilter) { articles(filter: $f) { totalCount } }', variables: { f: { allEntityIds: ids(3000) } } });
    expect(errorOf(filter.body)).toEqual({ message: 'filter.allEntityIds: 3000 IDs given, the limit is 100', code: 'BAD_USER_INPUT' });
    const hundred = await post(production, { query: 'query ($f: ArticleFilter) { articles(filter: $f) { totalCount } }', variables: { f: { anyEntityIds: ids(100) } } });
    expect(hundred.body).toEqual({ data: { articles: { totalCount: 1 } } });
  });
});

describe('no schema hints (production)', () => {
  it('does not suggest enum values, in the query or in a variable', async () => {
    const literal = await post(production, { query: '{ articles(orderBy: NEWESTT) { totalCount } }' });
    expect(firstError(literal.body)).toBe('Value "NEWESTT" does not exist in "ArticleOrder" enum. [Suggestion hidden]');
    const variable = await post(production, { query: 'query ($o: ArticleOrder) { articles(orderBy: $o) { totalCount } }', variables: { o: 'NEWESTT' } });
    expect(firstError(variable.body)).toBe(
      'Variable "$o" got invalid value "NEWESTT"; Value "NEWESTT" does not exist in "ArticleOrder" enum. [Suggestion hidden]',
    );
  });

  it('does not suggest the input fields of a variable', async () => {
    const { body } = await post(production, { query: 'query ($f: ArticleFilter) { articles(filter: $f) { totalCount } }', variables: { f: { serch: 'x' } } });
    expect(firstError(body)).toBe('Variable "$f" got invalid value { serch: "x" }; Field "serch" is not defined by type "ArticleFilter". [Suggestion hidden]');
  });

  it('gives no hint in any error', async () => {
    const near = [
      { query: '{ articles(filtr: {}) { totalCount } }' },
      { query: '{ articles(filter: { serch: "x" }) { totalCount } }' },
      { query: 'query ($f: ArticleFiltr) { articles(filter: $f) { totalCount } }' },
      { query: '{ entities(orderBy: MENTION) { totalCount } }' },
      { query: 'query ($t: [SearchType!]) { search(query: "x", types: $t) { totalCount } }', variables: { t: ['ARTICLES'] } },
      { query: '{ search(query: "x") { edges { node { result { title } } } } }' },
    ];
    for (const request of near) expect(JSON.stringify((await post(production, request)).body), request.query).not.toContain('Did you mean');
  });

  it('hides hints when introspection is off, and gives them in development', async () => {
    const query = { query: '{ articles(orderBy: NEWESTT) { totalCount } }' };
    const closed = createApp(db, loadConfig({ NODE_ENV: 'development', INTROSPECTION: 'false' }));
    expect(firstError((await post(closed, query)).body)).toBe('Value "NEWESTT" does not exist in "ArticleOrder" enum. [Suggestion hidden]');
    expect(firstError((await post(development, query)).body)).toBe('Value "NEWESTT" does not exist in "ArticleOrder" enum. Did you mean the enum value "NEWEST"?');
  });
});

describe('HTTP (production)', () => {
  const preflight = (app: App, origin: string) =>
    app.fetch('http://localhost/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });

  it('with CORS_ORIGINS=*, lets any origin read but never with credentials', async () => {
    const open = createApp(db, loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: '*' }));
    const answer = await preflight(open, 'https://evil.example');
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    const { headers } = await post(open, { query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('with a list of origins, answers only those, with credentials', async () => {
    const listed = createApp(db, loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: 'https://a.example, https://b.example' }));
    for (const origin of ['https://a.example', 'https://b.example']) {
      const { headers } = await post(listed, { query: '{ __typename }' }, { origin });
      expect([headers.get('access-control-allow-origin'), headers.get('access-control-allow-credentials')]).toEqual([origin, 'true']);
      expect(headers.get('vary')).toMatch(/\bOrigin\b/);
    }
    for (const origin of ['https://evil.example', 'null']) {
      for (const response of [await preflight(listed, origin), (await post(listed, { query: '{ __typename }' }, { origin })) as { headers: Headers }]) {
        expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
        expect(response.headers.get('access-control-allow-credentials'), origin).toBeNull();
      }
    }
  });

  it('answers invalid JSON with 400 and nothing from the parser', async () => {
    const response = await production.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }",' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'POST body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    const get = await production.fetch('http://localhost/graphql?query=%7B__typename%7D&variables=%7Bbad', { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
    expect([get.status, await get.json()]).toEqual([400, { errors: [{ message: 'The variables parameter is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] }]);
  });

  it('accepts the JSON media type in any case', async () => {
    for (const type of ['APPLICATION/JSON', 'Application/Json; Charset=UTF-8', 'application/json;charset=utf-8', 'application/graphql+json']) {
      const { status, body } = await post(production, { query: '{ __typename }' }, { 'content-type': type });
      expect([status, body], type).toEqual([200, { data: { __typename: 'Query' } }]);
    }
  });
});

describe('defaults', () => {
  it('NODE_ENV unset is production: no GraphiQL, no introspection, no hints, masked errors', async () => {
    const unset = createApp(db, loadConfig({ RESPONSE_CACHE: 'false' }));
    const page = await unset.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('<title>wiregraph</title>');
    expect(firstError((await post(unset, { query: '{ __schema { types { name } } }' })).body)).toMatch(/introspection/i);
    expect(firstError((await post(unset, { query: '{ articles(orderBy: NEWESTT) { totalCount } }' })).body)).toContain('[Suggestion hidden]');
    const invalid = await unset.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(await invalid.json()).toEqual({ errors: [{ message: 'POST body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('development', () => {
  it('says why a body is not JSON', async () => {
    const response = await development.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    const body = (await response.json()) as any;
    expect([response.status, body.errors[0].message, body.errors[0].extensions.originalError.name]).toEqual([400, 'POST body is not valid JSON.', 'SyntaxError']);
  });

  it('serves GraphiQL and introspection with descriptions', async () => {
    const page = await development.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<title>wiregraph</title>');
    const { body } = await post(development, { query: '{ __type(name: "Article") { description fields { name description } } }' });
    expect(body.data.__type.description).toBe('A wire story.');
    expect(body.data.__type.fields.find((f: { name: string }) => f.name === 'dateline').description).toBe('Where the story was filed, e.g. MOSCOW.');
  });
});
