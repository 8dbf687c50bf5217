// npx tsx scripts/bench-search-limits.ts --db <DATABASE_URL> [--runs 7]: the worst searches
// the limits of src/store/search-query.ts and src/api/search-input.ts accept, and the ones
// they refuse, through the GraphQL app as production runs it (response cache off), on a
// loaded database (Reuters-21578: `npm run seed -- --dir ../shared/corpus/reuters-21578`).
// Point --db at a copy: opening a SQLite file switches it to WAL. Prints a table of the median
// and slowest of --runs runs after one warm-up. A script, not a test.
import { Command } from 'commander';
import { loadConfig } from '../src/config.js';
import { MAX_SEARCH_OFFSET } from '../src/api/search-input.js';
import { createApp } from '../src/server.js';
import { openDb, providerOfDb } from '../src/store/db.js';
import { MAX_PREFIX_TERMS, MAX_SEARCH_LENGTH, MAX_SEARCH_TERMS, MIN_PREFIX_LENGTH } from '../src/store/search-query.js';
import { load1, machine, today } from './bench/machine.js';
import { positive } from './bench/options.js';

const opts = new Command('bench-search-limits')
  .requiredOption('--db <url>', 'DATABASE_URL of a loaded database (a copy: SQLite files are switched to WAL)', process.env.DATABASE_URL)
  .option('--runs <n>', 'measured runs per query, after one warm-up', positive, 7)
  .parse()
  .opts<{ db: string; runs: number }>();

const cursor = (offset: number) => Buffer.from(`OffsetConnection:${offset}`).toString('base64');
const repeat = (n: number, term: string) => Array.from({ length: n }, () => term);
/** The deepest cursor accepted: the page after it starts at result MAX_SEARCH_OFFSET + 1. */
const DEEPEST = MAX_SEARCH_OFFSET - 1;
const plain = MAX_SEARCH_TERMS - MAX_PREFIX_TERMS;

// Frequent words make the costliest searches: the most matches to rank and the most matches
// per row for the snippets. `the` is SQLite's most frequent word and a stop word PostgreSQL
// drops; `said`, `mln`, `dlrs`, `pct` are PostgreSQL's most frequent.
const FREQUENT_PREFIXES = ['the', 'sai', 'mln', 'com'].map((w) => `${w.slice(0, MIN_PREFIX_LENGTH)}*`);
const FREQUENT_WORDS = ['said', 'the', 'pct', 'dlrs', 'year', 'and', 'for', 'oil'];

interface Shape {
  name: string;
  query: string;
  first: number;
  after?: number;
  /** Aliased copies of the search in one operation. */
  aliases?: number;
}

const ACCEPTED: Shape[] = [
  { name: 'reader: phrase and word', query: '"storm shadow" missiles', first: 10 },
  { name: 'reader: OR and exclusion', query: 'russia OR ukraine -nato', first: 10 },
  { name: 'reader: prefix', query: 'escal*', first: 10 },
  { name: `${MAX_SEARCH_TERMS} × the (SQLite's most frequent word)`, query: repeat(MAX_SEARCH_TERMS, 'the').join(' '), first: 100, after: DEEPEST },
  { name: `${MAX_SEARCH_TERMS} × said (PostgreSQL's most frequent word)`, query: repeat(MAX_SEARCH_TERMS, 'said').join(' '), first: 100, after: DEEPEST },
  {
    name: `${MAX_PREFIX_TERMS} × ${FREQUENT_PREFIXES[0]} + ${plain} × the`,
    query: [...repeat(MAX_PREFIX_TERMS, FREQUENT_PREFIXES[0]!), ...repeat(plain, 'the')].join(' '),
    first: 100,
    after: DEEPEST,
  },
  {
    name: `${MAX_PREFIX_TERMS} × ${FREQUENT_PREFIXES[1]} + ${plain} × said`,
    query: [...repeat(MAX_PREFIX_TERMS, FREQUENT_PREFIXES[1]!), ...repeat(plain, 'said')].join(' '),
    first: 100,
    after: DEEPEST,
  },
  {
    name: `${MAX_SEARCH_TERMS} OR alternatives, ${MAX_PREFIX_TERMS} of them prefixes`,
    query: [...FREQUENT_PREFIXES, ...FREQUENT_WORDS.slice(0, plain)].join(' OR '),
    first: 100,
    after: DEEPEST,
  },
  { name: `${MAX_SEARCH_TERMS} OR alternatives, words`, query: FREQUENT_WORDS.join(' OR '), first: 100, after: DEEPEST },
  {
    name: `1 word, ${MAX_SEARCH_TERMS - 1} excluded`,
    query: ['said', ...FREQUENT_WORDS.slice(1, MAX_SEARCH_TERMS).map((w) => `-${w}`)].join(' '),
    first: 100,
    after: DEEPEST,
  },
  {
    name: `longest phrase (${MAX_SEARCH_LENGTH} characters)`,
    query: `"${repeat(Math.floor((MAX_SEARCH_LENGTH - 1) / 4), 'the').join(' ')}"`,
    first: 100,
    after: DEEPEST,
  },
];

const REFUSED: Shape[] = [
  { name: "audit: 200 × a* (600 characters)", query: repeat(200, 'a*').join(' '), first: 10 },
  { name: `${MAX_SEARCH_LENGTH + 1} characters`, query: 'x'.repeat(MAX_SEARCH_LENGTH + 1), first: 10 },
  { name: `${MAX_SEARCH_TERMS + 1} terms`, query: repeat(MAX_SEARCH_TERMS + 1, 'the').join(' '), first: 10 },
  { name: `${MAX_PREFIX_TERMS + 1} prefix terms`, query: repeat(MAX_PREFIX_TERMS + 1, FREQUENT_PREFIXES[0]!).join(' '), first: 10 },
  { name: `prefix of ${MIN_PREFIX_LENGTH - 1} characters`, query: `${'there'.slice(0, MIN_PREFIX_LENGTH - 1)}*`, first: 10 },
  { name: `cursor of result ${MAX_SEARCH_OFFSET + 1}`, query: 'the', first: 100, after: MAX_SEARCH_OFFSET },
  { name: "audit: 30 aliases, 6 one-letter prefixes, after 100,000,000", query: 'a* OR b* OR c* OR d* OR e* OR f*', first: 100, after: 100_000_000, aliases: 30 },
];

function operation({ query, first, after, aliases = 1 }: Shape): string {
  const args = `query: ${JSON.stringify(query)}, first: ${first}${after === undefined ? '' : `, after: "${cursor(after)}"`}`;
  const field = `search(${args}) { totalCount edges { node { type score snippet } } }`;
  return `{ ${Array.from({ length: aliases }, (_, i) => `s${i}: ${field}`).join(' ')} }`;
}

type Answer = { data?: Record<string, { totalCount: number } | null> | null; errors?: { message: string; extensions?: { code?: string } }[] };

const db = await openDb(opts.db);
const app = createApp(db, loadConfig({ NODE_ENV: 'production', RESPONSE_CACHE: 'false', DATABASE_URL: opts.db }));

async function post(source: string): Promise<Answer> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: source }),
  });
  return (await response.json()) as Answer;
}

function outcome(response: Answer): string {
  const error = response.errors?.[0];
  if (error) return `${error.extensions?.code ?? 'error'}: ${error.message}`;
  const totals = Object.values(response.data ?? {}).map((r) => r?.totalCount ?? 0);
  return `${totals[0]!.toLocaleString('en-US')} hits`;
}

async function measure(shape: Shape): Promise<{ median: number; max: number; outcome: string }> {
  const source = operation(shape);
  const result = outcome(await post(source)); // warm-up
  const times: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const start = performance.now();
    await post(source);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, max: times.at(-1)!, outcome: result };
}

/** The most aliases of `shape` that the cost limit lets through, searching down from 30. */
async function mostAliases(shape: Shape): Promise<number> {
  for (let n = 30; n > 1; n--) if (!(await post(operation({ ...shape, aliases: n }))).errors) return n;
  return 1;
}

const page = (s: Shape) => `first ${s.first}${s.after === undefined ? '' : `, after result ${(s.after + 1).toLocaleString('en-US')}`}${s.aliases ? `, ${s.aliases} aliases` : ''}`;
const ms = (n: number) => n.toFixed(0);

console.log(`Search limits on ${providerOfDb(db)} (${opts.db.replace(/\/\/[^@]*@/, '//')}), ${today()}, ${machine()}, load ${load1()}`);
console.log(`Limits: ${MAX_SEARCH_LENGTH} characters, ${MAX_SEARCH_TERMS} terms, ${MAX_PREFIX_TERMS} prefix terms of ${MIN_PREFIX_LENGTH}+ characters, cursors up to result ${MAX_SEARCH_OFFSET.toLocaleString('en-US')}; median and max of ${opts.runs} runs\n`);
console.log('| query shape | page | answer | median ms | max ms |');
console.log('|---|---|---|---:|---:|');
const row = (shape: Shape, { median, max, outcome: answer }: Awaited<ReturnType<typeof measure>>) =>
  console.log(`| ${shape.name} | ${page(shape)} | ${answer.length > 100 ? `${answer.slice(0, 99)}…` : answer} | ${ms(median)} | ${ms(max)} |`);
let worst: { shape: Shape; median: number } | undefined;
for (const shape of ACCEPTED) {
  const measured = await measure(shape);
  row(shape, measured);
  if (!worst || measured.median > worst.median) worst = { shape, median: measured.median };
}
// The slowest accepted search, aliased as often as the cost limit (MAX_COST) lets one operation.
const aliased = { ...worst!.shape, name: `slowest above, aliased as often as MAX_COST admits`, aliases: await mostAliases(worst!.shape) };
row(aliased, await measure(aliased));
for (const shape of REFUSED) row(shape, await measure(shape));
console.log(`\nload at the end ${load1()}`);
await app.dispose();
await db.$disconnect();
