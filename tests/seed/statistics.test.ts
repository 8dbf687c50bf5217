// A seed run keeps the planner statistics true: an API process that was serving a tiny
// database before a large seed run (from another process) plans the search page's facets as
// well afterwards as one started after the run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { seedFolder } from '../../src/seed/run.js';
import { StatisticsSchedule } from '../../src/seed/statistics.js';
import { createApp, type App } from '../../src/server.js';
import { openDb, type Db } from '../../src/store/db.js';
import { createTestDb, provider } from '../helpers/db.js';

const ARTICLES = 2_000;
const FACETS = '{ articleFacets(filter: { search: "grain" }) { total people: entities(type: PERSON, first: 5) { count entity { name } } } }';

// 4,000 distinct people, two per article, every article about grain: with the statistics of a
// one-article database SQLite would probe each matching article for each of the 4,000 people.
const FIRST = ['Anna', 'Marcus', 'Olivia', 'Peter', 'Laura', 'Daniel', 'Sofia', 'Henry', 'Clara', 'Victor', 'Helen', 'Oscar', 'Irene', 'Simon', 'Nora', 'Felix', 'Ruth', 'Tomas', 'Greta', 'Hugo'];
const STEM = ['Ash', 'Black', 'Carr', 'Dal', 'Ell', 'Fair', 'Gold', 'Hall', 'Kings', 'Lang', 'Mar', 'North', 'Pem', 'Rad', 'Stan', 'Thorn', 'West', 'York', 'Brad', 'Cliff'];
const END = ['ford', 'wood', 'ton', 'ley', 'by', 'well', 'more', 'field', 'worth', 'ridge'];

function person(k: number): string {
  const s = Math.floor(k / FIRST.length);
  return `${FIRST[k % FIRST.length]} ${STEM[s % STEM.length]}${END[Math.floor(s / STEM.length) % END.length]}`;
}

function generatedFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiregraph-generated-'));
  for (let i = 0; i < count; i++) {
    const [broker, analyst] = [person(2 * i), person(2 * i + 1)];
    writeFileSync(
      join(dir, `${String(i).padStart(5, '0')}.txt`),
      `Grain traders weigh the wheat outlook, report ${i}\n` +
        `CHICAGO (Reuters) - Grain traders met on Tuesday as wheat prices rose, said ${broker}, a broker at a local firm.\n` +
        `"The grain market is tight this week," ${broker.split(' ')[1]} said. ${analyst}, an analyst, said prices could rise further.\n`,
    );
  }
  return dir;
}

async function timed(app: App): Promise<{ ms: number; body: unknown }> {
  const start = performance.now();
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: FACETS }),
  });
  const body: unknown = await response.json();
  return { ms: performance.now() - start, body };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('StatisticsSchedule', () => {
  it('refreshes each time the articles double (from 1,000 on), and at the end after 50 + 10% changes', () => {
    const schedule = new StatisticsSchedule(1);
    const due: number[] = [];
    for (let i = 1; i <= 5_000; i++) {
      if (schedule.record('created')) {
        due.push(i);
        schedule.refreshed();
      }
    }
    expect(due).toEqual([1_000, 2_001, 4_003]);
    expect(schedule.dueAtEnd()).toBe(true);

    const large = new StatisticsSchedule(19_043);
    for (let i = 0; i < 1_900; i++) expect(large.record('updated')).toBe(false);
    expect(large.dueAtEnd()).toBe(false);
    large.record('updated');
    expect(large.dueAtEnd()).toBe(false);
    for (let i = 0; i < 55; i++) large.record('created');
    expect(large.dueAtEnd()).toBe(true);

    expect(new StatisticsSchedule(0).dueAtEnd()).toBe(false);
  });
});

describe('a seed run from another process, under a running API', () => {
  let server: Db;
  let fresh: Db;
  beforeAll(async () => {
    // The API starts on the seed article (the database `npm start` creates).
    const { db: first, url } = await createTestDb();
    await seedFolder(first, 'seeds');
    await first.$disconnect();
    server = await openDb(url);
    const config = loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE: 'false' });
    expect((await timed(createApp(server, config))).body).toEqual({ data: { articleFacets: { total: 0, people: [] } } });

    // `npm run seed` in a process of its own: its own connections.
    const seeder = await openDb(url);
    expect(await seedFolder(seeder, generatedFolder(ARTICLES), {}, { workers: 0 })).toMatchObject({ created: ARTICLES, failed: [] });
    await seeder.$disconnect();
    fresh = await openDb(url);
  }, 120_000);
  afterAll(async () => {
    await server?.$disconnect();
    await fresh?.$disconnect();
  });

  it('answers the facets on the long-running connection within 2× of a fresh one', async () => {
    const config = loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE: 'false' });
    const [running, restarted] = [createApp(server, config), createApp(fresh, config)];
    const expected = (await timed(restarted)).body;
    expect(expected).toMatchObject({ data: { articleFacets: { total: ARTICLES, people: [{ count: 1 }, { count: 1 }, { count: 1 }, { count: 1 }, { count: 1 }] } } });
    expect((await timed(running)).body).toEqual(expected);

    // Alternating, each first in turn, so that a busy moment of the machine hits both alike.
    const times = { running: [] as number[], restarted: [] as number[] };
    for (let i = 0; i < 9; i++) {
      const order = i % 2 === 0 ? (['running', 'restarted'] as const) : (['restarted', 'running'] as const);
      for (const which of order) times[which].push((await timed(which === 'running' ? running : restarted)).ms);
    }
    const ratio = median(times.running) / median(times.restarted);
    expect(ratio, `running ${median(times.running).toFixed(1)} ms, restarted ${median(times.restarted).toFixed(1)} ms`).toBeLessThan(2);
  }, 120_000);

  // SQLite's plan, in the SQLite project only.
  if (provider === 'sqlite') it('plans the facet statement on the long-running connection as on a fresh one', async () => {
    const plan = async (db: Db) => {
      // EXPLAIN does not look at the schema cookie; any read does, and reloads what moved.
      await db.article.count();
      const ids = JSON.stringify(Array.from({ length: ARTICLES }, (_, i) => i + 2));
      const rows = await db.$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN SELECT ae."entityId", COUNT(*) FROM "ArticleEntity" ae JOIN "Entity" e ON e."id" = ae."entityId"
         WHERE e."type" = 'PERSON' AND ae."articleId" IN (SELECT value FROM json_each(?)) GROUP BY ae."entityId"`,
        ids,
      );
      return rows.map((r) => r.detail);
    };
    const planned = await plan(fresh);
    // Starts from the matching articles, not from every person.
    expect(planned.join(' | ')).toMatch(/^SEARCH ae USING COVERING INDEX sqlite_autoindex_ArticleEntity_1 \(articleId=\?\)/);
    expect(await plan(server)).toEqual(planned);
  });
});
