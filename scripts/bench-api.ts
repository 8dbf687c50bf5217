// npm run bench:api [-- --duration 10 --db sqlite|postgresql|both --no-write]: query speed of
// the GraphQL API on Reuters-21578, against the physical limit (a bare node:http server with
// hand-written SQL, bench/limit-server.ts) and, on PostgreSQL, against PostGraphile 4
// (bench/peers/). Every server runs as a child process on the same data in the same run, so
// the ratios hold even on a machine shared with other work. Prints a table per database and
// writes them into docs/benchmarks.md. A script, not a test.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';

import { firstDifference } from './bench/compare.js';
import { pgAvailable, positive } from './bench/options.js';
import { ensureLoaded, redact } from './bench/dataset.js';
import { measure, sample, summarise, TIMEOUT_SECONDS, type LoadResult, type LoadSample } from './bench/load.js';
import { load1, machine, today } from './bench/machine.js';
import { table, writeSection } from './bench/markdown.js';
import { ENTITY_SLUG, OPERATIONS, PEER_OPERATIONS, SEARCH_QUERY, body, essentials, type Operation, type OperationName } from './bench/operations.js';
import { countingProxy, viaProxy } from './bench/pg-count-proxy.js';
import { BENCH_REDIS_PREFIX, LOG_DIR, post, startServer, type RunningServer, type ServerKind } from './bench/servers.js';
import { connectRedis } from '../src/cache/redis.js';


const opts = new Command('bench-api')
  .option('--duration <seconds>', 'seconds per measurement', positive, 10)
  .option('--rounds <n>', 'interleaved slices each measurement is split into, so drifting background load hits every server alike', positive, 2)
  .option('--warmup <seconds>', 'seconds of warm-up per server and operation, not measured', positive, 3)
  .option('--db <which>', 'sqlite, postgresql or both', 'both')
  .option('--connections <list>', 'comma-separated connection counts', '1,32')
  .option('--dir <dir>', 'the Reuters-21578 corpus', '../shared/corpus/reuters-21578')
  .option('--sqlite <url>', 'SQLite database of the benchmark (loaded if needed)', 'file:/tmp/wg-bench/bench.db')
  .option('--pg <url>', 'PostgreSQL database of the benchmark (created and loaded if needed)', process.env.WIREGRAPH_BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/wiregraph_bench')
  .option('--redis <url>', 'Redis for the response-cache row on PostgreSQL (left out when it does not answer)', 'redis://127.0.0.1:6379')
  .option('--profile', 'run the wiregraph child with node --cpu-prof (profiles in the log folder)')
  .option('--no-write', 'print only, leave docs/benchmarks.md alone')
  .parse()
  .opts<{ duration: number; rounds: number; warmup: number; db: string; connections: string; dir: string; sqlite: string; pg: string; redis: string; profile?: boolean; write: boolean }>();

if (!['sqlite', 'postgresql', 'both'].includes(opts.db)) throw new InvalidArgumentError('--db must be sqlite, postgresql or both');
if (!existsSync(opts.dir)) {
  console.log(`bench:api skipped: ${opts.dir} is absent (the Reuters-21578 corpus lives in ../shared).`);
  process.exit(0);
}
const CONNECTIONS = opts.connections.split(',').map(Number);
const NAMES = Object.keys(OPERATIONS) as OperationName[];
const SERVER_LABEL: Record<ServerKind, string> = {
  wiregraph: '(a) wiregraph',
  cached: '(a′) wiregraph, response cache',
  limit: '(b) hand-written SQL',
  postgraphile: '(c) PostGraphile 4',
};

type Provider = 'sqlite' | 'postgresql';
interface Row {
  op: OperationName;
  server: ServerKind;
  statements: number | null;
  load: Map<number, LoadResult>;
}
interface DbReport {
  provider: Provider;
  rows: Row[];
}

/** What each server is asked for an operation; null when it has no equivalent. */
/**
 * The Redis the cached row uses on PostgreSQL, emptied of earlier benchmark keys; undefined
 * when it does not answer. SQLite's cache is in the server's own memory.
 */
async function benchRedis(): Promise<string | undefined> {
  const redis = await connectRedis(opts.redis, { warn: () => {}, info: () => {} });
  try {
    if (redis.status !== 'ready') return undefined;
    const keys = await redis.keys(`${BENCH_REDIS_PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    return opts.redis;
  } finally {
    redis.disconnect();
  }
}

function operationFor(server: ServerKind, name: OperationName): Operation | null {
  if (server === 'postgraphile') return PEER_OPERATIONS[name] ?? null;
  return OPERATIONS[name];
}


/**
 * Before any load: every server answers every operation once, the answers are compared with
 * wiregraph's (the hand-written server's byte for byte in data, PostGraphile's in the rows it
 * returns), and the SQL statements of one more request are counted. On PostgreSQL all servers
 * go through a proxy that counts the statements on the wire; on SQLite, wiregraph counts with
 * Prisma's query event (an instance of its own, as counting costs time) and the hand-written
 * server counts its own.
 */
async function verifyAndCount(provider: Provider, url: string, kinds: ServerKind[], redisUrl: string | undefined): Promise<Map<string, number>> {
  const proxy = provider === 'postgresql' ? await countingProxy(new URL(url).hostname, Number(new URL(url).port || 5432)) : null;
  const dbUrl = proxy ? viaProxy(url, proxy.port) : url;
  const servers = await Promise.all(kinds.map((kind) => startServer({ kind, databaseUrl: dbUrl, redisUrl, countSql: kind === 'wiregraph' || kind === 'cached', label: `${provider}-${kind}-count` })));
  const counts = new Map<string, number>();
  try {
    for (const name of NAMES) {
      let reference: unknown;
      for (const server of servers) {
        const op = operationFor(server.kind, name);
        if (!op) continue;
        const answer = await post(server.url, body(op));
        if (answer.status !== 200 || answer.json.errors) throw new Error(`${server.label} ${name}: ${answer.status} ${JSON.stringify(answer.json.errors)}`);
        if (server.kind === 'wiregraph') reference = answer.json.data;
        const difference =
          server.kind === 'limit' || server.kind === 'cached'
            ? firstDifference(reference, answer.json.data)
            : server.kind === 'postgraphile'
              ? firstDifference(essentials(name, reference, false), essentials(name, answer.json.data, true))
              : null;
        if (difference) throw new Error(`${SERVER_LABEL[server.kind]} answers ${name} differently from wiregraph at ${difference}`);
        const before = proxy ? proxy.statements() : await server.sqlCount();
        await post(server.url, body(op));
        const after = proxy ? proxy.statements() : await server.sqlCount();
        counts.set(`${name}/${server.kind}`, after - before);
      }
      console.log(`  ${OPERATIONS[name].label}: same answer from ${servers.filter((s) => operationFor(s.kind, name)).map((s) => s.kind).join(', ')}`);
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await proxy?.close();
  }
  return counts;
}

/**
 * Waits until a server has finished the requests still queued when autocannon stopped, so the
 * next measurement does not start behind them: one more request queues up behind the backlog.
 */
async function settled<T>(server: RunningServer, name: OperationName, result: T): Promise<T> {
  await post(server.url, body(operationFor(server.kind, name)!));
  return result;
}

/** PostGraphile needs graphql 15, so it has its own locked dependencies in bench/peers. */
function peerInstalled(): boolean {
  if (existsSync('bench/peers/node_modules/postgraphile')) return true;
  console.log('  bench/peers/node_modules is missing: npm ci --prefix bench/peers (PostGraphile 4 and graphql 15, from its package-lock.json)');
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', 'bench/peers'], { stdio: ['ignore', 'ignore', 'inherit'] });
    return true;
  } catch {
    console.log('  could not install PostGraphile: its rows are left out');
    return false;
  }
}

async function benchDb(provider: Provider, url: string): Promise<DbReport> {
  console.log(`\n== ${provider}: ${redact(url)}`);
  articles = await ensureLoaded(url, opts.dir);
  const redisUrl = provider === 'postgresql' ? await benchRedis() : undefined;
  if (provider === 'postgresql' && !redisUrl) console.log(`  Redis at ${opts.redis} does not answer: the response-cache row is left out`);
  const kinds: ServerKind[] = ['wiregraph', ...(provider === 'sqlite' || redisUrl ? (['cached'] as const) : []), 'limit', ...(provider === 'postgresql' && peerInstalled() ? (['postgraphile'] as const) : [])];
  const counts = await verifyAndCount(provider, url, kinds, redisUrl);

  const servers: RunningServer[] = [];
  try {
    for (const kind of kinds) {
      const nodeFlags = kind === 'wiregraph' && opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${LOG_DIR}`] : [];
      servers.push(await startServer({ kind, databaseUrl: url, redisUrl, nodeFlags, label: `${provider}-${kind}` }));
    }
    const rows: Row[] = [];
    for (const name of NAMES) {
      const present = servers.filter((s) => operationFor(s.kind, name));
      for (const s of present) await settled(s, name, await measure(s.url, body(operationFor(s.kind, name)!), 32, opts.warmup));
      const byServer = new Map(present.map((s) => [s.kind, { op: name, server: s.kind, statements: counts.get(`${name}/${s.kind}`) ?? null, load: new Map() } as Row]));
      // Servers side by side for each connection count, each measurement in interleaved slices
      // (a b c a b c ...), so a change in background load hits all of them alike.
      for (const connections of CONNECTIONS) {
        const samples = new Map<ServerKind, LoadSample[]>(present.map((s) => [s.kind, []]));
        for (let round = 0; round < opts.rounds; round++) {
          for (const s of present) {
            samples.get(s.kind)!.push(await settled(s, name, await sample(s.url, body(operationFor(s.kind, name)!), connections, opts.duration / opts.rounds)));
          }
        }
        for (const s of present) {
          const result = summarise(samples.get(s.kind)!);
          if (result.errors > 0) throw new Error(`${s.label} ${name}: ${result.errors} failed requests (non-2xx or connection errors) under load`);
          byServer.get(s.kind)!.load.set(connections, result);
          console.log(
            `  ${OPERATIONS[name].label.padEnd(31)} ${SERVER_LABEL[s.kind].padEnd(22)} ${String(connections).padStart(2)} conn: ` +
              `${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  max ${result.max.toFixed(0)} ms`,
          );
        }
      }
      rows.push(...byServer.values());
    }
    return { provider, rows };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    if (opts.profile) console.log(`  CPU profile of the wiregraph child in ${LOG_DIR}: npx tsx scripts/bench/profile-summary.ts FILE --from 6`);
  }
}

const ms = (v: number | undefined) => (v === undefined ? '–' : v < 10 ? v.toFixed(2) : v.toFixed(1));
const rps = (v: number | undefined) => (v === undefined ? '–' : Math.round(v).toLocaleString('en-US'));

function ratio(report: DbReport, op: OperationName, other: ServerKind, connections: number, ours: ServerKind = 'wiregraph'): number | undefined {
  const mine = report.rows.find((r) => r.op === op && r.server === ours)?.load.get(connections)?.rps;
  const theirs = report.rows.find((r) => r.op === op && r.server === other)?.load.get(connections)?.rps;
  return mine !== undefined && theirs ? mine / theirs : undefined;
}

function reportTable(report: DbReport): string {
  const header = ['operation', 'server', 'SQL statements / request'];
  for (const c of CONNECTIONS) header.push(`${c} conn: req/s`, 'p50 ms', 'p95 ms', 'p99 ms');
  header.push(`(a) ÷ this; (a′) ÷ this, req/s (${CONNECTIONS.join(' / ')} conn)`);
  const rows: string[][] = [];
  for (const name of NAMES) {
    for (const kind of ['wiregraph', 'cached', 'limit', 'postgraphile'] as ServerKind[]) {
      const row = report.rows.find((r) => r.op === name && r.server === kind);
      if (kind === 'postgraphile' && report.provider === 'sqlite') continue;
      if (!row) {
        const why = kind === 'postgraphile' && !PEER_OPERATIONS[name] ? 'no equivalent without custom SQL functions' : kind === 'cached' ? 'not measured (no Redis)' : 'not measured';
        rows.push([OPERATIONS[name].label, SERVER_LABEL[kind], '–', ...CONNECTIONS.flatMap(() => ['–', '–', '–', '–']), why]);
        continue;
      }
      const cells = [OPERATIONS[name].label, SERVER_LABEL[kind], row.statements === null ? '–' : String(row.statements)];
      for (const c of CONNECTIONS) {
        const l = row.load.get(c);
        cells.push(rps(l?.rps), ms(l?.p50), ms(l?.p95), ms(l?.p99));
      }
      const ratios = (ours: ServerKind) => CONNECTIONS.map((c) => ratio(report, name, kind, c, ours)?.toFixed(2) ?? '–').join(' / ');
      cells.push(kind === 'wiregraph' || kind === 'cached' ? '' : `${ratios('wiregraph')}; ${ratios('cached')}`);
      rows.push(cells);
    }
  }
  const slow = report.rows.flatMap((r) =>
    [...r.load].filter(([, l]) => l.timeouts > 0).map(([c, l]) => `${SERVER_LABEL[r.server]}, ${OPERATIONS[r.op].label}, ${c} conn: ${l.timeouts} request(s) over ${TIMEOUT_SECONDS} s, left out of the percentiles.`),
  );
  return [table(header, rows), ...(slow.length ? ['', ...slow] : [])].join('\n');
}

function targets(reports: DbReport[]): string {
  const rows: string[][] = [];
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**not met**');
  const both = (values: (number | undefined)[]) => values.map((v) => v?.toFixed(2) ?? '–').join(' / ');
  // Each target for (a) wiregraph as measured, then for (a′) the same with its response cache.
  const judged = (values: (number | undefined)[], floor: number) => [both(values), verdict(values.every((v) => v !== undefined) ? values.every((v) => v! >= floor) : undefined)];
  for (const report of reports) {
    const db = report.provider === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    for (const name of ['articleList', 'entityPage'] as OperationName[]) {
      const of = (ours: ServerKind) => CONNECTIONS.map((c) => ratio(report, name, 'limit', c, ours));
      rows.push([`${OPERATIONS[name].label}, ${db}: ≥ 0.5 of hand-written SQL`, ...judged(of('wiregraph'), 0.5), ...judged(of('cached'), 0.5)]);
    }
    if (report.provider === 'postgresql') {
      const of = (ours: ServerKind) => CONNECTIONS.map((c) => ratio(report, 'articleList', 'postgraphile', c, ours));
      rows.push([`${OPERATIONS.articleList.label}, ${db}: ≥ 1.0 of PostGraphile`, ...judged(of('wiregraph'), 1), ...judged(of('cached'), 1)]);
    }
    const p95 = (ours: ServerKind) => report.rows.find((r) => r.op === 'search' && r.server === ours)?.load.get(1)?.p95;
    const judgedP95 = (v: number | undefined) => [v === undefined ? '–' : `${ms(v)} ms`, verdict(v === undefined ? undefined : v <= 20)];
    rows.push([`${OPERATIONS.search.label}, ${db}: p95 ≤ 20 ms (1 connection)`, ...judgedP95(p95('wiregraph')), ...judgedP95(p95('cached'))]);
  }
  return table(['target', `(a) measured (${CONNECTIONS.join(' / ')} conn)`, '(a)', '(a′) measured', '(a′)'], rows);
}

let articles = 0;
const startLoad = load1();
const started = performance.now();
console.log(`bench:api on ${machine()}; load average ${startLoad}; ${opts.duration} s per measurement, ${opts.warmup} s warm-up`);
const reports: DbReport[] = [];
if (opts.db !== 'postgresql') reports.push(await benchDb('sqlite', opts.sqlite));
if (opts.db !== 'sqlite') {
  if (await pgAvailable(opts.pg)) reports.push(await benchDb('postgresql', opts.pg));
  else console.log(`\nPostgreSQL at ${redact(opts.pg)} does not answer: its table is left out.`);
}
const endLoad = load1();

const flags = [opts.duration !== 10 && `--duration ${opts.duration}`, opts.rounds !== 2 && `--rounds ${opts.rounds}`, opts.db !== 'both' && `--db ${opts.db}`].filter(Boolean);
const command = `npm run bench:api${flags.length ? ` -- ${flags.join(' ')}` : ''}`;
const section = [
  '## API query performance (Reuters-21578)',
  '',
  `Measured ${today()} on ${machine()}, with \`${command}\` (${opts.duration} s per measurement in ${opts.rounds} interleaved slices, after ${opts.warmup} s of warm-up, ` +
    `${((performance.now() - started) / 60_000).toFixed(0)} min in all). Load average (1 min) ${startLoad} at the start and ${endLoad} at the end: ` +
    'the two cores are shared with other work, so compare the servers by their ratios, which were measured side by side.',
  '',
  `Data: the Reuters-21578 corpus loaded with \`npm run seed\` (${articles.toLocaleString('en-US')} articles). Operations (scripts/bench/operations.ts): ` +
    `(1) the 20 newest articles with authors, editors, top 5 entities and 10 quotes with speakers; ` +
    `(2) examples/entity-page.graphql for \`${ENTITY_SLUG}\` (211 articles, 189 quotes); ` +
    `(3) examples/search-with-facets.graphql for "${SEARCH_QUERY}" (349 matching articles; about 370 hits among articles, quotes and entities). ` +
    'Servers: (a) wiregraph as deployed (NODE_ENV=production) with its response cache off, so every request runs the query path; ' +
    '(a′) the same with its response cache on, as deployed by default (in the server\'s memory on SQLite, keyed by SQLite\'s data_version, read on every request; ' +
    'in Redis on PostgreSQL, two Redis GETs per request): the load repeats one request, so after warm-up (a′) answers from the cache; (b) a bare node:http handler with hand-written SQL ' +
    '(better-sqlite3 / pg) whose answer is checked equal to wiregraph\'s before measuring; (c) PostGraphile 4.14 over the same PostgreSQL, ' +
    'asked for the same rows in its own schema (checked equal too). Load from autocannon 8 in the benchmark process; ' +
    'p50, p95 and p99 are computed from every response time autocannon measured (an exact p95, not autocannon\'s p97.5).',
  '',
  'SQL statements per request are counted, not assumed: on PostgreSQL by a proxy between each server and the database that counts ' +
    'Query and Execute messages of the wire protocol (scripts/bench/pg-count-proxy.ts); on SQLite by Prisma\'s query event in a ' +
    'separate wiregraph instance, and by the hand-written server itself.',
  '',
  ...reports.flatMap((r) => [`### ${r.provider === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, '', reportTable(r), '']),
  ...(reports.some((r) => r.provider === 'sqlite') ? ['PostGraphile serves PostgreSQL only: it has no SQLite row.', ''] : []),
  '### Targets (issue 7)',
  '',
  targets(reports),
].join('\n');

console.log(`\n${section}`);
if (opts.write) {
  writeSection('api', section);
  console.log('\nWritten to docs/benchmarks.md');
}
