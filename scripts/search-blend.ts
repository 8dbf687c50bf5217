// npx tsx scripts/search-blend.ts [--db <url> ...]: where `search` puts the first article,
// quote and entity for the words a reader of Reuters-21578 types first, through the GraphQL
// app as production runs it (response cache off). Without --db it loads the corpus from
// ../shared into a SQLite file of its own (once); with --db it only reads the database given
// (SQLite: point it at a copy, opening a file switches it to WAL). Exits 1 when a query with
// matching articles does not start with one. A script, not a test: the corpus is not in the
// repository.
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../src/config.js';
import { MAX_SEARCH_OFFSET } from '../src/api/search-input.js';
import { MAX_PAGE_SIZE } from '../src/api/page-size.js';
import { createApp } from '../src/server.js';
import { openDb, providerOfDb } from '../src/store/db.js';
import { ensureLoaded, redact } from './bench/dataset.js';

const opts = new Command('search-blend')
  .option('--db <url>', 'a database holding Reuters-21578, read only (repeatable)', (value: string, all: string[]) => [...all, value], [] as string[])
  .option('--dir <dir>', 'the Reuters-21578 corpus, loaded when no --db is given', '../shared/corpus/reuters-21578')
  .option('--sqlite <url>', 'the SQLite file it is loaded into', 'file:/tmp/wg-search-blend/reuters.db')
  .option('--queries <list>', 'comma-separated searches', 'oil,dollar,bank,Reagan')
  .parse()
  .opts<{ db: string[]; dir: string; sqlite: string; queries: string }>();

const KINDS = ['ARTICLE', 'QUOTE', 'ENTITY'] as const;
type Kind = (typeof KINDS)[number];

if (opts.db.length === 0) {
  if (!existsSync(opts.dir)) {
    console.log(`search-blend skipped: ${opts.dir} is absent (the Reuters-21578 corpus lives in ../shared); or give --db a loaded database.`);
    process.exit(0);
  }
  await ensureLoaded(opts.sqlite, opts.dir);
  opts.db.push(opts.sqlite);
}

type Page = { totalCount: number; edges: { cursor: string; node: { type: Kind } }[]; pageInfo: { hasNextPage: boolean } };

let failed = false;
for (const url of opts.db) {
  const db = await openDb(url);
  const app = createApp(db, loadConfig({ NODE_ENV: 'production', RESPONSE_CACHE: 'false', DATABASE_URL: url }));
  const search = async (q: string, after: string | null): Promise<Page> => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($q: String!, $n: Int!, $after: String) { search(query: $q, first: $n, after: $after) { totalCount edges { cursor node { type } } pageInfo { hasNextPage } } }',
        variables: { q, n: MAX_PAGE_SIZE, after },
      }),
    });
    const body = (await response.json()) as { data?: { search: Page }; errors?: { message: string }[] };
    if (!body.data) throw new Error(`${q}: ${body.errors?.map((e) => e.message).join('; ')}`);
    return body.data.search;
  };

  console.log(`\n${providerOfDb(db)} (${redact(url)}): position of the first hit of each type (1 = top), and the first ten`);
  console.log('| query | hits | first article | first quote | first entity | first ten |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const q of opts.queries.split(',')) {
    const types: Kind[] = [];
    let after: string | null = null;
    let total = 0;
    // Pages as a client can: up to the deepest cursor search accepts.
    for (;;) {
      const page = await search(q, after);
      total = page.totalCount;
      types.push(...page.edges.map((e) => e.node.type));
      const last = page.edges.at(-1)?.cursor;
      if (!page.pageInfo.hasNextPage || !last || KINDS.every((k) => types.includes(k)) || types.length >= MAX_SEARCH_OFFSET) break;
      after = last;
    }
    const first = (kind: Kind) => (types.includes(kind) ? String(types.indexOf(kind) + 1) : `none in ${types.length}`);
    const letters = types.slice(0, 10).map((t) => t[0]).join('');
    console.log(`| ${q} | ${total.toLocaleString('en-US')} | ${first('ARTICLE')} | ${first('QUOTE')} | ${first('ENTITY')} | ${letters} |`);
    if (types.includes('ARTICLE') && types[0] !== 'ARTICLE') failed = true;
  }
  await db.$disconnect();
}
if (failed) {
  console.log('\nFAILED: a search with matching articles does not start with one.');
  process.exit(1);
}
