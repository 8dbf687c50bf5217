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
