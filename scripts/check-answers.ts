// npx tsx scripts/check-answers.ts [--db <DATABASE_URL>] [--dir ../shared/corpus/reuters-21578] [--runs 20] [--against <checkout>]
//
// Issue 23's reproductions on Reuters-21578, each API answer next to the database's own
// (SQL written here, or the rows read whole and compared in JavaScript), then the time of the
// search page for "said" (15,345 matches) and of examples/search-with-facets.graphql: p50 and
// slowest of --runs requests after a warm-up, production settings, response cache off.
// --against measures another checkout of wiregraph on the same database in the same runs,
// alternating (for before/after figures: `git worktree add /tmp/base <commit>`, then link
// node_modules and src/generated into it).
//
// --db: a loaded database. A SQLite file is copied first (opening one switches it to WAL);
// PostgreSQL is only read. Without --db, the corpus is loaded into data/check-answers.db with
// `npm run seed` (once), or the script says it skipped when ../shared is absent.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { loadExamples } from '../src/api/examples.js';
import type * as ConfigModule from '../src/config.js';
import type * as DbModule from '../src/store/db.js';
import type * as ServerModule from '../src/server.js';
import { ensureLoaded, redact } from './bench/dataset.js';
import { load1, machine, today } from './bench/machine.js';
import { table } from './bench/markdown.js';
import { positive } from './bench/options.js';

const opts = new Command('check-answers')
  .option('--db <url>', 'DATABASE_URL of a database holding Reuters-21578')
  .option('--dir <dir>', 'the Reuters-21578 corpus, loaded when --db is not given', '../shared/corpus/reuters-21578')
  .option('--runs <n>', 'timed requests per page', positive, 20)
  .option('--against <checkout>', 'another wiregraph checkout to time on the same database')
  .parse()
  .opts<{ db?: string; dir: string; runs: number; against?: string }>();

if (!opts.db && !existsSync(opts.dir)) {
  console.log(`check-answers skipped: ${opts.dir} is absent and no --db was given (Reuters-21578 lives in ../shared, outside the repository).`);
  process.exit(0);
}

/** What the script uses of a checkout: the same modules, of this one or of --against. */
interface Checkout {
  name: string;
  config: typeof ConfigModule;
  db: typeof DbModule;
  server: typeof ServerModule;
}

async function checkout(dir: string, name: string): Promise<Checkout> {
  const src = (path: string) => pathToFileURL(resolve(dir, 'src', path)).href;
  return {
    name,
    config: (await import(src('config.js'))) as typeof ConfigModule,
    db: (await import(src('store/db.js'))) as typeof DbModule,
    server: (await import(src('server.js'))) as typeof ServerModule,
  };
}

let url = opts.db ?? 'file:data/check-answers.db';
if (!opts.db) await ensureLoaded(url, opts.dir);
/** The copy of a SQLite file, removed when the script exits. */
let copyDir: string | null = null;
if (url.startsWith('file:')) {
  copyDir = mkdtempSync(join(tmpdir(), 'wiregraph-check-'));
  copyFileSync(url.replace(/^file:/, '').replace(/\?.*$/, ''), join(copyDir, 'reuters.db'));
  url = `file:${join(copyDir, 'reuters.db')}`;
  process.on('exit', () => rmSync(copyDir!, { recursive: true, force: true }));
}

const here = await checkout('.', 'this checkout');
const db = await here.db.openDb(url);
const postgres = here.db.providerOfDb(db) === 'postgresql';
const production = (c: Checkout) => c.config.loadConfig({ NODE_ENV: 'production', RESPONSE_CACHE: 'false' });
const app = here.server.createApp(db, production(here));

type Json = Record<string, any>;
async function ask(target: ServerModule.App, query: string, variables: Json = {}): Promise<Json> {
  const response = await target.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Json;
}

const rows = <T = Json>(sql: string, ...values: unknown[]) => db.$queryRawUnsafe<T[]>(sql, ...values);
const count = async (sql: string, ...values: unknown[]) => Number((await rows<{ n: bigint | number }>(sql, ...values))[0]!.n);
/** SQL selecting the ids of the articles or quotes a one-word search matches, straight from the index. */
const matching = (kind: 'Article' | 'Quote', word: string) =>
  postgres
    ? `SELECT "id" FROM "${kind}" WHERE "searchVector" @@ plainto_tsquery('english', '${word}')`
    : `SELECT rowid AS "id" FROM "${kind}Fts" WHERE "${kind}Fts" MATCH '"${word}"'`;
const ranked = async (word: string) =>
  (
    await rows<{ id: number }>(
      postgres
        ? `SELECT "id" FROM "Article", plainto_tsquery('english', '${word}') q WHERE "searchVector" @@ q ORDER BY ts_rank_cd("searchVector", q) DESC, "id"`
        : `SELECT rowid AS "id" FROM "ArticleFts" WHERE "ArticleFts" MATCH '"${word}"' ORDER BY bm25("ArticleFts", 10.0, 1.0), rowid`,
    )
  ).map((r) => Number(r.id));
const cursorOf = (id: number) => Buffer.from(`GPC:N:${id}`).toString('base64');
const keyOf = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);
const answer = (result: Json, read: (data: Json) => unknown) =>
  result.errors ? `${result.errors[0].extensions?.code}: ${result.errors[0].message}` : String(read(result.data));

interface Check {
  name: string;
  api: string;
  sql: string;
}

async function checks(): Promise<Check[]> {
  const out: Check[] = [];
  const total = async (name: string, field: string, sql: Promise<number>) => {
    const result = await ask(app, `{ list: ${field} { totalCount } }`);
    out.push({ name, api: answer(result, (d) => d.list.totalCount), sql: String(await sql) });
  };
  await total('articles, search "oil"', 'articles(filter: { search: "oil" }, first: 5)', count(`SELECT COUNT(*) AS n FROM (${matching('Article', 'oil')}) m`));
  await total('quotes, search "we"', 'quotes(filter: { search: "we" }, first: 5)', count(`SELECT COUNT(*) AS n FROM (${matching('Quote', 'we')}) m`));

  const facets = await ask(app, `{ f: articleFacets(filter: { search: "said" }) { total entities(type: LOCATION, first: 1) { count entity { name } } }
    l: articleFacets(filter: { search: "said", dateline: "LONDON" }) { total } }`);
  const said = `SELECT "id" FROM "Article" WHERE "id" IN (${matching('Article', 'said')})`;
  out.push({ name: 'articleFacets total, search "said"', api: answer(facets, (d) => d.f.total), sql: String(await count(`SELECT COUNT(*) AS n FROM (${said}) s`)) });
  const top = facets.data?.f.entities[0];
  out.push({
    name: `… its first place (${top?.entity.name ?? '?'})`,
    api: answer(facets, () => top.count),
    sql: String(await count(`SELECT COUNT(*) AS n FROM "ArticleEntity" ae JOIN "Entity" e ON e."id" = ae."entityId" WHERE e."name" = ${postgres ? '$1' : '?'} AND ae."articleId" IN (${said})`, top?.entity.name ?? '')),
  });
  out.push({
    name: 'articleFacets total, "said" + dateline LONDON',
    api: answer(facets, (d) => d.l.total),
    sql: String(await count(`SELECT COUNT(*) AS n FROM "Article" WHERE upper("dateline") = 'LONDON' AND "id" IN (${said})`)),
  });

  // Past the 10,000th: the page after it holds the next 100 by rank, and more follow.
  const order = await ranked('said');
  const deep = await ask(app, `{ articles(filter: { search: "said" }, orderBy: RELEVANCE, first: 100, after: "${cursorOf(order[9_999]!)}") {
    totalCount edges { node { id } } pageInfo { hasNextPage } } }`);
  const same = (ids: number[]) => ids.length === 100 && ids.every((id, i) => id === order[10_000 + i]);
  out.push({
    name: 'RELEVANCE page after the 10,000th of "said"',
    api: answer(deep, (d) => `${d.articles.totalCount} in all; ${same(d.articles.edges.map((e: Json) => keyOf(e.node.id))) ? 'ranks 10,001-10,100' : 'other items'}; hasNextPage ${d.articles.pageInfo.hasNextPage}`),
    sql: `${order.length} in all; ranks 10,001-10,100; hasNextPage ${order.length > 10_100}`,
  });

  // Case and wildcards: the rows read whole and compared here.
  const datelines = await rows<{ dateline: string; n: bigint | number }>(`SELECT "dateline", COUNT(*) AS n FROM "Article" WHERE "dateline" IS NOT NULL GROUP BY "dateline"`);
  for (const dateline of ['New York', 'STAMFORD, Conn.']) {
    const sum = datelines.filter((d) => d.dateline.toLowerCase() === dateline.toLowerCase()).reduce((s, d) => s + Number(d.n), 0);
    await total(`articles, dateline "${dateline}"`, `articles(filter: { dateline: ${JSON.stringify(dateline)} })`, Promise.resolve(sum));
  }
  const entities = await rows<{ name: string; aliases: string | null }>(
    `SELECT e."name", (SELECT ${postgres ? `string_agg(a."name", '\n')` : `group_concat(a."name", char(10))`} FROM "EntityAlias" a WHERE a."entityId" = e."id") AS "aliases" FROM "Entity" e`,
  );
  const lower = (s: string) => s.toLowerCase();
  await total('entities, namePrefix "A_"', 'entities(filter: { namePrefix: "A_" })', Promise.resolve(entities.filter((e) => lower(e.name).startsWith('a_')).length));
  await total(
    'entities, search "%"',
    'entities(filter: { search: "%" })',
    Promise.resolve(entities.filter((e) => [e.name, ...(e.aliases?.split('\n') ?? [])].some((n) => n.includes('%'))).length),
  );
  const speakers = await rows<{ written: string | null; resolved: string | null }>(
    `SELECT q."speakerName" AS "written", e."name" AS "resolved" FROM "Quote" q LEFT JOIN "Entity" e ON e."id" = q."speakerId"`,
  );
  await total('quotes, speakerName "%"', 'quotes(filter: { speakerName: "%" })', Promise.resolve(speakers.filter((s) => `${s.written ?? ''}\n${s.resolved ?? ''}`.includes('%')).length));
  const refused = await ask(app, '{ articles(orderBy: RELEVANCE) { totalCount } }');
  out.push({ name: 'orderBy RELEVANCE without a search', api: answer(refused, () => 'answered'), sql: 'BAD_USER_INPUT: orderBy: RELEVANCE needs filter.search' });
  return out;
}

/** p50 and slowest of `runs` requests of each operation, on each checkout in turn, after a warm-up. */
async function timings(targets: { name: string; app: ServerModule.App }[], operations: { name: string; query: string; variables: Json }[]) {
  const lines: string[][] = [];
  for (const op of operations) {
    const times = targets.map(() => [] as number[]);
    for (const t of targets) await ask(t.app, op.query, op.variables);
    for (let run = 0; run < opts.runs; run++) {
      for (const [i, t] of targets.entries()) {
        const start = performance.now();
        const result = await ask(t.app, op.query, op.variables);
        times[i]!.push(performance.now() - start);
        if (result.errors) throw new Error(`${op.name} on ${t.name}: ${result.errors[0].message}`);
      }
    }
    for (const [i, t] of targets.entries()) {
      const sorted = times[i]!.sort((a, b) => a - b);
      lines.push([op.name, t.name, sorted[Math.floor(sorted.length / 2)]!.toFixed(1), sorted.at(-1)!.toFixed(1)]);
    }
  }
  return lines;
}

console.log(`check-answers on ${redact(url)} (${postgres ? 'PostgreSQL' : 'SQLite'}), ${today()}, ${machine()}, load ${load1()}\n`);
const found = await checks();
console.log(table(['case', 'API', 'database', ''], found.map((c) => [c.name, c.api, c.sql, c.api === c.sql ? 'ok' : 'DIFFERENT'])));

const page = loadExamples().find((e) => e.name === 'search-with-facets')!;
const targets = [{ name: here.name, app }];
if (opts.against) {
  const other = await checkout(opts.against, opts.against);
  targets.push({ name: other.name, app: other.server.createApp(await other.db.openDb(url), production(other)) });
}
const lines = await timings(targets, [
  { name: 'search page for "said" (examples/search-with-facets.graphql)', query: page.query, variables: { query: 'said' } },
  { name: 'examples/search-with-facets.graphql, its variables', query: page.query, variables: page.variables },
]);
console.log(`\n${table(['page', 'checkout', `p50 ms (${opts.runs} runs)`, 'slowest ms'], lines)}`);
await db.$disconnect();
process.exit(found.every((c) => c.api === c.sql) ? 0 : 1);
