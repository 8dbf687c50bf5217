// npm run bench:attack: the hardening audit's attacks against a production server on
// Reuters-21578, as an anonymous client would send them. For each: what the server answered,
// the slowest answer, /health's p99 while it ran, and the server's peak memory. Writes the
// table into docs/security.md (between its attack markers) unless --no-write.
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { parse } from 'graphql';
import { operationCost } from '../src/api/cost-limit.js';
import { schema } from '../src/api/index.js';
import { loadConfig } from '../src/config.js';
import {
  ATTACKS,
  NEAR_THE_LIMIT,
  WORST_ACCEPTED,
  distinct,
  percentile,
  pollHealth,
  post,
  runAttack,
  slowHeaders,
  startProductionServer,
  type GraphQLBody,
} from './bench/attacks.js';
import { ensureLoaded, redact } from './bench/dataset.js';
import { load1, machine, today } from './bench/machine.js';
import { table, writeSection } from './bench/markdown.js';
import { positive } from './bench/options.js';

const opts = new Command('bench-attack')
  .option('--dir <dir>', 'the Reuters-21578 corpus', '../shared/corpus/reuters-21578')
  .option('--sqlite <url>', 'SQLite database of the benchmark (loaded if needed)', 'file:/tmp/wg-bench/bench.db')
  .option('--runs <n>', 'timed runs of each request near the cost limit', positive, 5)
  .option('--no-write', 'print only, leave docs/security.md alone')
  .parse()
  .opts<{ dir: string; sqlite: string; runs: number; write: boolean }>();

if (!existsSync(opts.dir)) {
  console.log(`bench:attack skipped: ${opts.dir} is absent (the Reuters-21578 corpus lives in ../shared).`);
  process.exit(0);
}

const config = loadConfig({ NODE_ENV: 'production' });
const articles = await ensureLoaded(opts.sqlite, opts.dir);
console.log(`${articles.toLocaleString('en')} articles in ${redact(opts.sqlite)}`);
const startLoad = load1();
const server = await startProductionServer(opts.sqlite);
const ms = (n: number) => n.toFixed(n < 10 ? 1 : 0);
const costOf = (body: GraphQLBody) => operationCost({ schema, document: parse(body.query), variableValues: body.variables ?? {} }).cost;

// 1. Which accepted request is the slowest: each near-limit shape, alone, uncached.
const near: string[][] = [];
for (const [i, body] of NEAR_THE_LIMIT.entries()) {
  const copy = distinct(body);
  const times: number[] = [];
  let status = 0;
  for (let run = 0; run < opts.runs; run++) {
    const reply = await post(server.graphql, copy(10_000 * (i + 1) + run));
    times.push(reply.ms);
    status = reply.status;
  }
  near.push([`\`${body.query.replace(/\s+/g, ' ').slice(0, 90)}…\``, costOf(body).toLocaleString('en'), String(status), ms(percentile(times, 50)), ms(Math.max(...times))]);
  console.log(near.at(-1)!.join(' | '));
}

// 2. The audit's attacks, one after the other.
const rows: string[][] = [];
let allPassed = true;
for (const attack of ATTACKS) {
  const result = await runAttack(server, attack, config.REQUEST_TIMEOUT_MS);
  allPassed &&= result.passed && result.healthP99 < 200;
  const example = result.replies.find((r) => r.message)?.message;
  rows.push([
    attack.name,
    attack.before,
    `${result.summary}${example && attack.expect === 'refused' ? `: “${example}”` : ''}`,
    ms(result.maxMs),
    ms(result.healthP99),
    ms(server.peakRssMb()),
    result.passed && result.healthP99 < 200 ? 'pass' : `FAIL ${result.why ?? `health p99 ${ms(result.healthP99)} ms`}`,
  ]);
  console.log(rows.at(-1)!.join(' | '));
}

// 3. Unique large responses, which used to pile up in the response cache.
{
  const big = distinct({ query: '{ articles(first: 100) { edges { node { body } } } oldest: articles(first: 100, orderBy: OLDEST) { edges { node { body } } } }' });
  const health = pollHealth(server.base);
  const before = server.peakRssMb();
  let bytes = 0;
  let slowest = 0;
  for (let i = 0; i < 300; i += 10) {
    const replies = await Promise.all(
      Array.from({ length: 10 }, async (_, k) => {
        const started = performance.now();
        const text = await (await fetch(server.graphql, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(big(i + k)) })).text();
        return { length: text.length, ms: performance.now() - started };
      }),
    );
    bytes = Math.max(bytes, ...replies.map((r) => r.length));
    slowest = Math.max(slowest, ...replies.map((r) => r.ms));
  }
  const p99 = percentile(await health.stop(), 99);
  const passed = server.peakRssMb() < 1_536 && p99 < 200;
  allPassed &&= passed;
  rows.push([
    `300 distinct large responses (${(bytes / 2 ** 20).toFixed(1)} MB each)`,
    'each left about 14 MB of heap; about 250–300 ran out of memory',
    `200 × 300; peak RSS ${ms(before)} → ${ms(server.peakRssMb())} MB (cache capped at ${config.RESPONSE_CACHE_MAX_BYTES / 2 ** 20} MiB)`,
    ms(slowest),
    ms(p99),
    ms(server.peakRssMb()),
    passed ? 'pass' : 'FAIL',
  ]);
  console.log(rows.at(-1)!.join(' | '));
}

// 4. Slow-header sockets.
{
  const health = pollHealth(server.base);
  const held = await slowHeaders(server.base, 1_000, config.HTTP_HEADERS_TIMEOUT_MS + 2_000);
  const p99 = percentile(await health.stop(), 99);
  const passed = held.stillOpen === 0 && p99 < 200;
  allPassed &&= passed;
  rows.push([
    '1,000 slow-header sockets',
    'all 1,000 held open',
    `${held.opened} opened; ${held.stillOpen} still open after ${(config.HTTP_HEADERS_TIMEOUT_MS + 2_000) / 1000} s (HTTP_HEADERS_TIMEOUT_MS ${config.HTTP_HEADERS_TIMEOUT_MS / 1000} s, HTTP_MAX_CONNECTIONS ${config.HTTP_MAX_CONNECTIONS})`,
    '–',
    ms(p99),
    ms(server.peakRssMb()),
    passed ? 'pass' : 'FAIL',
  ]);
  console.log(rows.at(-1)!.join(' | '));
}

// 5. SIGTERM while the worst accepted request runs 50 times.
{
  const copy = distinct(WORST_ACCEPTED);
  const replies = Promise.all(Array.from({ length: 50 }, (_, i) => post(server.graphql, copy(90_000 + i)).catch(() => null)));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const peak = server.peakRssMb();
  const { code, ms: exitMs } = await server.stop('SIGTERM');
  await replies;
  const passed = code === 0 && exitMs < 10_000;
  allPassed &&= passed;
  rows.push(['SIGTERM while 50 distinct copies of the worst accepted request run', 'ignored while a query ran', `exit code ${code} after ${ms(exitMs)} ms`, '–', '–', ms(peak), passed ? 'pass' : 'FAIL']);
  console.log(rows.at(-1)!.join(' | '));
}

const section = `## Attacks, measured (Reuters-21578)

Measured ${today()} on ${machine()}, load average ${startLoad} at the start and ${load1()} at the end, with \`npm run bench:attack\`: a production server (\`src/cli/start.ts\`, NODE_ENV=production, default limits: MAX_COST ${config.MAX_COST.toLocaleString('en')}, REQUEST_TIMEOUT_MS ${config.REQUEST_TIMEOUT_MS}, MAX_CONCURRENT_REQUESTS ${config.MAX_CONCURRENT_REQUESTS}, MAX_CONCURRENT_PER_CLIENT ${config.MAX_CONCURRENT_PER_CLIENT}, in-memory response cache on) over ${articles.toLocaleString('en')} articles in SQLite, attacked from one client on loopback. Copies of a request differ by an alias, so the response cache cannot answer them. /health is probed every 20 ms during each row; peak RSS is the server process's high-water mark so far (VmHWM).

The requests the limits accept that come closest to MAX_COST, each alone and uncached (${opts.runs} runs):

${table(['request', 'cost', 'status', 'median ms', 'max ms'], near)}

${table(['attack', 'before (the audit)', 'now: replies', 'slowest reply ms', '/health p99 ms', 'peak RSS MB', 'result'], rows)}

${allPassed ? 'Every row passes.' : 'Not every row passes: see the result column.'}`;

console.log(`\n${section}`);
if (opts.write) {
  writeSection('attack', section, 'docs/security.md');
  console.log('\nWritten to docs/security.md');
}
process.exit(allPassed ? 0 : 1);
