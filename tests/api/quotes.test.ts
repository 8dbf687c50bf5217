import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { graphqlClient, seededClient } from '../helpers/graphql.js';

let db: Db;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  ({ db, query } = await seededClient());
});

const speakers = (edges: any[]) => edges.map((e) => e.node.speaker?.name ?? null);

describe('quotes', () => {
  it('lists the seed article\'s nine quotes with their speakers, in reading order', async () => {
    const result = await query('{ articles { edges { node { quotes { totalCount edges { node { text speaker { name type } cue kind paragraphIndex start end } } } } } } }');
    expect(result.errors).toBeUndefined();
    const quotes = result.data.articles.edges[0].node.quotes;
    expect(quotes.totalCount).toBe(9);
    expect(speakers(quotes.edges)).toEqual([
      'Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov',
      'Vladimir Putin', 'Kremlin', 'Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov',
    ]);
    expect(quotes.edges[0].node).toMatchObject({ cue: 'told reporters', kind: 'FULL', paragraphIndex: 2, speaker: { type: 'PERSON' } });
    expect(quotes.edges[4].node).toMatchObject({ kind: 'PARTIAL', speaker: { name: 'Vladimir Putin' } });
    expect(quotes.edges[5].node.speaker).toEqual({ name: 'Kremlin', type: 'ORGANIZATION' });
  });

  it('keeps offsets that slice the stored text to the quote', async () => {
    const article = await db.article.findFirstOrThrow({ select: { text: true } });
    const result = await query('{ quotes(first: 20) { edges { node { text start end } } } }');
    for (const { node } of result.data.quotes.edges) expect(article.text.slice(node.start, node.end)).toBe(node.text);
  });

  it('filters by speaker name: Peskov said seven of them', async () => {
    const result = await query('{ quotes(filter: { speakerName: "Peskov" }) { totalCount edges { node { text speakerName } } } }');
    expect(result.data.quotes.totalCount).toBe(7);
    expect(result.data.quotes.edges[0].node.text).toBe('This is completely untrue. This is pure fiction, it’s just false information');
  });

  it('filters by speaker ID, article, words and dates', async () => {
    const ids = await query('{ entity(slug: "vladimir-putin") { id } articles { edges { node { id } } } }');
    const putin = ids.data.entity.id;
    const article = ids.data.articles.edges[0].node.id;
    const count = async (filter: string) => (await query(`{ quotes(filter: ${filter}) { totalCount } }`)).data.quotes.totalCount;
    expect(await count(`{ speakerId: "${putin}" }`)).toBe(1);
    expect(await count(`{ articleId: "${article}" }`)).toBe(9);
    expect(await count('{ search: "pure fiction" }')).toBe(1);
    expect(await count('{ from: "2024-11-11T00:00:00Z", to: "2024-11-11T00:00:00Z" }')).toBe(9);
    expect(await count('{ to: "2024-01-01T00:00:00Z" }')).toBe(0);
  });

  it('pages through quotes with cursors without losing or repeating any', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: any = await query('query ($after: String) { quotes(first: 4, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }', { after });
      seen.push(...result.data.quotes.edges.map((e: any) => e.node.id));
      if (!result.data.quotes.pageInfo.hasNextPage) break;
      after = result.data.quotes.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });
});
