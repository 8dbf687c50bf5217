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
    // The quotes in quotation marks; its reported speech (INDIRECT) is the next test's.
    const result = await query('{ articles { edges { node { quotes(kinds: [FULL, PARTIAL]) { totalCount edges { node { text speaker { name type } cue kind paragraphIndex start end } } } } } } }');
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

  it('lists its reported speech as INDIRECT quotes: 18 of its 27', async () => {
    const result = await query(`{ articles { edges { node {
      all: quotes { totalCount }
      indirect: quotes(kinds: [INDIRECT], first: 50) { totalCount edges { node { text speaker { name } speakerName cue kind paragraphIndex } } }
    } } } }`);
    expect(result.errors).toBeUndefined();
    const { all, indirect } = result.data.articles.edges[0].node;
    expect(all.totalCount).toBe(27);
    expect(indirect.totalCount).toBe(18);
    expect(indirect.edges).toHaveLength(18);
    // "The Kremlin on Monday denied reports that U.S. President-elect Donald Trump had spoken ..."
    expect(indirect.edges[0].node).toEqual({
      text: 'reports that U.S. President-elect Donald Trump had spoken to Russian President Vladimir Putin in recent days',
      speaker: { name: 'Kremlin' },
      speakerName: 'The Kremlin',
      cue: 'denied',
      kind: 'INDIRECT',
      paragraphIndex: 0,
    });
  });

  it('keeps offsets that slice the stored text to the quote, and to its cue where known', async () => {
    const article = await db.article.findFirstOrThrow({ select: { text: true } });
    const result = await query('{ quotes(first: 50) { edges { node { text start end cue cueStart cueEnd } } } }');
    expect(result.data.quotes.edges).toHaveLength(27);
    // Every quote but the two continuations without a cue ("There was no conversation.") has one.
    expect(result.data.quotes.edges.filter((e: any) => e.node.cueStart != null)).toHaveLength(25);
    for (const { node } of result.data.quotes.edges) {
      expect(article.text.slice(node.start, node.end)).toBe(node.text);
      if (node.cueStart != null) expect(article.text.slice(node.cueStart, node.cueEnd).replace(/\s+/g, ' ')).toBe(node.cue);
    }
  });

  it('filters by speaker name: Peskov said seven of them', async () => {
    const result = await query('{ quotes(filter: { speakerName: "Peskov", kinds: [FULL, PARTIAL] }) { totalCount edges { node { text speakerName } } } }');
    expect(result.data.quotes.totalCount).toBe(7);
    expect(result.data.quotes.edges[0].node.text).toBe('This is completely untrue. This is pure fiction, it’s just false information');
    // And three more are reported speech: "Asked if Putin had plans ...", "was asked about
    // reports that ..." and "adding that European leaders ...".
    expect((await query('{ quotes(filter: { speakerName: "Peskov" }) { totalCount } }')).data.quotes.totalCount).toBe(10);
  });

  it('filters by speaker ID, article, words, dates and kinds', async () => {
    const ids = await query('{ entity(slug: "vladimir-putin") { id } articles { edges { node { id } } } }');
    const putin = ids.data.entity.id;
    const article = ids.data.articles.edges[0].node.id;
    const count = async (filter: string) => (await query(`{ quotes(filter: ${filter}) { totalCount } }`)).data.quotes.totalCount;
    // Putin's PARTIAL quote ("the direct involvement of NATO countries ...") and five reported
    // speeches: congratulated, praised, said, "who ordered" and "he says".
    expect(await count(`{ speakerId: "${putin}" }`)).toBe(6);
    expect(await count(`{ speakerId: "${putin}", kinds: [FULL, PARTIAL] }`)).toBe(1);
    expect(await count(`{ articleId: "${article}" }`)).toBe(27);
    expect(await count('{ search: "pure fiction" }')).toBe(1);
    expect(await count('{ from: "2024-11-11T00:00:00Z", to: "2024-11-11T00:00:00Z" }')).toBe(27);
    expect(await count('{ to: "2024-01-01T00:00:00Z" }')).toBe(0);
  });

  it('pages through quotes with cursors without losing or repeating any', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: any = await query('query ($after: String) { quotes(first: 4, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }', { after });
      seen.push(...result.data.quotes.edges.map((e: any) => e.node.id));
      if (!result.data.quotes.pageInfo.hasNextPage) break;
      after = result.data.quotes.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(27);
    expect(new Set(seen).size).toBe(27);
  });
});
