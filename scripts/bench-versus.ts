// Compares two checkouts' servers (by default another one with this tree), side by side in one run: the same
// operations as bench:api, the response cache off, slices interleaved so background load hits
// both alike. For a change that must not slow the query path (read the ratio, not the req/s).
//
//   git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
//   cp -r src/generated /tmp/base/src/       # the generated Prisma clients are not in git
//   npx tsx scripts/bench-versus.ts --base /tmp/base --sqlite file:/tmp/bench.db
import { fork } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { ensureLoaded } from './bench/dataset.js';
import type { ChildReply } from './bench/ipc.js';
import { sample, summarise, type LoadSample } from './bench/load.js';
import { load1, machine } from './bench/machine.js';
import { table } from './bench/markdown.js';
import { OPERATIONS, body, type OperationName } from './bench/operations.js';
import { positive } from './bench/options.js';
import { LOG_DIR } from './bench/servers.js';

const opts = new Command('bench-versus')
  .requiredOption('--base <dir>', 'the other checkout (with node_modules and src/generated)')
  .option('--head <dir>', 'the checkout to compare with it (default: this tree)', process.cwd())
  .option('--sqlite <url>', 'database to serve (loaded from --dir if needed)', 'file:/tmp/wg-bench/bench.db')
  .option('--dir <dir>', 'the Reuters-21578 corpus', '../shared/corpus/reuters-21578')
  .option('--connections <list>', 'comma-separated connection counts', '1,32')
  .option('--seconds <n>', 'seconds per slice', positive, 5)
  .option('--rounds <n>', 'slices per server and measurement', positive, 3)
  .option('--head-env <list>', 'extra environment for the head server, e.g. EXECUTION_WORKERS=0', '')
  .parse()
  .opts<{ base: string; head: string; sqlite: string; dir: string; connections: string; seconds: number; rounds: number; headEnv: string }>();
const headEnv = Object.fromEntries(opts.headEnv.split(',').filter(Boolean).map((pair) => pair.split('=', 2) as [string, string]));

interface Server {
  url: string;
  stop(): void;
}

/** One tree's bench server (scripts/bench/wiregraph-server.ts), run from that tree. */
async function start(tree: string, label: string, url: string, extraEnv: Record<string, string> = {}): Promise<Server> {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = openSync(join(LOG_DIR, `versus-${label}.log`), 'w');
  const child = fork(join(tree, 'scripts/bench/wiregraph-server.ts'), [], {
    cwd: tree,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', log, log, 'ipc'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      RESPONSE_CACHE: 'false',
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: '10',
      // One load generator stands for many readers (as in bench:api).
      MAX_CONCURRENT_PER_CLIENT: '64',
      PORT: '0',
      HOST: '127.0.0.1',
      ...extraEnv,
    },
  });
  const port = await new Promise<number>((done, fail) => {
    child.on('message', (m: ChildReply) => m.type === 'ready' && done(m.port));
    child.once('exit', (code) => fail(new Error(`${label} exited with ${code}; see ${LOG_DIR}`)));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => child.kill('SIGTERM') };
}

const url = opts.sqlite.replace(/^file:(?!\/)/, `file:${process.cwd()}/`);
await ensureLoaded(url, opts.dir);
console.log(`bench-versus on ${machine()}, load average ${load1()}: base ${resolve(opts.base)} vs ${resolve(opts.head)}`);
const servers = { base: await start(resolve(opts.base), 'base', url), head: await start(resolve(opts.head), 'head', url, headEnv) };
const rows: string[][] = [];
try {
  for (const name of Object.keys(OPERATIONS) as OperationName[]) {
    const request = body(OPERATIONS[name]);
    for (const connections of opts.connections.split(',').map(Number)) {
      const slices: Record<'base' | 'head', LoadSample[]> = { base: [], head: [] };
      for (const which of ['base', 'head'] as const) await sample(servers[which].url, request, connections, 1); // warm-up
      for (let round = 0; round < opts.rounds; round++) {
        // Alternate which goes first, so neither always meets the other's aftermath.
        const order = round % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const);
        for (const which of order) slices[which].push(await sample(servers[which].url, request, connections, opts.seconds));
      }
      const [base, head] = [summarise(slices.base), summarise(slices.head)];
      rows.push([
        OPERATIONS[name].label,
        String(connections),
        `${base.rps.toFixed(0)} (p50 ${base.p50.toFixed(1)} ms)`,
        `${head.rps.toFixed(0)} (p50 ${head.p50.toFixed(1)} ms)`,
        (head.rps / base.rps).toFixed(2),
        String(base.errors + head.errors),
      ]);
      console.log(rows.at(-1)!.join(' | '));
    }
  }
} finally {
  servers.base.stop();
  servers.head.stop();
}
console.log(`\n${table(['operation', 'connections', 'base req/s', 'head req/s', 'head ÷ base', 'errors'], rows)}`);
