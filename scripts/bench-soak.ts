// npm run bench:soak [-- --minutes 10 --rate 10 --max-requests N --db sqlite|postgresql|both]:
// a bounded soak of the wiregraph server (a child process, NODE_ENV=production, loopback only)
// with a fixed rate of mixed queries on Reuters-21578. Records failed requests (non-2xx or a
// GraphQL `errors` entry: there must be none), p50/p99 latency per minute (they must stay
// flat) and the child's resident memory per minute from /proc (it must grow less than 10%
// from the first minute to the end). Stops by itself after --minutes or --max-requests.
import autocannon from 'autocannon';
import { Command } from 'commander';
import { ensureLoaded, redact } from './bench/dataset.js';
import { percentile } from './bench/load.js';
import { load1, machine, today } from './bench/machine.js';
import { table, writeSection } from './bench/markdown.js';
import { OPERATIONS, SOAK_EXTRAS, body } from './bench/operations.js';
import { positive } from './bench/options.js';
import { startServer } from './bench/servers.js';


const opts = new Command('bench-soak')
  .option('--minutes <n>', 'how long', positive, 10)
  .option('--rate <n>', 'requests per second, all connections together', positive, 10)
  .option('--max-requests <n>', 'stop after this many requests (default: minutes × 60 × rate)', positive)
  .option('--connections <n>', 'concurrent connections; the rate must be a multiple of it', positive, 10)
  .option('--db <which>', 'sqlite, postgresql or both', 'sqlite')
  .option('--dir <dir>', 'the Reuters-21578 corpus', '../shared/corpus/reuters-21578')
  .option('--sqlite <url>', 'SQLite database of the benchmark (loaded if needed)', 'file:/tmp/wg-bench/bench.db')
  .option('--pg <url>', 'PostgreSQL database of the benchmark', process.env.WIREGRAPH_BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/wiregraph_bench')
  .option('--no-write', 'print only, leave docs/benchmarks.md alone')
  .parse()
  .opts<{ minutes: number; rate: number; maxRequests?: number; connections: number; db: string; dir: string; sqlite: string; pg: string; write: boolean }>();

// autocannon paces each connection at a whole number of requests per second and gives each an
// equal share of the request cap: an uneven split would run some connections dry early.
if (!Number.isInteger(opts.rate / opts.connections)) {
  console.error(`bench:soak: --rate ${opts.rate} must be a multiple of --connections ${opts.connections}`);
  process.exit(2);
}
const MIX = [...Object.values(OPERATIONS), ...SOAK_EXTRAS];
const maxRequests = opts.maxRequests ?? Math.round(opts.minutes * 60 * opts.rate);

interface Minute {
  times: number[];
  errors: number;
  rssKb: number;
}

interface SoakResult {
  provider: string;
  minutes: Minute[];
  requests: number;
  errors: number;
  firstErrors: string[];
}

async function soak(provider: 'sqlite' | 'postgresql', url: string): Promise<SoakResult> {
  console.log(`\n== ${provider}: ${redact(url)}`);
  await ensureLoaded(url, opts.dir);
  const server = await startServer({ kind: 'wiregraph', databaseUrl: url, label: `soak-${provider}` });
  const minutes: Minute[] = [];
  const firstErrors: string[] = [];
  let errors = 0;
  let requests = 0;
  const started = performance.now();
  const minuteOf = () => Math.floor((performance.now() - started) / 60_000);
  const bucket = (i: number) => (minutes[i] ??= { times: [], errors: 0, rssKb: 0 });
  const fail = (what: string) => {
    errors++;
    bucket(minuteOf()).errors++;
    if (firstErrors.length < 5) firstErrors.push(what.slice(0, 300));
  };
  // Resident memory, sampled every 5 s; each minute keeps its last sample.
  const sampler = setInterval(() => (bucket(minuteOf()).rssKb = server.rssKb()), 5_000);
  try {
    await new Promise<void>((resolve, reject) => {
      const instance = autocannon(
        {
          url: server.url,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          connections: opts.connections,
          overallRate: opts.rate,
          duration: opts.minutes * 60,
          maxOverallRequests: maxRequests,
          // Each connection cycles through the mix; the body is read to find GraphQL errors.
          requests: MIX.map((op) => ({
            body: body(op),
            onResponse: (status: number, text: string) => {
              if (status === 200 && text.includes('"errors"') && (JSON.parse(text) as { errors?: unknown[] }).errors) fail(`${op.operationName}: ${text}`);
            },
          })),
        },
        (error) => (error ? reject(error) : resolve()),
      );
      instance.on('response', (_client, status, _bytes, responseTime) => {
        requests++;
        bucket(minuteOf()).times.push(responseTime);
        if (status < 200 || status >= 300) fail(`HTTP ${status}`);
      });
      instance.on('reqError', (error) => fail(`request error: ${String(error)}`));
    });
  } finally {
    clearInterval(sampler);
    const last = minutes.at(-1);
    if (last) last.rssKb = server.rssKb();
    await server.stop();
  }
  // A trailing minute with a handful of requests says nothing about latency: fold it in.
  const tail = minutes.at(-1);
  if (minutes.length > 1 && tail && tail.times.length < opts.rate * 10) {
    minutes.pop();
    const prev = minutes.at(-1)!;
    prev.times.push(...tail.times);
    prev.errors += tail.errors;
    prev.rssKb = tail.rssKb || prev.rssKb;
  }
  return { provider, minutes, requests, errors, firstErrors };
}

function report(result: SoakResult): { text: string; ok: boolean } {
  const rows = result.minutes.map((m, i) => {
    const sorted = Float64Array.from(m.times).sort();
    return [String(i + 1), m.times.length.toLocaleString('en-US'), String(m.errors), percentile(sorted, 50).toFixed(1), percentile(sorted, 99).toFixed(1), (m.rssKb / 1024).toFixed(0)];
  });
  const p99s = result.minutes.map((m) => percentile(Float64Array.from(m.times).sort(), 99));
  const median = [...p99s].sort((a, b) => a - b)[Math.floor(p99s.length / 2)]!;
  const stable = p99s.every((p) => p <= 2 * median);
  const first = result.minutes[0]?.rssKb ?? 0;
  const lastRss = result.minutes.at(-1)?.rssKb ?? 0;
  const growth = first > 0 ? (100 * (lastRss - first)) / first : NaN;
  const ok = result.errors === 0 && stable && growth < 10;
  const verdicts = [
    `- failed requests (non-2xx or GraphQL errors): ${result.errors} of ${result.requests.toLocaleString('en-US')}: ${result.errors === 0 ? 'met' : '**not met**'}`,
    `- p99 per minute ${Math.min(...p99s).toFixed(1)}–${Math.max(...p99s).toFixed(1)} ms, no minute above twice the median minute (${median.toFixed(1)} ms): ${stable ? 'met' : '**not met**'}`,
    `- resident memory ${(first / 1024).toFixed(0)} MB after minute 1, ${(lastRss / 1024).toFixed(0)} MB at the end: ${growth >= 0 ? '+' : ''}${growth.toFixed(1)}% (< 10%): ${growth < 10 ? 'met' : '**not met**'}`,
    ...result.firstErrors.map((e) => `- first errors: ${e}`),
  ];
  return {
    text: [`### ${result.provider === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, '', table(['minute', 'requests', 'errors', 'p50 ms', 'p99 ms', 'server RSS MB'], rows), '', ...verdicts].join('\n'),
    ok,
  };
}

const startLoad = load1();
console.log(`bench:soak on ${machine()}; load average ${startLoad}; ${opts.minutes} min at ${opts.rate} req/s over ${opts.connections} connections, at most ${maxRequests.toLocaleString('en-US')} requests`);
const results: SoakResult[] = [];
if (opts.db !== 'postgresql') results.push(await soak('sqlite', opts.sqlite));
if (opts.db !== 'sqlite') results.push(await soak('postgresql', opts.pg));
const endLoad = load1();

const reports = results.map(report);
const flags = [opts.minutes !== 10 && `--minutes ${opts.minutes}`, opts.rate !== 10 && `--rate ${opts.rate}`, opts.connections !== 10 && `--connections ${opts.connections}`, opts.maxRequests && `--max-requests ${opts.maxRequests}`, opts.db !== 'sqlite' && `--db ${opts.db}`].filter(Boolean);
const section = [
  '## Soak (Reuters-21578)',
  '',
  `Measured ${today()} on ${machine()}, with \`npm run bench:soak${flags.length ? ` -- ${flags.join(' ')}` : ''}\`: ` +
    `${opts.minutes} minutes at a fixed ${opts.rate} requests/s over ${opts.connections} connections (autocannon's overallRate), at most ` +
    `${maxRequests.toLocaleString('en-US')} requests, against one wiregraph server child (NODE_ENV=production, no response cache) on loopback. ` +
    `Load average (1 min) ${startLoad} at the start and ${endLoad} at the end. The mix cycles through ${MIX.map((op) => op.label.replace(/^\(\d\) /, '')).join(', ')}. ` +
    'Latencies are per response as autocannon timed them; memory is VmRSS of the server process from /proc, last sample of each minute.',
  '',
  ...reports.map((r) => r.text),
].join('\n');
console.log(`\n${section}`);
if (opts.write) {
  writeSection('soak', section);
  console.log('\nWritten to docs/benchmarks.md');
}
process.exitCode = reports.every((r) => r.ok) ? 0 : 1;
