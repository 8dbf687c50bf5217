// The cost model (src/api/cost.ts) sees what will run: variables and argument defaults count
// like literals, and the expensive fields are priced by what they do.
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationCost } from '../../src/api/cost-limit.js';
import { PRICE } from '../../src/api/cost.js';
import { loadExamples } from '../../src/api/examples.js';
import { schema } from '../../src/api/index.js';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/server.js';
import { seededClient } from '../helpers/graphql.js';

const cost = (query: string, variableValues: Record<string, unknown> = {}) => operationCost({ schema, document: parse(query), variableValues }).cost;
const offsetCursor = (n: number) => Buffer.from(`OffsetConnection:${n}`).toString('base64');

describe('what a query costs', () => {
  it('counts a page size passed as a variable like the same literal', () => {
    const literal = cost('{ entities(first: 100) { edges { node { coMentions(first: 100) { sharedArticles } } } } }');
    const variable = cost('query($n: Int) { entities(first: $n) { edges { node { coMentions(first: $n) { sharedArticles } } } } }', { n: 100 });
    expect(variable).toBe(literal);
    // entities: 10 + 100 × (node 1 + coMentions (300 + 100 × sharedArticles 1)); edges are free
    expect(literal).toBe(10 + 100 * (1 + PRICE.graph + 100));
  });

  it('counts defaults: connections 20, related 5, coMentions 10', () => {
    expect(cost('{ articles { edges { node { title } } } }')).toBe(10 + 20 * (1 + 1));
    expect(cost('{ articles(first: 1) { edges { node { related { score } } } } }')).toBe(10 + 1 * (1 + PRICE.graph + 5 * 1));
    expect(cost('{ entities(first: 1) { edges { node { coMentions { sharedArticles } } } } }')).toBe(10 + 1 * (1 + PRICE.graph + 10 * 1));
  });

  it('prices a search by its terms, prefix terms and offset', () => {
    const one = cost('{ search(query: "oil", types: [ARTICLE], first: 1) { totalCount } }');
    const prefix = cost('{ search(query: "oil*", types: [ARTICLE], first: 1) { totalCount } }');
    const two = cost('{ search(query: "oil OR gas", types: [ARTICLE], first: 1) { totalCount } }');
    expect(prefix - one).toBe(PRICE.prefixTerm);
    expect(two - one).toBe(PRICE.searchTerm);
    const deep = cost(`{ search(query: "oil", types: [ARTICLE], first: 1, after: "${offsetCursor(800)}") { totalCount } }`);
    expect(deep - one).toBe(800 / PRICE.offsetDivisor);
    // Past the paging limit it costs the limit: the resolver's own error names the argument.
    const tooDeep = cost(`{ search(query: "oil", types: [ARTICLE], first: 1, after: "${offsetCursor(50_000)}") { totalCount } }`);
    expect(tooDeep - one).toBe(1_000 / PRICE.offsetDivisor);
    // `last` alone pages back from the 1,000th result: ranked that deep, priced like that cursor.
    expect(cost('{ search(query: "oil", types: [ARTICLE], last: 1) { totalCount } }') - one).toBe(1_000 / PRICE.offsetDivisor);
    expect(cost(`{ search(query: "oil", types: [ARTICLE], last: 1, before: "${offsetCursor(800)}") { totalCount } }`)).toBe(deep);
    // Every type is searched on its own.
    expect(cost('{ search(query: "oil", first: 1) { totalCount } }') - one).toBe(2 * (PRICE.scope + PRICE.searchTerm));
  });

  it('prices quote kinds: a condition of the same statement, except Entity.quotes\' total by kind', () => {
    // quotes: 10 + 10 × (node 1 + text 1); the kinds are one more condition, no more rows.
    expect(cost('{ quotes(first: 10) { edges { node { text } } } }')).toBe(10 + 10 * (1 + 1));
    expect(cost('{ quotes(first: 10, filter: { kinds: [INDIRECT] }) { edges { node { text } } } }')).toBe(10 + 10 * (1 + 1));
    expect(cost('query($k: [QuoteKind!]) { quotes(first: 10, filter: { kinds: $k }) { totalCount } }', { k: ['FULL', 'PARTIAL'] })).toBe(
      cost('{ quotes(first: 10) { totalCount } }'),
    );
    // Article.quotes: the kinds narrow its statement and its _count alike.
    const articleQuotes = (args: string) => cost(`{ articles(first: 2) { edges { node { quotes(first: 5${args}) { totalCount edges { node { text } } } } } } }`);
    expect(articleQuotes(', kinds: [INDIRECT]')).toBe(articleQuotes(''));
    // Entity.quotes: the total by kind is a statement of its own per batch of entities.
    const entityQuotes = (args: string) => cost(`{ entities(first: 3) { edges { node { quotes(first: 5${args}) { totalCount } } } } }`);
    expect(entityQuotes(', kinds: [FULL]') - entityQuotes('')).toBe(3 * PRICE.list);
    expect(entityQuotes(', kinds: [FULL, PARTIAL, INDIRECT]') - entityQuotes('')).toBe(3 * PRICE.list);
    expect(entityQuotes(', kinds: []')).toBe(entityQuotes(''));
  });

  it('prices Quote.cueStart and cueEnd as columns already loaded', () => {
    const base = cost('{ quotes(first: 10) { edges { node { text } } } }');
    expect(cost('{ quotes(first: 10) { edges { node { text cueStart cueEnd } } } }') - base).toBe(10 * 2 * PRICE.field);
  });

  it('keeps every example operation well under the default limit', () => {
    const max = loadConfig({}).MAX_COST;
    const costs = loadExamples().map((e) => cost(e.query, e.variables));
    expect(costs.every((c) => c > 0 && c <= max / 4)).toBe(true);
  });
});

describe('the limit (production)', () => {
  let app: App;
  beforeAll(async () => {
    const { db } = await seededClient();
    app = createApp(db, loadConfig({ NODE_ENV: 'production' }));
  });

  async function post(query: string, variables: Record<string, unknown> = {}) {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
  }

  it('refuses the audit\'s nested coMentions with first as a variable, before running anything', async () => {
    const query = 'query($n:Int){entities(first:$n,orderBy:ARTICLES){edges{node{name coMentions(first:$n){sharedArticles entity{name coMentions(first:$n){sharedArticles entity{name}}}}}}}}';
    const { body } = await post(query, { n: 100 });
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: 'Query cost of 6060210 exceeds the limit of 20000 (MAX_COST); ask for fewer items or fewer nested lists.',
        extensions: { code: 'QUERY_TOO_COSTLY', cost: { max: 20000, actual: 6060210 } },
      },
    ]);
  });

  it('refuses related → related with first as a variable', async () => {
    const { body } = await post('query($n:Int){articles(first:$n){edges{node{related(first:$n){article{related(first:$n){article{title}}}}}}}}', { n: 100 });
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses 30 aliased deep searches', async () => {
    const field = `search(query:"a* OR b* OR c* OR d* OR e* OR f*", first:100, after:"${offsetCursor(100_000_000)}"){edges{node{score}}}`;
    const { body } = await post(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${field}`).join(' ')} }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('answers an accepted query as before', async () => {
    const { body } = await post('query($n:Int){articles(first:$n){totalCount edges{node{title related(first:3){score}}}}}', { n: 5 });
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ articles: { totalCount: 1 } });
  });
});
