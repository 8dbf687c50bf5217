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
});
