import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedFolder } from '../../src/seed/run.js';
import type { Db } from '../../src/store/db.js';
import { createTestDb } from '../helpers/db.js';
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

  it('finds reported speech too: an INDIRECT quote for "call taken place"', async () => {
    const { data } = await query(SEARCH, { q: 'call taken place', types: ['QUOTE'] });
    // "The Washington Post first reported that the call had taken place".
    expect(data.search.edges.map((e: any) => e.node.result)).toEqual([
      { __typename: 'Quote', text: 'that the call had taken place', speaker: { name: 'The Washington Post' } },
    ]);
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

// Stories with a rare word, "zircon", written so that each engine ranks them alike: within each
// kind the hits differ clearly in how often and where the word comes (PostgreSQL ties on the
// two entity names, of one length, and so does SQLite; both then order by id). The word is only
// ever in quotation marks or narration, never in reported speech: "a broker said demand for
// zircon would grow ..." made INDIRECT quotes with one or two of them, which the engines rank
// in different orders (PostgreSQL's ts_rank_cd ignores a quote's length, SQLite's bm25 does
// not). The stories still report speech without the word ("adding that the market ... was
// tight", "warned of tight supply ...").
const ZIRCON = [
  ['2024-11-01', 'Zircon miners lift zircon output', 'PERTH (Reuters) - Zircon Mining Corp will raise zircon output. Zircon sands from the west, zircon exports and zircon prices all rose in the quarter for the company.'],
  ['2024-11-02', 'Sand producers meet in Perth', 'PERTH (Reuters) - Producers of zircon met on Monday. On the agenda were zircon exports and zircon freight and the cost of fuel and labour in the region.'],
  ['2024-11-03', 'Ceramics makers face higher costs', 'LONDON (Reuters) - Makers of tiles pay more for zircon and glaze. Zircon Resources Ltd supplies many of them with sand.'],
  ['2024-11-04', 'Titanium output steady', 'SYDNEY (Reuters) - Titanium output was steady in the quarter. "We sell zircon too, and zircon demand is strong," said Anna Blake, head of sales.'],
  ['2024-11-05', 'Mineral sands shares rise', 'SYDNEY (Reuters) - Shares of mineral sands producers rose on Tuesday, with demand for zircon up strongly over the past year across much of Asia.'],
  [
    '2024-11-06',
    'Freight rates climb in Asia',
    'SINGAPORE (Reuters) - Freight rates for bulk carriers climbed this week. "Zircon cargoes are booked months ahead," said Tom Reed, a broker in Singapore, adding that the market for bulk minerals of every kind was tight.',
  ],
  [
    '2024-11-07',
    'Glaze makers warn on supply',
    'MILAN (Reuters) - Italian glaze makers warned of tight supply of raw materials for the season. "Prices for zircon and for the other sands we use have risen for a whole year now and will go on rising," said Marco Rossi, who runs a plant near Modena in the north of Italy.',
  ],
] as const;

describe('relevance across types', () => {
  let blend: ReturnType<typeof graphqlClient>;
  let blendDb: Db;

  beforeAll(async () => {
    ({ db: blendDb } = await createTestDb());
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-blend-'));
    for (const file of readdirSync('seeds')) copyFileSync(join('seeds', file), join(dir, file));
    ZIRCON.forEach(([date, title, body], i) => writeFileSync(join(dir, `zircon-${i}.txt`), `date ${date} ${title}\n\n${body}\n`));
    await seedFolder(blendDb, dir);
    blend = graphqlClient(blendDb);
  });

  const HITS = `query ($q: String!, $first: Int, $after: String, $last: Int, $before: String, $types: [SearchType!]) {
    search(query: $q, first: $first, after: $after, last: $last, before: $before, types: $types) {
      totalCount
      edges { cursor node { type score result { ... on Article { title } ... on Quote { text } ... on Entity { name } } } }
      pageInfo { hasPreviousPage hasNextPage }
    }
  }`;
  type Hit = { cursor: string; node: { type: string; score: number; result: Record<string, string> } };
  const shown = (edges: Hit[]) => edges.map((e) => `${e.node.type} ${Object.values(e.node.result)[0]}`);
  const offset = (cursor: string) => Number(Buffer.from(cursor, 'base64').toString().split(':')[1]);

  const ORDER = [
    'ARTICLE Zircon miners lift zircon output',
    'ARTICLE Sand producers meet in Perth',
    'ARTICLE Ceramics makers face higher costs',
    'ARTICLE Titanium output steady',
    'QUOTE We sell zircon too, and zircon demand is strong',
    'ENTITY Zircon Mining Corp',
    'ARTICLE Mineral sands shares rise',
    'ARTICLE Freight rates climb in Asia',
    'QUOTE Zircon cargoes are booked months ahead',
    'ENTITY Zircon Resources Ltd',
    'ARTICLE Glaze makers warn on supply',
    'QUOTE Prices for zircon and for the other sands we use have risen for a whole year now and will go on rising',
  ];

  it('puts stories first and blends in the best quotes and entities by rank: 1 / (2 + rank), ½ / (2 + rank)', async () => {
    const { data } = await blend(HITS, { q: 'zircon', first: 20 });
    expect(data.search.totalCount).toBe(12);
    expect(shown(data.search.edges)).toEqual(ORDER);
    expect(data.search.edges.map((e: Hit) => e.node.score)).toEqual([1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 6, 1 / 6, 1 / 7, 1 / 8, 1 / 8, 1 / 8, 1 / 9, 1 / 10]);
  });

  it('gives one type alone in its engine order', async () => {
    const { data } = await blend(HITS, { q: 'zircon', first: 20, types: ['QUOTE'] });
    expect(shown(data.search.edges)).toEqual(ORDER.filter((hit) => hit.startsWith('QUOTE')));
    expect(data.search.edges.map((e: Hit) => e.node.score)).toEqual([1 / 6, 1 / 8, 1 / 10]);
  });

  it('pages forward and backward through the same order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { data }: { data?: { search: { edges: Hit[]; pageInfo: { hasNextPage: boolean } } } } = await blend(HITS, { q: 'zircon', first: 5, after });
      seen.push(...shown(data!.search.edges));
      if (!data!.search.pageInfo.hasNextPage) break;
      after = data!.search.edges.at(-1)!.cursor;
    }
    expect(seen).toEqual(ORDER);
    const back = await blend(HITS, { q: 'zircon', last: 4, before: Buffer.from('OffsetConnection:9').toString('base64') });
    expect(shown(back.data.search.edges)).toEqual(ORDER.slice(5, 9));
  });

  it('takes `last` without `before`: the last hits, with cursors to page back from', async () => {
    const { data } = await blend(HITS, { q: 'zircon', last: 3 });
    expect(shown(data.search.edges)).toEqual(ORDER.slice(9));
    expect(data.search.edges.map((e: Hit) => offset(e.cursor))).toEqual([9, 10, 11]);
    expect([data.search.totalCount, data.search.pageInfo]).toEqual([12, { hasPreviousPage: true, hasNextPage: false }]);
    const all = await blend(HITS, { q: 'zircon', last: 100 });
    expect(shown(all.data.search.edges)).toEqual(ORDER);
    expect(all.data.search.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: false });
    const none = await blend(HITS, { q: 'zebra', last: 10 });
    expect(none.data.search).toEqual({ totalCount: 0, edges: [], pageInfo: { hasPreviousPage: false, hasNextPage: false } });
  });

  it('takes `last` without `before` past 1,000 hits as the last of the first 1,000, the deepest cursors accepted', async () => {
    const names = Array.from({ length: 1005 }, (_, i) => `Quokka ${String(i).padStart(4, '0')}`);
    await blendDb.entity.createMany({ data: names.map((name, i) => ({ name, slug: `quokka-${i}`, type: 'OTHER' as const })) });
    const { data } = await blend(HITS, { q: 'quokka', last: 3 });
    expect(data.search.edges.map((e: Hit) => offset(e.cursor))).toEqual([997, 998, 999]);
    expect([data.search.totalCount, data.search.pageInfo]).toEqual([1005, { hasPreviousPage: true, hasNextPage: true }]);
    // The same hits as paging forward to there, and each cursor is accepted back.
    const forward = await blend(HITS, { q: 'quokka', first: 3, after: Buffer.from('OffsetConnection:996').toString('base64') });
    expect(shown(data.search.edges)).toEqual(shown(forward.data.search.edges));
    const back = await blend(HITS, { q: 'quokka', last: 2, before: data.search.edges[2].cursor });
    expect(back.errors).toBeUndefined();
    expect(shown(back.data.search.edges)).toEqual(shown(data.search.edges.slice(0, 2)));
  });
});
