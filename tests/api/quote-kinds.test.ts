// Reported speech in the API (issue #19): an INDIRECT quote comes back with its kind and cue
// offsets, and `kinds` keeps or drops it on every list of quotes (`quotes(filter:)`,
// `Article.quotes`, `Entity.quotes`), totals included; search finds it like any quote.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { cursorOf, globalId, refusals, uncachedClient } from '../helpers/api-client.js';
import { createTestDb, saveArticle } from '../helpers/db.js';
import { articleWithReportedSpeech } from '../helpers/reported-speech.js';

let db: Db;
let query: ReturnType<typeof uncachedClient>;
let post: string;
let indirect: string;

beforeAll(async () => {
  ({ db } = await createTestDb());
  await saveArticle(db, articleWithReportedSpeech());
  query = uncachedClient(db);
  post = (await db.entity.findFirstOrThrow({ where: { name: 'The Washington Post' } })).slug;
  indirect = globalId('Quote', (await db.quote.findFirstOrThrow({ where: { kind: 'INDIRECT' } })).id);
});

const FIELDS = 'id text kind cue cueStart cueEnd start end paragraphIndex speakerName speaker { name type }';
const INDIRECT = {
  text: 'the call had taken place',
  kind: 'INDIRECT',
  cue: 'reported',
  cueStart: 413,
  cueEnd: 421,
  start: 427,
  end: 451,
  paragraphIndex: 1,
  speakerName: 'The Washington Post',
  speaker: { name: 'The Washington Post', type: 'ORGANIZATION' },
};

async function ok(source: string, variables: Record<string, unknown> = {}) {
  const result = await query(source, variables);
  expect(refusals(result), source).toBeUndefined();
  return result.data;
}

const kindsOf = (connection: { edges: { node: { kind: string } }[] }) => connection.edges.map((e) => e.node.kind);

describe('an INDIRECT quote in the API', () => {
  it('comes first in its article, with its kind, content, cue and cue offsets', async () => {
    const data = await ok(`{ articles { edges { node { quotes(first: 2) { totalCount edges { node { ${FIELDS} } } } } } } }`);
    const quotes = data.articles.edges[0].node.quotes;
    expect(quotes.totalCount).toBe(10);
    expect(quotes.edges[0].node).toEqual({ id: indirect, ...INDIRECT });
    // A direct quote has the offsets of its cue where extraction gives them.
    expect(quotes.edges[1].node).toMatchObject({ kind: 'FULL', cue: 'told reporters', cueStart: 741, cueEnd: 755 });
  });

  it('quotes(filter: { kinds }): kept and left out, counted, combined with the other conditions', async () => {
    const list = async (filter: string) => (await ok(`{ quotes(first: 20, filter: ${filter}) { totalCount edges { node { ${FIELDS} } } } }`)).quotes;
    const only = await list('{ kinds: [INDIRECT] }');
    expect(only.totalCount).toBe(1);
    expect(only.edges.map((e: { node: unknown }) => e.node)).toEqual([{ id: indirect, ...INDIRECT }]);
    const direct = await list('{ kinds: [FULL, PARTIAL] }');
    expect(direct.totalCount).toBe(9);
    expect(kindsOf(direct)).not.toContain('INDIRECT');
    expect((await list('{ kinds: [PARTIAL] }')).totalCount).toBe(2);
    expect((await list('{ kinds: [] }')).totalCount).toBe(10);
    expect((await list('{ kinds: null }')).totalCount).toBe(10);
    expect((await list('{ kinds: [INDIRECT], speakerName: "Washington" }')).totalCount).toBe(1);
    expect((await list('{ kinds: [FULL], speakerName: "Washington" }')).totalCount).toBe(0);
    expect((await list('{ kinds: [INDIRECT], search: "\\"taken place\\"" }')).totalCount).toBe(1);
    expect((await list('{ kinds: [FULL, PARTIAL], search: "\\"taken place\\"" }')).totalCount).toBe(0);
  });

  it('takes kinds as a variable, and refuses a kind that does not exist before running anything', async () => {
    const source = 'query ($k: [QuoteKind!]) { quotes(filter: { kinds: $k }) { totalCount } }';
    expect((await ok(source, { k: ['INDIRECT'] })).quotes.totalCount).toBe(1);
    expect((await ok(source, { k: 'INDIRECT' })).quotes.totalCount).toBe(1);
    const refused = await query(source, { k: ['REPORTED'] });
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.message).toContain('Value "REPORTED" does not exist in "QuoteKind" enum.');
  });

  it('refuses a cursor of a quote that kinds leaves out, as for any filter', async () => {
    const full = (await db.quote.findFirstOrThrow({ where: { kind: 'FULL' } })).id;
    const result = await query(`{ quotes(filter: { kinds: [INDIRECT] }, after: "${cursorOf(full)}") { edges { node { id } } } }`);
    expect(refusals(result)).toEqual([`BAD_USER_INPUT: after: "${cursorOf(full)}" is not a cursor of this list`]);
  });

  it('Article.quotes(kinds:): the page and its totalCount', async () => {
    const data = await ok(`{ articles { edges { node {
      indirect: quotes(kinds: [INDIRECT]) { totalCount edges { node { id kind cueStart cueEnd } } }
      direct: quotes(kinds: [FULL, PARTIAL], first: 20) { totalCount edges { node { kind } } }
      partial: quotes(kinds: [PARTIAL]) { totalCount }
      none: quotes(kinds: []) { totalCount }
    } } } }`);
    const a = data.articles.edges[0].node;
    expect(a.indirect).toEqual({ totalCount: 1, edges: [{ node: { id: indirect, kind: 'INDIRECT', cueStart: 413, cueEnd: 421 } }] });
    expect(a.direct.totalCount).toBe(9);
    expect(kindsOf(a.direct)).toEqual(['FULL', 'FULL', 'FULL', 'FULL', 'PARTIAL', 'PARTIAL', 'FULL', 'FULL', 'FULL']);
    expect(a.partial.totalCount).toBe(2);
    expect(a.none.totalCount).toBe(10);
  });

  it('Entity.quotes(kinds:): the page and its totalCount, several sets of kinds in one request', async () => {
    const data = await ok(`{
      post: entity(slug: "${post}") {
        all: quotes { totalCount edges { node { id } } }
        indirect: quotes(kinds: [INDIRECT]) { totalCount edges { node { id text cue cueStart cueEnd } } }
        full: quotes(kinds: [FULL]) { totalCount edges { node { id } } }
      }
      peskov: entity(slug: "dmitry-peskov") {
        indirect: quotes(kinds: [INDIRECT]) { totalCount edges { node { id } } }
        direct: quotes(kinds: [PARTIAL, FULL, FULL]) { totalCount }
      }
    }`);
    expect(data.post.all).toEqual({ totalCount: 1, edges: [{ node: { id: indirect } }] });
    expect(data.post.indirect).toEqual({
      totalCount: 1,
      edges: [{ node: { id: indirect, text: INDIRECT.text, cue: 'reported', cueStart: 413, cueEnd: 421 } }],
    });
    expect(data.post.full).toEqual({ totalCount: 0, edges: [] });
    expect(data.peskov.indirect).toEqual({ totalCount: 0, edges: [] });
    expect(data.peskov.direct.totalCount).toBe(7);
  });

  it('is found by search like any quote', async () => {
    const data = await ok('{ search(query: "\\"taken place\\"", types: [QUOTE]) { totalCount edges { node { type result { ... on Quote { id kind } } } } } }');
    expect(data.search.totalCount).toBe(1);
    expect(data.search.edges[0].node).toEqual({ type: 'QUOTE', result: { id: indirect, kind: 'INDIRECT' } });
  });
});
