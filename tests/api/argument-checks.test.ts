// The cursor and ID checks that run before execution (src/api/argument-checks.ts), the strict
// formats behind them (cursors.ts, global-id.ts), and that every cursor the server writes passes.
import { isObjectType, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstBadArgument } from '../../src/api/argument-checks.js';
import { cursorShape, isValidCursor } from '../../src/api/cursors.js';
import { idOf, idsOf, MAX_IDS, parseGlobalId } from '../../src/api/global-id.js';
import { schema } from '../../src/api/index.js';
import { graphqlClient, seededClient } from '../helpers/graphql.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const check = (query: string, variables?: Record<string, unknown>) => firstBadArgument(schema, parse(query), undefined, variables)?.message ?? null;

describe('global IDs', () => {
  it('reads only what the server writes: a type name and a positive integer key', () => {
    expect(parseGlobalId(b64('Article:1'))).toEqual({ typename: 'Article', id: 1 });
    expect(parseGlobalId(b64(`Entity:${Number.MAX_SAFE_INTEGER}`))).toEqual({ typename: 'Entity', id: Number.MAX_SAFE_INTEGER });
    for (const text of ['Article:01', 'Article: 1', 'Article:1.0', 'Article:1e3', 'Article:0', 'Article:-1', 'Article:', ':1', 'Article:1:2', `Article:${2 ** 53}`]) {
      expect(parseGlobalId(b64(text)), text).toBeNull();
    }
    // Base64 the server would not write: unpadded, URL-safe, with stray characters, not UTF-8.
    for (const id of ['QXJ0aWNsZTox'.slice(0, -1), b64('Quote:1').replace(/=+$/, ''), `${b64('Article:1')}!`, Buffer.from([0xff, 0x3a, 0x31]).toString('base64'), '']) {
      expect(parseGlobalId(id), id).toBeNull();
    }
  });

  it('names the argument, the position and the expected type', () => {
    expect(() => idOf(b64('Quote:1'), 'Article', 'id')).toThrow(`id: "${b64('Quote:1')}" is not the ID of an Article`);
    expect(() => idsOf([b64('Entity:1'), b64('Journalist:1')], 'Entity', 'filter.allEntityIds')).toThrow(
      `filter.allEntityIds[1]: "${b64('Journalist:1')}" is not the ID of an Entity`,
    );
    expect(() => idsOf(Array.from({ length: MAX_IDS + 1 }, () => b64('Entity:1')), 'Entity', 'ids')).toThrow('ids: 101 IDs given, the limit is 100');
    expect(() => idOf('x'.repeat(1000), 'Article', 'id')).toThrow(`id: "${'x'.repeat(60)}…" is not a valid ID`);
  });
});

describe('cursors', () => {
  it('takes the shape each connection writes', () => {
    expect(isValidCursor(b64('GPC:N:12'), cursorShape('Query.articles'), schema)).toBe(true);
    expect(isValidCursor(b64('GPC:T:["N:1","N:3"]'), cursorShape('Entity.articles'), schema)).toBe(true);
    expect(isValidCursor(b64('GPC:T:["N:1","N:3","S:WRITING"]'), cursorShape('Journalist.articles'), schema)).toBe(true);
    expect(isValidCursor(b64('OffsetConnection:0'), cursorShape('Query.search'), schema)).toBe(true);
  });

  it('refuses anything else', () => {
    const refused: [string, string][] = [
      ['Query.articles', 'GPC:N:abc'],
      ['Query.articles', 'GPC:N:1.5'],
      ['Query.articles', 'GPC:N:1e+21'],
      ['Query.articles', 'GPC:S:1'],
      ['Query.articles', 'GPC:T:["N:1"]'],
      ['Query.articles', 'OffsetConnection:1'],
      ['Entity.articles', 'GPC:N:1'],
      ['Entity.articles', 'GPC:T:["N:1"]'],
      ['Entity.articles', 'GPC:T:["N:1","N:2","N:3"]'],
      ['Entity.articles', 'GPC:T:["N:1",null]'],
      ['Entity.articles', 'GPC:T:[not json'],
      ['Journalist.articles', 'GPC:T:["N:1","N:3","S:CEO"]'],
      ['Journalist.articles', 'GPC:T:["N:1","N:3","N:3"]'],
      ['Query.search', 'OffsetConnection:-1'],
      ['Query.search', 'OffsetConnection:01'],
      ['Query.search', 'OffsetConnection:99999999999999999999'],
      ['Query.search', 'GPC:N:1'],
    ];
    for (const [coordinate, text] of refused) expect(isValidCursor(b64(text), cursorShape(coordinate), schema), `${coordinate} ${text}`).toBe(false);
    expect(isValidCursor('garbage', cursorShape('Query.articles'), schema)).toBe(false);
  });
});

describe('the check before execution', () => {
  it('finds bad values in variables, fragments and nested fields, and passes good ones', () => {
    expect(check('query ($a: String) { articles(after: $a) { totalCount } }', { a: 'x' })).toBe('after: "x" is not a valid cursor');
    expect(check('query ($a: String) { articles(after: $a) { totalCount } }', { a: b64('GPC:N:7') })).toBeNull();
    expect(check('{ ...F } fragment F on Query { ...G } fragment G on Query { entities { edges { node { quotes(after: "x") { totalCount } } } } }')).toBe(
      'after: "x" is not a valid cursor',
    );
    expect(check('query ($f: QuoteFilter) { quotes(filter: $f) { totalCount } }', { f: { articleId: 'nope' } })).toBe('filter.articleId: "nope" is not a valid ID');
    expect(check(`{ node(id: "${b64('Journalist:3')}") { id } nodes(ids: ["${b64('Quote:2')}"]) { id } }`)).toBeNull();
  });

  it('looks only at the operation that runs, and leaves variables that do not coerce to execution', () => {
    const document = parse('query A { articles(after: "x") { totalCount } } query B { articles { totalCount } }');
    expect(firstBadArgument(schema, document, 'B', {})).toBeNull();
    expect(firstBadArgument(schema, document, 'A', {})?.message).toBe('after: "x" is not a valid cursor');
    expect(check('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: 5 })).toBe('ids[0]: "5" is not a valid ID');
    expect(check('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [{}] })).toBeNull();
  });
});

describe('first and last', () => {
  const BOTH = 'first and last: give one or the other, not both';

  it('are refused together on every connection, before anything runs', () => {
    const connections = Object.values(schema.getTypeMap()).flatMap((type) =>
      isObjectType(type) && !type.name.startsWith('__')
        ? Object.values(type.getFields())
            .filter((f) => f.args.some((a) => a.name === 'first') && f.args.some((a) => a.name === 'last'))
            .map((f) => ({ type: type.name, field: f }))
        : [],
    );
    expect(connections.length).toBeGreaterThanOrEqual(9);
    for (const { type, field } of connections) {
      const required = field.args.filter((a) => a.type.toString().endsWith('!')).map((a) => `, ${a.name}: "x"`);
      const selection = `${field.name}(first: 2, last: 2${required.join('')}) { totalCount }`;
      const query = type === 'Query' ? `{ ${selection} }` : `{ node(id: "${b64(`${type}:1`)}") { ... on ${type} { ${selection} } } }`;
      expect(check(query), query).toBe(BOTH);
      expect(check(query.replace('first: 2, ', '')), query).toBeNull();
    }
  });

  it('get one clear error naming both, on root and nested lists alike', async () => {
    const { query } = await seededClient();
    for (const op of [
      '{ articles(first: 2, last: 2) { edges { node { id } } } }',
      '{ search(query: "Kremlin", first: 2, last: 2) { totalCount } }',
      'query ($n: Int) { entities(first: $n, last: $n) { totalCount } }',
      '{ entity(slug: "dmitry-peskov") { articles(first: 1, last: 1) { totalCount } } }',
      '{ author(slug: "dmitry-antonov") { articles(first: 1, last: 1) { totalCount } } }',
    ]) {
      const result = await query(op, { n: 1 });
      expect(result.data, op).toBeUndefined();
      expect(result.errors?.map((e: any) => `${e.extensions.code}: ${e.message}`), op).toEqual([`BAD_USER_INPUT: ${BOTH}`]);
    }
  });
});

describe('a cursor whose item is not in the list', () => {
  let query: ReturnType<typeof graphqlClient>;
  const ids: Record<string, string> = {};
  const cursors: Record<string, string> = {};

  beforeAll(async () => {
    ({ query } = await seededClient());
    const { data } = await query(`{
      peskov: entity(slug: "dmitry-peskov") { id articles(first: 1) { edges { cursor } } quotes(first: 1) { edges { cursor } } }
      putin: entity(slug: "vladimir-putin") { id }
      antonov: author(slug: "dmitry-antonov") { id articles(role: BYLINE, first: 1) { edges { cursor } } }
      faulconbridge: author(slug: "guy-faulconbridge") { id }
      osborn: editor(slug: "andrew-osborn") { id }
      articles(first: 1) { edges { node { id quotes(first: 1) { edges { cursor } } } } }
    }`);
    Object.assign(ids, {
      peskov: data.peskov.id,
      putin: data.putin.id,
      antonov: data.antonov.id,
      faulconbridge: data.faulconbridge.id,
      osborn: data.osborn.id,
      article: data.articles.edges[0].node.id,
    });
    Object.assign(cursors, {
      peskovArticle: data.peskov.articles.edges[0].cursor,
      peskovQuote: data.peskov.quotes.edges[0].cursor,
      antonovByline: data.antonov.articles.edges[0].cursor,
      articleQuote: data.articles.edges[0].node.quotes.edges[0].cursor,
    });
  });

  const key = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString().split(':')[1]);
  const on = (id: string, type: string, selection: string) => `{ node(id: "${id}") { ... on ${type} { ${selection} } } }`;
  const refusals = (result: { errors?: any[] }) => result.errors?.map((e) => `${e.extensions.code}: ${e.message}`);

  it('is refused as bad input naming the argument, on every nested list and the journalist lists', async () => {
    const missing = (parts: string) => b64(`GPC:${parts}`);
    const cases: [string, string, string][] = [
      ['Entity.articles, a missing article', on(ids.peskov!, 'Entity', 'articles(first: 2, after: "C") { totalCount }'), missing(`T:["N:999999","N:${key(ids.peskov!)}"]`)],
      ["Entity.articles, another entity's cursor", on(ids.putin!, 'Entity', 'articles(first: 2, after: "C") { totalCount }'), cursors.peskovArticle!],
      ['Entity.quotes, a missing quote', on(ids.peskov!, 'Entity', 'quotes(last: 2, before: "C") { totalCount }'), missing('N:999999')],
      ["Entity.quotes, another speaker's quote", on(ids.putin!, 'Entity', 'quotes(first: 2, after: "C") { totalCount }'), cursors.peskovQuote!],
      ['Article.quotes, a missing quote', on(ids.article!, 'Article', 'quotes(first: 2, after: "C") { totalCount }'), missing('N:999999')],
      ['Journalist.articles, a missing credit', on(ids.antonov!, 'Journalist', 'articles(first: 2, after: "C") { totalCount }'), missing(`T:["N:999999","N:${key(ids.antonov!)}","S:BYLINE"]`)],
      ["Journalist.articles, another journalist's credit", on(ids.faulconbridge!, 'Journalist', 'articles(first: 2, after: "C") { totalCount }'), cursors.antonovByline!],
      ['Journalist.articles, a credit of another role', on(ids.antonov!, 'Journalist', 'articles(role: EDITING, first: 2, after: "C") { totalCount }'), cursors.antonovByline!],
      ['authors, an editor only', '{ authors(first: 2, after: "C") { totalCount } }', b64(`GPC:N:${key(ids.osborn!)}`)],
      ['authors, a missing journalist', '{ authors(first: 2, after: "C") { totalCount } }', missing('N:999999')],
      ['editors, an author only', '{ editors(last: 2, before: "C") { totalCount } }', b64(`GPC:N:${key(ids.antonov!)}`)],
    ];
    for (const [name, op, cursor] of cases) {
      const arg = op.includes('before:') ? 'before' : 'after';
      expect(refusals(await query(op.replace('"C"', `"${cursor}"`))), name).toEqual([`BAD_USER_INPUT: ${arg}: "${cursor}" is not a cursor of this list`]);
    }
  });

  it('is accepted for an item in the list, the last one too (an empty page after it)', async () => {
    const cases: [string, string, string][] = [
      ['Entity.articles', on(ids.peskov!, 'Entity', 'articles(first: 2, after: "C") { edges { cursor } }'), cursors.peskovArticle!],
      ['Entity.quotes', on(ids.peskov!, 'Entity', 'quotes(first: 2, after: "C") { edges { cursor } }'), cursors.peskovQuote!],
      ['Article.quotes', on(ids.article!, 'Article', 'quotes(last: 2, before: "C") { edges { cursor } }'), cursors.articleQuote!],
      ['Journalist.articles', on(ids.antonov!, 'Journalist', 'articles(role: BYLINE, first: 2, after: "C") { edges { cursor } }'), cursors.antonovByline!],
      ['authors', '{ authors(first: 2, after: "C") { edges { cursor } } }', b64(`GPC:N:${key(ids.antonov!)}`)],
      ['editors', '{ editors(first: 2, after: "C") { edges { cursor } } }', b64(`GPC:N:${key(ids.osborn!)}`)],
    ];
    for (const [name, op, cursor] of cases) {
      const result = await query(op.replace('"C"', `"${cursor}"`));
      expect(result.errors, name).toBeUndefined();
    }
    // The seed article is Peskov's only one: nothing comes after it, and that is no error.
    expect(await query(on(ids.peskov!, 'Entity', `articles(first: 2, after: "${cursors.peskovArticle}") { edges { cursor } }`))).toEqual({
      data: { node: { articles: { edges: [] } } },
    });
  });
});

describe('every cursor the server writes', () => {
  let query: ReturnType<typeof graphqlClient>;
  const parents = new Map<string, string>();

  beforeAll(async () => {
    ({ query } = await seededClient());
    const ids = await query('{ articles(first: 1) { edges { node { id } } } entity(slug: "dmitry-peskov") { id } authors(first: 1) { edges { node { id } } } }');
    parents.set('Article', ids.data!.articles.edges[0].node.id);
    parents.set('Entity', ids.data!.entity.id);
    parents.set('Journalist', ids.data!.authors.edges[0].node.id);
  });

  it('is accepted back by the same list as `after` and `before`', async () => {
    const connections = Object.values(schema.getTypeMap()).flatMap((type) =>
      isObjectType(type) ? Object.values(type.getFields()).filter((f) => f.args.some((a) => a.name === 'after')).map((f) => ({ type: type.name, field: f })) : [],
    );
    expect(connections.length).toBeGreaterThanOrEqual(9);
    for (const { type, field } of connections) {
      const required = field.args.filter((a) => a.type.toString().endsWith('!'));
      expect(required.every((a) => a.type.toString() === 'String!'), `${type}.${field.name}: give its required arguments a value here`).toBe(true);
      const args = (page: string) => [page, ...required.map((a) => `${a.name}: "Kremlin"`)].join(', ');
      const wrap = (selection: string) => (type === 'Query' ? `{ ${selection} }` : `{ node(id: "${parents.get(type)}") { ... on ${type} { ${selection} } } }`);
      expect(type === 'Query' || parents.has(type), `${type}: add an object of this type to the test`).toBe(true);
      const first = await query(wrap(`${field.name}(${args('first: 2')}) { edges { cursor } }`));
      expect(first.errors, `${type}.${field.name}`).toBeUndefined();
      const connection = type === 'Query' ? first.data![field.name] : first.data!.node[field.name];
      const cursor: string | undefined = connection.edges[0]?.cursor;
      expect(cursor, `${type}.${field.name}: the seed gives it no items`).toBeDefined();
      expect(isValidCursor(cursor!, cursorShape(`${type}.${field.name}`), schema), `${type}.${field.name} ${cursor}`).toBe(true);
      for (const page of [`first: 1, after: "${cursor}"`, `last: 1, before: "${cursor}"`]) {
        expect((await query(wrap(`${field.name}(${args(page)}) { totalCount }`))).errors, `${type}.${field.name}(${page})`).toBeUndefined();
      }
    }
  });
});
