import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient, seededClient } from '../helpers/graphql.js';

let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  ({ query } = await seededClient());
});

const SEARCH = `query ($q: String!, $types: [SearchType!]) {
  search(query: $q, first: 10, types: $types) {
    totalCount
    edges { node { type snippet result { __typename ... on Article { slug } ... on Quote { text speaker { name } } ... on Entity { name } } } }
  }
}`;

describe('search', () => {
  it('finds the seed article for "Storm Shadow", with the words highlighted', async () => {
    const { data } = await query(SEARCH, { q: 'Storm Shadow', types: ['ARTICLE'] });
    expect(data.search.totalCount).toBe(1);
    const [hit] = data.search.edges;
    expect(hit.node.result.slug).toBe('kremlin-says-reports-that-trump-and-putin-spoke-in-recent-days-are-pure-fiction');
    expect(hit.node.snippet).toContain('<mark>Storm</mark> <mark>Shadow</mark> missiles');
  });

  it('finds Peskov\'s quote for "pure fiction"', async () => {
    const { data } = await query(SEARCH, { q: 'pure fiction', types: ['QUOTE'] });
    expect(data.search.edges.map((e: any) => e.node.result)).toEqual([
      { __typename: 'Quote', text: 'This is completely untrue. This is pure fiction, it’s just false information', speaker: { name: 'Dmitry Peskov' } },
    ]);
    expect(data.search.edges[0].node.snippet).toBe('This is completely untrue. This is <mark>pure</mark> <mark>fiction</mark>, it’s just false information');
  });

  it('searches every type by default, best first', async () => {
    const { data } = await query(SEARCH, { q: 'Peskov' });
    expect(data.search.edges.map((e: any) => e.node.type).sort()).toEqual(['ARTICLE', 'ENTITY']);
  });

  it('understands phrases, prefixes, OR and exclusions', async () => {
    const count = async (q: string) => (await query(SEARCH, { q, types: ['ARTICLE'] })).data.search.totalCount;
    expect(await count('"Storm Shadow"')).toBe(1);
    expect(await count('"Shadow Storm"')).toBe(0);
    expect(await count('escal*')).toBe(1);
    expect(await count('zebra OR kremlin')).toBe(1);
    expect(await count('kremlin -peskov')).toBe(0);
  });

  it('treats broken syntax literally and never fails with a server error', async () => {
    for (const q of ['"unbalanced', 'a)(b*"c', 'NEAR(', '*', 'AND OR NOT', '\u0000', '💥 "']) {
      const result = await query(SEARCH, { q });
      const messages = (result.errors ?? []).map((e) => e.message);
      expect(messages.every((m) => m === 'query: give at least one word to search for'), `${q}: ${messages}`).toBe(true);
    }
  });

  it('is the same index behind articles(filter: {search}) and quotes(filter: {search}), with relevance order', async () => {
    const result = await query(`{
      articles(filter: { search: "Storm Shadow" }, orderBy: RELEVANCE) { totalCount edges { node { slug } } }
      quotes(filter: { search: "pure fiction" }) { totalCount }
      none: articles(filter: { search: "zebra" }) { totalCount }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.articles.totalCount).toBe(1);
    expect(result.data.quotes.totalCount).toBe(1);
    expect(result.data.none.totalCount).toBe(0);
    const bad = await query('{ articles(orderBy: RELEVANCE) { edges { node { slug } } } }');
    expect(bad.errors?.[0]?.message).toBe('orderBy: RELEVANCE needs filter.search');
  });
});

describe('search limits', () => {
  const offsetCursor = (n: number) => Buffer.from(`OffsetConnection:${n}`).toString('base64');
  const refusal = (result: { errors?: { message: string; extensions?: { code?: string } }[] }) =>
    result.errors?.map((e) => `${e.extensions?.code}: ${e.message}`);

  it('every search argument refuses a query over the limits as bad input naming the argument', async () => {
    const vars = { nine: 'a b c d e f g h i', long: 'x'.repeat(201) };
    const ops: [string, string][] = [
      ['query ($nine: String!) { search(query: $nine) { totalCount } }', 'query: at most 8 terms, got 9'],
      ['query ($nine: String!) { articles(filter: { search: $nine }) { totalCount } }', 'filter.search: at most 8 terms, got 9'],
      ['{ articles(filter: { search: "oil* gas* coal* wind* solar*" }, orderBy: RELEVANCE) { edges { node { slug } } } }', 'filter.search: at most 4 prefix terms, got 5'],
      ['{ quotes(filter: { search: "fi*" }) { totalCount } }', 'filter.search: a prefix needs at least 3 characters before the *, got fi*'],
      ['query ($long: String!) { articleFacets(filter: { search: $long }) { total } }', 'filter.search: at most 200 characters, got 201'],
      ['query ($long: String!) { entities(filter: { search: $long }) { totalCount } }', 'filter.search: at most 200 characters, got 201'],
      ['query ($long: String!) { entities(filter: { namePrefix: $long }) { totalCount } }', 'filter.namePrefix: at most 200 characters, got 201'],
    ];
    for (const [op, message] of ops) expect(refusal(await query(op, vars)), op).toEqual([`BAD_USER_INPUT: ${message}`]);
  });

  it('answers at the limits', async () => {
    const result = await query(`{
      search(query: "kremlin OR peskov -zebra escal* storm shadow missiles pure", first: 100, after: "${offsetCursor(999)}") { totalCount edges { cursor } }
      articles(filter: { search: "${'x'.repeat(191)} OR storm" }) { totalCount }
      entities(filter: { search: "${'x'.repeat(200)}" }) { totalCount }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ search: { totalCount: 1, edges: [] }, articles: { totalCount: 1 }, entities: { totalCount: 0 } });
  });

  it('refuses a cursor past the 1,000th result', async () => {
    const page = (cursors: string) => query(`{ search(query: "peskov", ${cursors}) { edges { cursor } } }`);
    expect(refusal(await page(`first: 10, after: "${offsetCursor(1000)}"`))).toEqual(['BAD_USER_INPUT: after: search results can be paged to 1,000 at most']);
    // (Far deeper cursors cost more than MAX_COST allows and are refused before this check.)
    expect(refusal(await page(`first: 10, after: "${offsetCursor(50_000)}"`))).toEqual(['BAD_USER_INPUT: after: search results can be paged to 1,000 at most']);
    expect(refusal(await page(`last: 10, before: "${offsetCursor(1000)}"`))).toEqual(['BAD_USER_INPUT: before: search results can be paged to 1,000 at most']);
    const before = await page(`last: 10, before: "${offsetCursor(999)}"`);
    expect(before.errors).toBeUndefined();
  });
});

describe('node(id:) and nodes(ids:)', () => {
  it('resolve every node type', async () => {
    const ids = await query(`{
      articles(first: 1) { edges { node { id } } }
      authors(first: 1) { edges { node { id } } }
      quotes(first: 1) { edges { node { id } } }
      entities(first: 1) { edges { node { id } } }
    }`);
    const all = ['articles', 'authors', 'quotes', 'entities'].map((k) => ids.data[k].edges[0].node.id);
    const result = await query('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: all });
    expect(result.data.nodes.map((n: any) => n.__typename)).toEqual(['Article', 'Journalist', 'Quote', 'Entity']);
    expect(result.data.nodes.map((n: any) => n.id)).toEqual(all);
  });

  it('give null for a well-formed ID of a row that does not exist, of every type, and no error', async () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const missing = ['Article', 'Journalist', 'Quote', 'Entity'].map((type) => b64(`${type}:999999`));
    for (const id of missing) {
      expect(await query('query ($id: ID!) { node(id: $id) { __typename id } }', { id }), id).toEqual({ data: { node: null } });
    }
    expect(await query('{ node(id: "QXJ0aWNsZTo5OTk5OTk=") { id } }')).toEqual({ data: { node: null } });
    const { data } = await query('{ articles(first: 1) { edges { node { id } } } entity(slug: "dmitry-peskov") { id } }');
    const [article, entity] = [data.articles.edges[0].node.id, data.entity.id];
    const result = await query('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [article, ...missing, entity] });
    expect(result).toEqual({
      data: { nodes: [{ __typename: 'Article', id: article }, null, null, null, null, { __typename: 'Entity', id: entity }] },
    });
  });
});
