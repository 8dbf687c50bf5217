// npx tsx scripts/bench-seed-stats.ts [--dir ../shared/corpus/reuters-21578] [--runs 7] [--search "crude oil,oil"]:
// whether a seed run leaves a running API with good plans. An API is opened on a one-article
// SQLite database (what `npm start` leaves), Reuters-21578 is seeded into the same file by
// `npm run seed`'s script in a process of its own while the API keeps answering, then the
// search page (examples/search-with-facets.graphql) is timed on that running API and on one
// opened afterwards (as after a restart). Before the seed refreshed the statistics, the running
// API took 2.3 s ("crude oil") and 7.4 s ("oil") per page, 50 and 190 times a restarted one.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { loadExamples } from '../src/api/examples.js';
import { loadConfig } from '../src/config.js';
import { seedFolder } from '../src/seed/run.js';
import { createApp, type App } from '../src/server.js';
import { openDb } from '../src/store/db.js';
import { positive } from './bench/options.js';

const opts = new Command('bench-seed-stats')
  .option('--dir <dir>', 'the Reuters-21578 corpus', '../shared/corpus/reuters-21578')
  .option('--runs <n>', 'timed requests per search and API', positive, 7)
  .option('--search <list>', 'comma-separated searches for the page', 'crude oil,oil')
  .parse()
  .opts<{ dir: string; runs: number; search: string }>();

if (!existsSync(opts.dir)) {
  console.log(`bench-seed-stats skipped: ${opts.dir} is absent (Reuters-21578 lives in ../shared, outside the repository).`);
  process.exit(0);
}

const page = loadExamples().find((e) => e.name === 'search-with-facets')!;
const searches = opts.search.split(',').map((s) => s.trim()).filter(Boolean);
// No response cache: every request runs the query path.
const config = loadConfig({ NODE_ENV: 'production', RESPONSE_CACHE: 'false' });

async function timed(app: App, query: string): Promise<number> {
  const start = performance.now();
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: page.query, variables: { query } }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`the search page failed: ${JSON.stringify(body).slice(0, 300)}`);
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;

const work = mkdtempSync(join(tmpdir(), 'wiregraph-bench-stats-'));
const url = `file:${join(work, 'bench.db')}`;
try {
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
  const first = await openDb(url);
  await seedFolder(first, 'seeds');
  await first.$disconnect();

  // The API, opened on one article: its connection holds that database's statistics.
  const running = createApp(await openDb(url), config);
  for (const search of searches) await timed(running, search);
  console.log(`API opened on a one-article database (${url}); seeding ${opts.dir} from another process...`);

  // The seed in a process of its own; the API keeps answering the first search meanwhile.
  const started = performance.now();
  const seed = spawn(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', '--dir', opts.dir], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  createInterface({ input: seed.stdout! }).on('line', (line) => console.log(`  seed: ${line}`));
  const exited = new Promise<number | null>((resolve) => seed.on('close', resolve));
  let done = false;
  void exited.then(() => (done = true));
  const during: number[] = [];
  const failures: string[] = [];
  while (!done) {
    // A request that fails while the seed writes is reported, not fatal: it is a finding too.
    await timed(running, searches[0]!).then(
      (time) => during.push(time),
      (error: Error) => failures.push(error.message),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  const code = await exited;
  if (code !== 0) throw new Error(`the seed run exited with code ${code}`);
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s; "${searches[0]}" during the run: ` +
    `${during.length} requests, median ${ms(median(during))}, slowest ${ms(Math.max(...during))}`);
  if (failures.length > 0) console.log(`  ${failures.length} failed during the run, first: ${failures[0]}`);

  const restarted = createApp(await openDb(url), config);
  console.log('\n| search | running API (median) | reopened API (median) | ratio |\n|---|---|---|---|');
  for (const search of searches) {
    await timed(restarted, search);
    const times = { running: [] as number[], restarted: [] as number[] };
    // Alternating, each first in turn, so that a busy moment of the machine hits both alike.
    for (let i = 0; i < opts.runs; i++) {
      const order = i % 2 === 0 ? (['running', 'restarted'] as const) : (['restarted', 'running'] as const);
      for (const which of order) times[which].push(await timed(which === 'running' ? running : restarted, search));
    }
    const [a, b] = [median(times.running), median(times.restarted)];
    console.log(`| ${search} | ${ms(a)} | ${ms(b)} | ${(a / b).toFixed(2)} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
