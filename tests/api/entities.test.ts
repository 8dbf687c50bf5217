import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { graphqlClient, seededClient } from '../helpers/graphql.js';

let db: Db;
let query: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  ({ db, query } = await seededClient());
});

describe('entities', () => {
  it('answers the entity page query for Dmitry Peskov', async () => {
    const result = await query(`{
      entity(slug: "dmitry-peskov") {
        name type aliases descriptions mentionCount articleCount
        quotes(kinds: [FULL, PARTIAL]) { totalCount }
        withReportedSpeech: quotes { totalCount }
        coMentions(first: 3) { entity { name } sharedArticles }
        articles { totalCount edges { node { slug } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.entity).toEqual({
      name: 'Dmitry Peskov',
      type: 'PERSON',
      aliases: ['Peskov'],
      descriptions: ['Kremlin spokesman'],
      mentionCount: 6,
      articleCount: 1,
      // Seven quotes in quotation marks, and three reported speeches (INDIRECT): "Asked if Putin
      // had plans ...", "was asked about reports that ..." and "adding that European leaders ...".
      quotes: { totalCount: 7 },
      withReportedSpeech: { totalCount: 10 },
      // Everything else in the seed shares its one article; ties go by name.
      coMentions: [
        { entity: { name: 'British' }, sharedArticles: 1 },
        { entity: { name: 'Donald Trump' }, sharedArticles: 1 },
        { entity: { name: 'Emmanuel Macron' }, sharedArticles: 1 },
      ],
      articles: { totalCount: 1, edges: [{ node: { slug: 'kremlin-says-reports-that-trump-and-putin-spoke-in-recent-days-are-pure-fiction' } }] },
    });
  });

  it('lists entities by type, search and order', async () => {
    const names = async (args: string) =>
      (await query(`{ entities(${args}) { totalCount edges { node { name } } } }`)).data.entities;
    expect(await names('first: 3')).toEqual({
      // The seed's 19 people, organisations, places and other things, and 7 GROUP entities.
      totalCount: 26,
      edges: [{ node: { name: 'Ukraine' } }, { node: { name: 'Vladimir Putin' } }, { node: { name: 'Donald Trump' } }],
    });
    expect((await names('filter: { type: PERSON }, orderBy: NAME')).edges.map((e: any) => e.node.name)).toEqual([
      'Dmitry Peskov', 'Donald Trump', 'Emmanuel Macron', 'Joe Biden', 'Keir Starmer', 'Vladimir Putin',
    ]);
    // An alias finds its entity.
    expect((await names('filter: { search: "U.S." }')).edges).toEqual([{ node: { name: 'United States' } }]);
  });

  it('gives an article its entities with counts and salience, and its mentions with offsets', async () => {
    const result = await query(`{ articles { edges { node {
      people: entities(type: PERSON) { entity { name } mentionCount salience }
      mentions { text start end paragraphIndex entity { name } }
    } } } }`);
    const { people, mentions } = result.data.articles.edges[0].node;
    // Putin and Trump are named in the title too (paragraphIndex -1).
    expect(people.map((p: any) => [p.entity.name, p.mentionCount])).toEqual([
      ['Vladimir Putin', 9], ['Donald Trump', 8], ['Dmitry Peskov', 6], ['Emmanuel Macron', 1], ['Joe Biden', 1], ['Keir Starmer', 1],
    ]);
    const text = (await db.article.findFirstOrThrow()).text;
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions[0]).toEqual({ text: 'Kremlin', start: 17, end: 24, paragraphIndex: -1, entity: { name: 'Kremlin' } });
    expect(mentions.find((m: any) => m.paragraphIndex === 0)).toEqual({ text: 'Kremlin', start: 191, end: 198, paragraphIndex: 0, entity: { name: 'Kremlin' } });
  });
});
