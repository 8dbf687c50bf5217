// Issue 23's acceptance on a generated database of 20,000 articles: searches matching 1,000,
// 10,000 and every article answer with exact counts, facets and relevance order (no bound
// parameter per match, no cap at 10,000), and every filter gives what the data holds for 20
// random values, checked against an oracle that reads the tables whole (tests/helpers/oracle.ts):
// mixed-case datelines and names holding LIKE's wildcards included.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { cursorOf, globalId, keyOf, refusals } from '../helpers/api-client.js';
import { provider } from '../helpers/db.js';
import { generatedApi, type GeneratedApi } from '../helpers/generated-api.js';
import { COLORS, DATELINES, FRUITS, QUOTE_KINDS, SOURCES, SPEAKER_NAMES, SPECIAL_ENTITIES, WORDS } from '../helpers/generated-db.js';
import { Oracle, searchText, type ArticleFilter, type EntityFilter, type OracleSearch, type QuoteFilter } from '../helpers/oracle.js';
import { seeded } from '../helpers/random.js';

const ARTICLES = 20_000;

let db: Db;
let query: GeneratedApi['query'];
let oracle: Oracle;

beforeAll(async () => {
  ({ db, query, oracle } = await generatedApi(ARTICLES));
});

// ---------------------------------------------------------------------------------------
// Filters as the API takes them

const iso = (d: Date | undefined) => d?.toISOString();

function articleInput(f: ArticleFilter) {
  return {
    search: f.search && searchText(f.search),
    from: iso(f.from),
    to: iso(f.to),
    source: f.source,
    dateline: f.dateline,
    authorId: f.authorId && globalId('Journalist', f.authorId),
    editorId: f.editorId && globalId('Journalist', f.editorId),
    anyEntityIds: f.anyEntityIds?.map((id) => globalId('Entity', id)),
    allEntityIds: f.allEntityIds?.map((id) => globalId('Entity', id)),
    speakerId: f.speakerId && globalId('Entity', f.speakerId),
  };
}

function quoteInput(f: QuoteFilter) {
  return {
    speakerId: f.speakerId && globalId('Entity', f.speakerId),
    speakerName: f.speakerName,
    articleId: f.articleId && globalId('Article', f.articleId),
    entityId: f.entityId && globalId('Entity', f.entityId),
    search: f.search && searchText(f.search),
    from: iso(f.from),
    to: iso(f.to),
    kinds: f.kinds,
  };
}

/** The totalCount of `list` under each filter, ten aliases to a request. */
async function totals(list: 'articles' | 'quotes' | 'entities', filters: object[]): Promise<number[]> {
  const type = { articles: 'ArticleFilter', quotes: 'QuoteFilter', entities: 'EntityFilter' }[list];
  const out: number[] = [];
  for (let i = 0; i < filters.length; i += 10) {
    const chunk = filters.slice(i, i + 10);
    const variables = Object.fromEntries(chunk.map((f, j) => [`f${j}`, f]));
    const result = await query(
      `query (${chunk.map((_, j) => `$f${j}: ${type}`).join(', ')}) { ${chunk.map((_, j) => `v${j}: ${list}(filter: $f${j}) { totalCount }`).join(' ')} }`,
      variables,
    );
    expect(refusals(result), JSON.stringify(chunk)).toBeUndefined();
    out.push(...chunk.map((_, j) => result.data[`v${j}`].totalCount as number));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Random values, replayable

const random = seeded(23);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
/** Each ASCII letter upper- or lower-cased at random. */
const anyCase = (s: string) => [...s].map((c) => (random() < 0.5 ? c.toLowerCase() : c.toUpperCase())).join('');
const substring = (s: string) => {
  const start = int(0, s.length - 1);
  return s.slice(start, int(start + 1, s.length));
};
const day = () => new Date(Date.UTC(1987, 0, 1 + int(0, 520), int(0, 3)));
const VOCABULARY = [...COLORS, ...FRUITS, 'sorghum', 'tariff', 'wire'];
function search(): OracleSearch {
  const [a, b] = [pick(VOCABULARY), pick(VOCABULARY)];
  return pick<OracleSearch>([{ all: [[a]] }, { all: [[a], [b]] }, { all: [[a, b]] }, { all: [[a]], none: [b] }]);
}
const times = <T>(make: () => T): T[] => Array.from({ length: 20 }, make);
const WILDCARDS = ['%', '_', '\\', 'A_', 'A%', 'A\\', '_B', '%B', 'a_b', 'Bob_', 'Bob%', '100%', 'ANA%', 'Ana_'];

// ---------------------------------------------------------------------------------------

describe('a search matching 1,000, 10,000 and all 20,000 articles', () => {
  const FACETS = `query ($f: ArticleFilter!, $q: QuoteFilter!) {
    articles(filter: $f, first: 5) { totalCount pageInfo { hasNextPage } }
    quotes(filter: $q, first: 5) { totalCount }
    articleFacets(filter: $f) {
      total
      entities(first: 100) { count entity { id } }
      speakers(first: 100) { count entity { id } }
      authors(first: 100) { count journalist { id } }
      sources { value count }
      days { day count }
    }
  }`;
  const keyed = (rows: { count: number; entity?: { id: string }; journalist?: { id: string } }[]) =>
    rows.map((r) => ({ key: keyOf((r.entity ?? r.journalist)!.id), count: r.count }));

  for (const [word, size] of Object.entries(WORDS).map(([w, n]) => [w, n(ARTICLES)] as const)) {
    it(`${word} (${size.toLocaleString('en-US')} articles): totals, quote totals and every facet equal the data`, async () => {
      const match: OracleSearch = { all: [[word]] };
      for (const f of [{ search: match }, { search: match, dateline: 'new york' }, { search: match, speakerId: 503 }]) {
        const result = await query(FACETS, { f: articleInput(f), q: quoteInput({ search: match }) });
        expect(refusals(result)).toBeUndefined();
        const ids = oracle.articleIds(f);
        if (!f.dateline && !f.speakerId) expect(ids.size).toBe(size);
        const expected = oracle.facets(ids, 100);
        const { articles, quotes, articleFacets: facets } = result.data;
        expect(articles.totalCount).toBe(ids.size);
        expect(facets.total).toBe(ids.size);
        expect(quotes.totalCount).toBe(oracle.quoteIds({ search: match }).size);
        expect(keyed(facets.entities)).toEqual(expected.entities);
        expect(keyed(facets.speakers)).toEqual(expected.speakers);
        expect(keyed(facets.authors)).toEqual(expected.authors);
        expect(facets.sources).toEqual(expected.sources);
        expect(facets.days).toEqual(expected.days);
      }
    });
  }

  /** The articles a search matches, best first, as the index ranks them (ties by id), with their ranks. */
  async function ranked(word: string): Promise<{ id: number; rank: number }[]> {
    const rows =
      provider === 'postgresql'
        ? await db.$queryRawUnsafe<{ id: number; rank: number }[]>(
            `SELECT "id", ts_rank_cd("searchVector", q) AS "rank" FROM "Article", to_tsquery('english', $1) q WHERE "searchVector" @@ q ORDER BY 2 DESC, "id"`,
            word,
          )
        : await db.$queryRawUnsafe<{ id: number; rank: number }[]>(
            `SELECT rowid AS "id", bm25("ArticleFts", 10.0, 1.0) AS "rank" FROM "ArticleFts" WHERE "ArticleFts" MATCH ? ORDER BY 2, rowid`,
            `"${word}"`,
          );
    return rows.map((r) => ({ id: Number(r.id), rank: Number(r.rank) }));
  }

  const PAGE = `query ($f: ArticleFilter!, $first: Int, $last: Int, $after: String) {
    articles(filter: $f, orderBy: RELEVANCE, first: $first, last: $last, after: $after) {
      totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage }
    }
  }`;
  const ids = (result: any) => result.data.articles.edges.map((e: { node: { id: string } }) => keyOf(e.node.id));

  for (const word of ['tariff', 'wire']) {
    it(`${word}: relevance order over every match, past the 10,000th and within ties, alone and with a dateline`, async () => {
      const scored = await ranked(word);
      const all = scored.map((r) => r.id);
      const london = all.filter((id) => oracle.articles.get(id)!.dateline?.toLowerCase() === 'london');
      for (const [f, order] of [[{ search: word }, all], [{ search: word, dateline: 'LonDon' }, london]] as const) {
        const first = await query(PAGE, { f, first: 100 });
        expect(refusals(first)).toBeUndefined();
        expect(first.data.articles.totalCount).toBe(order.length);
        expect(ids(first)).toEqual(order.slice(0, 100));
        // A page from deep in the list: after the 150th from the end.
        const at = order.length - 150;
        const deep = await query(PAGE, { f, first: 100, after: cursorOf(order[at]!) });
        expect(ids(deep)).toEqual(order.slice(at + 1, at + 101));
        expect(deep.data.articles.pageInfo.hasNextPage).toBe(true);
        const last = await query(PAGE, { f, last: 100 });
        expect(ids(last)).toEqual(order.slice(-100));
        expect(last.data.articles.pageInfo.hasPreviousPage).toBe(true);
      }
      // After a cursor whose rank the next articles share: the page goes on within the tie.
      const tie = scored.findIndex((r, i) => i >= ARTICLES / 4 && scored[i + 1]?.rank === r.rank);
      expect(tie).toBeGreaterThan(0);
      const within = await query(PAGE, { f: { search: word }, first: 100, after: cursorOf(all[tie]!) });
      expect(ids(within)).toEqual(all.slice(tie + 1, tie + 101));
    });
  }
});

describe('every filter against the data, 20 random values each', () => {
  const checkArticles = async (filters: ArticleFilter[]) =>
    expect(await totals('articles', filters.map(articleInput))).toEqual(filters.map((f) => oracle.articleIds(f).size));
  const checkQuotes = async (filters: QuoteFilter[]) =>
    expect(await totals('quotes', filters.map(quoteInput))).toEqual(filters.map((f) => oracle.quoteIds(f).size));
  const checkEntities = async (filters: EntityFilter[]) =>
    expect(await totals('entities', filters)).toEqual(filters.map((f) => oracle.entityIds(f).size));
  const datelines = [...DATELINES.filter((d): d is string => d !== null), 'Paris', 'A_B%C_D', 'AB_CD', '%', 'new_york', 'A_B%'];
  const names = [...SPEAKER_NAMES.filter((n): n is string => n !== null), ...SPECIAL_ENTITIES];

  it('articles: dateline (any case, wildcards literal) and source', async () => {
    await checkArticles(times(() => ({ dateline: anyCase(pick(datelines)) })));
    await checkArticles(times(() => ({ source: pick([...SOURCES.filter((s): s is string => s !== null), 'R%', 'A_P', 'reuters', 'AP ']) })));
  });

  it('articles: dates, author, editor, entities, speaker and search', async () => {
    await checkArticles(times(() => (random() < 0.3 ? { from: day() } : random() < 0.5 ? { to: day() } : { from: day(), to: day() })));
    await checkArticles(times(() => (random() < 0.5 ? { authorId: int(1, 220) } : { editorId: int(190, 220) })));
    await checkArticles(times(() => ({ anyEntityIds: times(() => int(1, 520)).slice(0, int(1, 3)) })));
    await checkArticles(times(() => ({ allEntityIds: [int(501, 504), random() < 0.5 ? int(1, 520) : int(505, 520)] })));
    await checkArticles(times(() => ({ speakerId: int(495, 520) })));
    await checkArticles(times(() => ({ search: search() })));
  });

  it('quotes: speaker name (any case, wildcards literal), speaker, article, entity, search, dates and kinds', async () => {
    await checkQuotes(times(() => ({ speakerName: random() < 0.3 ? pick(WILDCARDS) : anyCase(substring(pick(names))) })));
    await checkQuotes(times(() => ({ speakerId: int(499, 520) })));
    await checkQuotes(times(() => ({ articleId: random() < 0.1 ? 99_999 : int(1, ARTICLES) })));
    await checkQuotes(times(() => ({ entityId: int(1, 520) })));
    await checkQuotes(times(() => ({ search: search() })));
    await checkQuotes(times(() => ({ from: day(), to: day() })));
    const kinds = () => times(() => pick(QUOTE_KINDS)).slice(0, int(0, 3));
    await checkQuotes(times(() => ({ kinds: kinds() })));
    await checkQuotes(times(() => ({ kinds: kinds(), speakerId: int(499, 520), search: search() })));
  });

  it('entities: search and name prefix (any case, wildcards literal), type', async () => {
    const all = [...oracle.entities.values()].flatMap((e) => [e.name, ...e.aliases]);
    const types = ['PERSON', 'ORGANIZATION', 'LOCATION', 'OTHER'];
    await checkEntities(times(() => ({ search: random() < 0.4 ? pick(WILDCARDS) : anyCase(substring(pick(all))) })));
    await checkEntities(times(() => ({ namePrefix: random() < 0.4 ? pick(WILDCARDS) : anyCase(pick(all).slice(0, int(1, 4))) })));
    await checkEntities(times(() => ({ type: pick(types), search: pick([...WILDCARDS, 'x1', 'Big']) })));
  });
});

describe("the issue's reproductions", () => {
  it('a dateline matches in any case on both sides', async () => {
    const [newYork, stamford] = await totals('articles', [{ dateline: 'New York' }, { dateline: 'STAMFORD, Conn.' }]);
    const count = (values: string[]) => [...oracle.articles.values()].filter((a) => values.includes(a.dateline ?? '')).length;
    expect(newYork).toBe(count(['New York', 'NEW YORK', 'new york']));
    expect(stamford).toBe(count(['Stamford, Conn.', 'STAMFORD, CONN.']));
  });

  it('%, _ and \\ in a name are matched as themselves', async () => {
    const names = async (filter: EntityFilter) => {
      const result = await query('query ($f: EntityFilter) { entities(filter: $f, first: 100, orderBy: NAME) { totalCount edges { node { name } } } }', { f: filter });
      return result.data.entities.edges.map((e: { node: { name: string } }) => e.node.name);
    };
    expect(await names({ namePrefix: 'A_' })).toEqual(['A_B Corp', 'a_b lower']);
    expect(await names({ namePrefix: 'A\\' })).toEqual(['A\\B Trust']);
    // Zed by its alias Z_ed%.
    expect(await names({ search: '%' })).toEqual(['100% Cotton', 'A%B Holdings', 'ANA%', 'Percent% Group', 'Zed']);
    const [percent] = await totals('quotes', [{ speakerName: '%' }]);
    expect(percent).toBe(oracle.quoteIds({ speakerName: '%' }).size);
    expect(percent).toBeLessThan(oracle.quotes.length / 2);
  });
});

describe('refused: relevance without a search, a cursor of an item not in the list', () => {
  it('orderBy: RELEVANCE without filter.search, whatever is selected', async () => {
    for (const selection of ['totalCount', 'edges { node { id } }']) {
      const result = await query(`{ articles(orderBy: RELEVANCE, filter: { dateline: "LONDON" }) { ${selection} } }`);
      expect(refusals(result)).toEqual(['BAD_USER_INPUT: orderBy: RELEVANCE needs filter.search']);
    }
  });

  it('articles and quotes: a cursor the filter excludes, or of a row that does not exist', async () => {
    const odd = cursorOf(1); // article 1: no "tariff", dateline NEW YORK; quote 1 is in another article than `other`'s
    const other = oracle.quotes.find((q) => q.id === 1)!.articleId + 1;
    const missing = cursorOf(999_999);
    const cases: [string, string][] = [
      [`articles(filter: { search: "tariff" }, after: "${odd}")`, 'after'],
      [`articles(filter: { search: "tariff" }, orderBy: RELEVANCE, first: 5, after: "${odd}")`, 'after'],
      [`articles(filter: { dateline: "TOKYO" }, last: 5, before: "${odd}")`, 'before'],
      [`articles(after: "${missing}")`, 'after'],
      [`quotes(filter: { articleId: "${globalId('Article', other)}" }, after: "${odd}")`, 'after'],
      [`quotes(last: 3, before: "${missing}")`, 'before'],
    ];
    for (const [field, arg] of cases) {
      const cursor = field.includes(missing) ? missing : odd;
      const result = await query(`{ ${field} { edges { node { id } } } }`);
      expect(refusals(result), field).toEqual([`BAD_USER_INPUT: ${arg}: "${cursor}" is not a cursor of this list`]);
    }
    // The same cursor where its item is in the list pages on.
    const ok = await query(`{ articles(filter: { dateline: "new york" }, first: 2, after: "${cursorOf(11)}") { edges { node { id } } } }`);
    expect(refusals(ok)).toBeUndefined();
    expect(ok.data.articles.edges).toHaveLength(2);
  });
});
