// Issue 23's property: for random filters, a list's totalCount is the number of items seen
// walking it page by page (100 at a time) forward with first/after and backward with
// last/before, both walks see the same items in the same order, and that order and set are
// what the data holds (tests/helpers/oracle.ts); for articles it is also articleFacets.total.
// On 2,000 generated articles, so that a walk of every filter stays quick; publication days
// repeat and some are missing, so the cursors cross ties and NULLs.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { globalId, keyOf, refusals } from '../helpers/api-client.js';
import { provider } from '../helpers/db.js';
import { generatedApi, type GeneratedApi } from '../helpers/generated-api.js';
import { COLORS, DATELINES, FRUITS, QUOTE_KINDS, SOURCES, SPEAKER_NAMES } from '../helpers/generated-db.js';
import { Oracle, searchText, type ArticleFilter, type OracleSearch, type QuoteFilter } from '../helpers/oracle.js';

const ARTICLES = 2_000;

let query: GeneratedApi['query'];
let oracle: Oracle;

beforeAll(async () => {
  ({ query, oracle } = await generatedApi(ARTICLES));
});

interface Page {
  totalCount: number;
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Every item of a list, forward and backward, 100 a page; and its totalCount. */
async function walk(field: string, declarations: string, args: string, variables: Record<string, unknown>) {
  const page = async (paging: string, cursor: string | null): Promise<Page> => {
    const result = await query(
      `query (${declarations}, $cursor: String) { list: ${field}(${args}, ${paging}) {
        totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      { ...variables, cursor },
    );
    expect(refusals(result), JSON.stringify(variables)).toBeUndefined();
    return result.data.list;
  };
  const forward: number[] = [];
  const first = await page('first: 100, after: $cursor', null);
  for (let p = first; ; p = await page('first: 100, after: $cursor', p.pageInfo.endCursor)) {
    forward.push(...p.edges.map((e) => keyOf(e.node.id)));
    if (!p.pageInfo.hasNextPage) break;
  }
  const backward: number[] = [];
  for (let p = await page('last: 100, before: $cursor', null); ; p = await page('last: 100, before: $cursor', p.pageInfo.startCursor)) {
    backward.unshift(...p.edges.map((e) => keyOf(e.node.id)));
    if (!p.pageInfo.hasPreviousPage) break;
  }
  return { total: first.totalCount, forward, backward };
}

/** Each database's place for NULL: first ascending on SQLite, last on PostgreSQL. */
function byDate(a: Date | null, b: Date | null, desc: boolean): number {
  const nullLow = provider === 'sqlite';
  if (a === null || b === null) {
    if (a === b) return 0;
    const aLow = (a === null) === nullLow;
    return (aLow ? -1 : 1) * (desc ? -1 : 1);
  }
  return (a.getTime() - b.getTime()) * (desc ? -1 : 1);
}

const VOCABULARY = [...COLORS, ...FRUITS, 'sorghum', 'tariff', 'wire'];
const word = fc.constantFrom(...VOCABULARY);
const search: fc.Arbitrary<OracleSearch> = fc.oneof(
  word.map((a) => ({ all: [[a]] })),
  fc.tuple(word, word).map(([a, b]) => ({ all: [[a, b]] })),
  fc.tuple(word, word).map(([a, b]) => ({ all: [[a]], none: [b] })),
);
const anyCase = (s: string, bits: number) => [...s].map((c, i) => ((bits >> i % 30) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');
const day = fc.integer({ min: 0, max: 520 }).map((d) => new Date(Date.UTC(1987, 0, 1 + d)));
const some = <T>(list: readonly (T | null)[]) => fc.constantFrom(...list.filter((v): v is T => v !== null));

/** One condition of an article filter; a filter is up to three of them. */
const articleCondition: fc.Arbitrary<ArticleFilter> = fc.oneof(
  search.map((s) => ({ search: s })),
  fc.tuple(some(DATELINES), fc.integer()).map(([d, bits]) => ({ dateline: anyCase(d, bits) })),
  some(SOURCES).map((source) => ({ source })),
  day.map((from) => ({ from })),
  day.map((to) => ({ to })),
  fc.integer({ min: 1, max: 220 }).map((authorId) => ({ authorId })),
  fc.integer({ min: 195, max: 220 }).map((editorId) => ({ editorId })),
  fc.array(fc.integer({ min: 1, max: 520 }), { minLength: 1, maxLength: 3 }).map((anyEntityIds) => ({ anyEntityIds })),
  fc.array(fc.integer({ min: 495, max: 520 }), { minLength: 1, maxLength: 2 }).map((allEntityIds) => ({ allEntityIds })),
  fc.integer({ min: 500, max: 520 }).map((speakerId) => ({ speakerId })),
);
const articleFilter = fc.array(articleCondition, { maxLength: 3 }).map((parts) => Object.assign({}, ...parts) as ArticleFilter);

const quoteCondition: fc.Arbitrary<QuoteFilter> = fc.oneof(
  search.map((s) => ({ search: s })),
  fc.tuple(some(SPEAKER_NAMES), fc.integer(), fc.nat()).map(([n, bits, cut]) => ({ speakerName: anyCase(n.slice(cut % n.length), bits) })),
  fc.integer({ min: 499, max: 520 }).map((speakerId) => ({ speakerId })),
  fc.integer({ min: 1, max: 520 }).map((entityId) => ({ entityId })),
  fc.tuple(day, day).map(([from, to]) => ({ from, to })),
  fc.array(fc.constantFrom(...QUOTE_KINDS), { maxLength: 2 }).map((kinds) => ({ kinds })),
);
const quoteFilter = fc.array(quoteCondition, { maxLength: 2 }).map((parts) => Object.assign({}, ...parts) as QuoteFilter);

const iso = (d: Date | undefined) => d?.toISOString();

describe('walking a list forward and backward sees totalCount items, in order', () => {
  it('articles, in every order, and articleFacets.total', async () => {
    await fc.assert(
      fc.asyncProperty(articleFilter, fc.constantFrom('NEWEST', 'OLDEST', 'RELEVANCE'), async (f, wanted) => {
        const orderBy = wanted === 'RELEVANCE' && !f.search ? 'NEWEST' : wanted;
        const filter = {
          search: f.search && searchText(f.search),
          dateline: f.dateline,
          source: f.source,
          from: iso(f.from),
          to: iso(f.to),
          authorId: f.authorId && globalId('Journalist', f.authorId),
          editorId: f.editorId && globalId('Journalist', f.editorId),
          anyEntityIds: f.anyEntityIds?.map((id) => globalId('Entity', id)),
          allEntityIds: f.allEntityIds?.map((id) => globalId('Entity', id)),
          speakerId: f.speakerId && globalId('Entity', f.speakerId),
        };
        const { total, forward, backward } = await walk('articles', '$f: ArticleFilter, $o: ArticleOrder', 'filter: $f, orderBy: $o', { f: filter, o: orderBy });
        const facets = await query('query ($f: ArticleFilter) { articleFacets(filter: $f) { total } }', { f: filter });
        const expected = oracle.articleIds(f);
        expect(forward.length).toBe(total);
        expect(backward).toEqual(forward);
        expect(facets.data.articleFacets.total).toBe(total);
        expect(new Set(forward)).toEqual(expected);
        if (orderBy !== 'RELEVANCE') {
          const desc = orderBy === 'NEWEST';
          const at = (id: number) => oracle.articles.get(id)!.publishedAt;
          expect(forward).toEqual([...expected].sort((a, b) => byDate(at(a), at(b), desc) || (desc ? b - a : a - b)));
        }
      }),
      { numRuns: 40, seed: 23 },
    );
  }, 120_000);

  it('quotes, newest first in reading order', async () => {
    await fc.assert(
      fc.asyncProperty(quoteFilter, async (f) => {
        const filter = {
          search: f.search && searchText(f.search),
          speakerName: f.speakerName,
          speakerId: f.speakerId && globalId('Entity', f.speakerId),
          entityId: f.entityId && globalId('Entity', f.entityId),
          from: iso(f.from),
          to: iso(f.to),
          kinds: f.kinds,
        };
        const { total, forward, backward } = await walk('quotes', '$f: QuoteFilter', 'filter: $f', { f: filter });
        expect(forward.length).toBe(total);
        expect(backward).toEqual(forward);
        const quotes = new Map(oracle.quotes.map((q) => [q.id, q]));
        const expected = [...oracle.quoteIds(f)].map((id) => quotes.get(id)!);
        expected.sort((a, b) => byDate(a.publishedAt, b.publishedAt, true) || b.articleId - a.articleId || a.position - b.position);
        expect(forward).toEqual(expected.map((q) => q.id));
      }),
      { numRuns: 25, seed: 23 },
    );
  }, 120_000);

  it('entities, in every order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ search: fc.constantFrom('x1', 'a', '%', '_', 'big', 'y'), type: fc.constantFrom('PERSON', 'ORGANIZATION', 'LOCATION', 'OTHER') }, { requiredKeys: [] }),
        fc.constantFrom('MENTIONS', 'ARTICLES', 'NAME'),
        async (filter, orderBy) => {
          const { total, forward, backward } = await walk('entities', '$f: EntityFilter, $o: EntityOrder', 'filter: $f, orderBy: $o', { f: filter, o: orderBy });
          expect(forward.length).toBe(total);
          expect(backward).toEqual(forward);
          expect(new Set(forward)).toEqual(oracle.entityIds(filter));
        },
      ),
      { numRuns: 12, seed: 23 },
    );
  }, 120_000);
});
