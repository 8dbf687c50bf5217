import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedFolder } from '../../src/seed/run.js';
import type { Db } from '../../src/store/db.js';
import { createTestDb } from '../helpers/db.js';
import { graphqlClient } from '../helpers/graphql.js';

const TITLE = 'Kremlin says reports that Trump and Putin spoke in recent days are ‘pure fiction’';
const SLUG = 'kremlin-says-reports-that-trump-and-putin-spoke-in-recent-days-are-pure-fiction';

let db: Db;
let query: ReturnType<typeof graphqlClient>;
const statements: string[] = [];

beforeAll(async () => {
  ({ db } = await createTestDb());
  await seedFolder(db, 'seeds');
  query = graphqlClient(db);
});

describe('articles', () => {
  it('answers the README query with the seed article', async () => {
    const result = await query(`{
      articles(first: 5) {
        totalCount
        edges { node {
          title publishedAt dateline readingMinutes source slug subheads wordCount
          authors { name } editors { name } credits { role journalist { name } }
          paragraphs
        } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const { totalCount, edges } = result.data.articles;
    expect(totalCount).toBe(1);
    const { paragraphs, ...article } = edges[0].node;
    expect(article).toEqual({
      title: TITLE,
      publishedAt: '2024-11-11T00:00:00.000Z',
      dateline: 'MOSCOW',
      readingMinutes: 4,
      source: 'Reuters',
      slug: SLUG,
      subheads: ['WAR AND PEACE'],
      wordCount: 551,
      authors: [{ name: 'Dmitry Antonov' }, { name: 'Guy Faulconbridge' }],
      editors: [{ name: 'Andrew Osborn' }, { name: 'William Maclean' }],
      credits: [
        { role: 'BYLINE', journalist: { name: 'Dmitry Antonov' } },
        { role: 'BYLINE', journalist: { name: 'Guy Faulconbridge' } },
        { role: 'REPORTING', journalist: { name: 'Dmitry Antonov' } },
        { role: 'WRITING', journalist: { name: 'Guy Faulconbridge' } },
        { role: 'WRITING', journalist: { name: 'Anastasia Teterevleva' } },
        { role: 'EDITING', journalist: { name: 'Andrew Osborn' } },
        { role: 'EDITING', journalist: { name: 'William Maclean' } },
      ],
    });
    expect(paragraphs).toHaveLength(16);
    expect(paragraphs[0]).toMatch(/^The Kremlin on Monday denied/);
  });

  it('finds an article by slug and by global ID, and through node(id:)', async () => {
    const bySlug = await query(`{ article(slug: "${SLUG}") { id title } }`);
    const id = bySlug.data.article.id;
    expect(bySlug.data.article.title).toBe(TITLE);
    const byId = await query(`query ($id: ID!) { article(id: $id) { slug } node(id: $id) { ... on Article { slug } } }`, { id });
    expect(byId.data).toEqual({ article: { slug: SLUG }, node: { slug: SLUG } });
  });

  it('explains a wrong or missing key', async () => {
    expect((await query('{ article { id } }')).errors?.[0]?.message).toBe('article: give exactly one of id or slug');
    expect((await query('{ article(id: "nope") { id } }')).errors?.[0]?.message).toBe('id: "nope" is not a valid ID');
    expect((await query(`{ article(slug: "missing") { id } }`)).data).toEqual({ article: null });
  });

  it('filters by date, source, author and editor', async () => {
    const antonov = (await query('{ author(slug: "dmitry-antonov") { id } }')).data.author.id;
    const osborn = (await query('{ editor(slug: "andrew-osborn") { id } }')).data.editor.id;
    const count = async (filter: string) => (await query(`{ articles(filter: ${filter}) { totalCount } }`)).data.articles.totalCount;
    expect(await count('{ from: "2024-11-11T00:00:00Z", to: "2024-11-12T00:00:00Z" }')).toBe(1);
    expect(await count('{ from: "2024-11-12T00:00:00Z" }')).toBe(0);
    expect(await count('{ source: "Reuters" }')).toBe(1);
    expect(await count('{ source: "AP" }')).toBe(0);
    expect(await count(`{ authorId: "${antonov}" }`)).toBe(1);
    expect(await count(`{ editorId: "${osborn}" }`)).toBe(1);
    // Antonov reported the story but did not edit it.
    expect(await count(`{ editorId: "${antonov}" }`)).toBe(0);
  });

  it('pages with cursors', async () => {
    const page = await query('{ articles(first: 1) { pageInfo { hasNextPage hasPreviousPage endCursor } } }');
    expect(page.data.articles.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const after = await query(`{ articles(first: 1, after: "${page.data.articles.pageInfo.endCursor}") { edges { node { id } } } }`);
    expect(after.data.articles.edges).toEqual([]);
  });
});

describe('journalists', () => {
  it('lists authors and editors, each with their articles', async () => {
    const result = await query(`{
      authors { totalCount edges { node { name slug articles { totalCount edges { node { title } } } } } }
      editors { totalCount edges { node { name } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.authors.totalCount).toBe(3);
    expect(result.data.authors.edges.map((e: any) => [e.node.name, e.node.articles.totalCount])).toEqual([
      ['Anastasia Teterevleva', 1],
      ['Dmitry Antonov', 1],
      ['Guy Faulconbridge', 1],
    ]);
    // Antonov is both byline author and reporter of the seed: the article is listed once.
    expect(result.data.authors.edges[1].node.articles.edges).toEqual([{ node: { title: TITLE } }]);
    expect(result.data.editors).toEqual({ totalCount: 2, edges: [{ node: { name: 'Andrew Osborn' } }, { node: { name: 'William Maclean' } }] });
  });

  it('narrows a journalist\'s articles by role, and keeps editors out of author(...)', async () => {
    const result = await query(`{
      author(slug: "dmitry-antonov") { name byline: articles(role: BYLINE) { totalCount } edited: articles(role: EDITING) { totalCount } }
      notAnAuthor: author(slug: "andrew-osborn") { name }
      editor(slug: "andrew-osborn") { name articles { totalCount } }
    }`);
    expect(result.data).toEqual({
      author: { name: 'Dmitry Antonov', byline: { totalCount: 1 }, edited: { totalCount: 0 } },
      notAnAuthor: null,
      editor: { name: 'Andrew Osborn', articles: { totalCount: 1 } },
    });
  });
});

describe('SQL per request', () => {
  it('is the same small number of statements for a page of 5 articles and a page of 50', async () => {
    // Fifty copies of the seed under other names: fifty articles sharing journalists and entities.
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-copies-'));
    for (let i = 0; i < 50; i++) copyFileSync('seeds/000_fd439a6a3e23e835.txt', join(dir, `copy-${String(i).padStart(2, '0')}.txt`));
    const { db: many } = await createTestDb({ onQuery: (sql) => statements.push(sql) });
    await seedFolder(many, dir);
    const manyQuery = graphqlClient(many);

    const page = (first: number) => `{ articles(first: ${first}) { edges { node {
      title authors { name } editors { name }
      entities(first: 5) { salience entity { name type } }
      quotes(first: 20) { edges { node { text speaker { name } } } }
    } } } }`;
    const statementsFor = async (first: number) => {
      statements.length = 0;
      const result = await manyQuery(page(first));
      expect(result.errors).toBeUndefined();
      expect(result.data.articles.edges).toHaveLength(first);
      return statements.length;
    };
    // The page's ids (the filter and order in SQL), then one statement per level, each batched
    // with IN (...): articles; credits, article entities and quotes; journalists (twice: credits
    // and names), entities and speakers. 9 in all. Speakers go through a loader that asks for
    // each one once (Quote.speaker): Prisma's own relation loading sends one bind value per
    // quote, and since reported speech a page of 50 articles has 50 × 21 quotes (20, and one
    // more to know whether a next page follows), past the 999 SQLite takes in one statement.
    expect(await statementsFor(5)).toBe(9);
    expect(await statementsFor(50)).toBe(9);
  });
});
