// Starts the servers the benchmarks measure as child processes (wiregraph, the hand-written
// limit, PostGraphile), each on a free loopback port, and stops them. Each child reports its
// port over IPC; its output goes to a log file so a failure can be read afterwards.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildReply } from './ipc.js';

/** `cached`: wiregraph with its response cache (in memory on SQLite, Redis on PostgreSQL). */
export type ServerKind = 'wiregraph' | 'cached' | 'limit' | 'postgraphile';

export interface ServerOptions {
  kind: ServerKind;
  databaseUrl: string;
  /** Count SQL statements in-process (wiregraph: Prisma's query event; limit: always). */
  countSql?: boolean;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  /** A name for the log file. */
  label: string;
  /** Redis for the `cached` kind on PostgreSQL, which has no in-memory cache. */
  redisUrl?: string;
}

export interface RunningServer {
  label: string;
  kind: ServerKind;
  pid: number;
  url: string;
  /** The child's running SQL statement total (only children that count). */
  sqlCount(): Promise<number>;
  /** Resident memory of the child, from /proc (kB). */
  rssKb(): number;
  stop(): Promise<void>;
  logFile: string;
}

const ENTRY: Record<ServerKind, string> = {
  wiregraph: 'scripts/bench/wiregraph-server.ts',
  cached: 'scripts/bench/wiregraph-server.ts',
  limit: 'bench/limit-server.ts',
  postgraphile: 'bench/peers/postgraphile-server.ts',
};

/** The benchmark's keys in Redis, apart from any deployment's. */
export const BENCH_REDIS_PREFIX = 'wiregraph-bench:';

export const LOG_DIR = join(tmpdir(), 'wiregraph-bench-logs');

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = join(LOG_DIR, `${options.label}.log`);
  const log = openSync(logFile, 'w');
  const child: ChildProcess = fork(ENTRY[options.kind], [], {
    execArgv: ['--import', 'tsx', ...(options.nodeFlags ?? [])],
    stdio: ['ignore', log, log, 'ipc'],
    env: {
      // A clean environment for the server: production mode as deployed, no replicas, and the
      // response cache off (it would measure itself, not the query path) except in `cached`.
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      RESPONSE_CACHE: options.kind === 'cached' ? 'true' : 'false',
      ...(options.kind === 'cached' && options.redisUrl ? { REDIS_URL: options.redisUrl, REDIS_KEY_PREFIX: BENCH_REDIS_PREFIX } : {}),
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: '10',
      // The load generator is one address standing for many readers: the per-client cap would
      // refuse half of its 32 connections. The total cap (64) stays as deployed.
      MAX_CONCURRENT_PER_CLIENT: '64',
      PORT: '0',
      HOST: '127.0.0.1',
      ...(options.countSql ? { WIREGRAPH_BENCH_COUNT_SQL: '1' } : {}),
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.label} did not start in 60 s; see ${logFile}`)), 60_000);
    child.on('message', (m: ChildReply) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.port);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.label} exited with ${code} before listening:\n${readFileSync(logFile, 'utf8').slice(-2000)}`));
    });
  });
  const pid = child.pid!;
  return {
    label: options.label,
    kind: options.kind,
    pid,
    url: `http://127.0.0.1:${port}/graphql`,
    logFile,
    sqlCount: () =>
      new Promise((resolve) => {
        const listen = (m: ChildReply) => {
          if (m.type !== 'sql-count') return;
          child.off('message', listen);
          resolve(m.statements);
        };
        child.on('message', listen);
        child.send({ type: 'sql-count' });
      }),
    rssKb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        // Ends this child only, by its own pid; a profile is written on a clean exit.
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** One POST of a GraphQL body; the parsed JSON answer and the status. */
export async function post(url: string, body: string): Promise<{ status: number; json: { data?: unknown; errors?: unknown[] } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, json: (await res.json()) as { data?: unknown; errors?: unknown[] } };
}
