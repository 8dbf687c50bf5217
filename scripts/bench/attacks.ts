// The attacks of the hardening audit, as requests an anonymous client can send, and a runner
// that fires them at a production server (`npm start`'s entry point, started here as a child
// process) while it measures what the server does meanwhile: /health latency and peak memory.
// Used by tests/server/attacks.test.ts on a generated database and by `npm run bench:attack`
// on Reuters-21578.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';

export interface GraphQLBody {
  query: string;
  variables?: Record<string, unknown>;
}

/** What a client may get for an attack: a refusal with a clear error, or an answer in time. */
export type Outcome = 'refused' | 'answered or refused at once';

export interface Attack {
  name: string;
  /** What the audit saw before the fix. */
  before: string;
  /** The request; a function gives each copy its own (so the response cache cannot answer). */
  body: GraphQLBody | ((copy: number) => GraphQLBody);
  /** Copies sent at once (default 1). */
  copies?: number;
  expect: Outcome;
  /** For a refusal: the error code every copy must get. */
  code?: string;
}

const offsetCursor = (n: number) => Buffer.from(`OffsetConnection:${n}`).toString('base64');

/**
 * The slowest request the limits accept, of the shapes tried on Reuters-21578 (`npm run
 * bench:attack` times each candidate): co-mentions of the most widely named entities, each a
 * self-join over thousands of articles (cost 18,270 of 20,000).
 */
export const WORST_ACCEPTED: GraphQLBody = {
  query: '{ entities(first: 55, orderBy: ARTICLES) { edges { node { name coMentions(first: 10) { sharedArticles entity { name } } } } } }',
};

/** The same request under a different alias per copy: a new cache key each, the same work. */
export function distinct(body: GraphQLBody): (copy: number) => GraphQLBody {
  return (copy) => ({ ...body, query: body.query.replace(/^(query[^{]*)?\{\s*/, (open) => `${open}c${copy}: `) });
}

/** Other requests near the cost limit, timed by the bench to show which is the worst. */
export const NEAR_THE_LIMIT: GraphQLBody[] = [
  WORST_ACCEPTED,
  { query: '{ articles(first: 55) { edges { node { related(first: 10) { score article { title } } } } } }' },
  {
    query: `{ articleFacets { total people: entities(type: PERSON, first: 20) { count entity { name } } organisations: entities(type: ORGANIZATION, first: 20) { count entity { name } }
      places: entities(type: LOCATION, first: 20) { count } all: entities(first: 20) { count } speakers(first: 20) { count } authors(first: 20) { count } sources { value count } days { day count } } }`,
  },
  { query: '{ quotes(first: 100) { totalCount edges { node { text speaker { name } article { title } } } } }' },
  { query: '{ articles(first: 100) { edges { node { title body paragraphs authors { name } } } } }' },
];

export const ATTACKS: Attack[] = [
  {
    name: 'nested coMentions, `first` as a variable (n = 100)',
    before: 'heap grew to 5.2 GB, the process died after about 3 minutes',
    body: {
      query:
        'query($n:Int){entities(first:$n,orderBy:ARTICLES){edges{node{name coMentions(first:$n){sharedArticles entity{name coMentions(first:$n){sharedArticles entity{name}}}}}}}}',
      variables: { n: 100 },
    },
    expect: 'refused',
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'articles → related → article → related, `first` as a variable (n = 100)',
    before: 'event loop blocked for about 6 minutes at 3.5 GB',
    body: { query: 'query($n:Int){articles(first:$n){edges{node{related(first:$n){article{related(first:$n){article{title}}}}}}}}', variables: { n: 100 } },
    expect: 'refused',
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'nested coMentions at their defaults (no `first` at all)',
    before: 'counted as 1 per field',
    body: { query: '{entities{edges{node{coMentions{entity{coMentions{entity{coMentions{entity{name}}}}}}}}}}' },
    expect: 'refused',
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: '200 prefix terms (`a* ` × 200, 600 bytes)',
    before: '45 s',
    body: { query: `{ search(query: "${'a* '.repeat(200).trim()}") { totalCount } }` },
    expect: 'refused',
    code: 'BAD_USER_INPUT',
  },
  {
    name: '30 aliased six-prefix OR searches at offset 100,000,000',
    before: '33.6 s',
    body: {
      query: `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: search(query: "a* OR b* OR c* OR d* OR e* OR f*", first: 100, after: "${offsetCursor(100_000_000)}") { edges { node { score } } }`).join(' ')} }`,
    },
    expect: 'refused',
  },
  {
    name: 'an id list of 5,000 entity ids',
    before: "SQLite's parameter limit: INTERNAL_SERVER_ERROR",
    body: {
      query: 'query($ids:[ID!]){articles(filter:{anyEntityIds:$ids}){totalCount}}',
      variables: { ids: Array.from({ length: 5_000 }, (_, i) => Buffer.from(`Entity:${i + 1}`).toString('base64')) },
    },
    expect: 'refused',
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a malformed cursor (`GPC:N:abc`)',
    before: '"Unexpected error." INTERNAL_SERVER_ERROR',
    body: { query: `{ articles(after: "${Buffer.from('GPC:N:abc').toString('base64')}") { totalCount } }` },
    expect: 'refused',
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'the worst accepted request, 50 distinct copies at once',
    before: 'one at a time on the only thread; /health did not answer',
    body: distinct(WORST_ACCEPTED),
    copies: 50,
    expect: 'answered or refused at once',
  },
  {
    name: '200 concurrent distinct article pages',
    before: '32.7 s, strictly one at a time',
    body: distinct({ query: '{ articles(first: 20) { totalCount edges { node { title authors { name } entities(first: 5) { entity { name } } } } } }' }),
    copies: 200,
    expect: 'answered or refused at once',
  },
];

export interface Reply {
  status: number;
  ms: number;
  code?: string;
  message?: string;
}

export async function post(url: string, body: GraphQLBody): Promise<Reply> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  const error = json.errors?.[0];
  return {
    status: response.status,
    ms: performance.now() - started,
    ...(error ? { message: error.message, ...(error.extensions?.code ? { code: error.extensions.code } : {}) } : {}),
  };
}

/** Polls /health every `everyMs` until stopped; the latencies, in ms. */
export function pollHealth(base: string, everyMs = 20): { stop: () => Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        await (await fetch(`${base}/health`)).text();
      } catch {
        // A refused or dropped probe counts as slow as the time it took.
      }
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return latencies;
    },
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface AttackResult {
  attack: Attack;
  replies: Reply[];
  /** Statuses and codes seen, e.g. `200 × 16, 429 TOO_MANY_REQUESTS × 34`. */
  summary: string;
  maxMs: number;
  healthP99: number;
  /** Every copy got what `attack.expect` allows. */
  passed: boolean;
  why?: string;
}

/** A refusal slower than this (client-side, under load on 2 cores) counts as having queued. */
export const REFUSED_AT_ONCE_MS = 2_000;

/** Sends an attack's copies at once while probing /health; judges the replies. */
export async function runAttack(server: ProductionServer, attack: Attack, timeoutMs: number): Promise<AttackResult> {
  const health = pollHealth(server.base);
  const body = attack.body;
  const replies = await Promise.all(Array.from({ length: attack.copies ?? 1 }, (_, copy) => post(server.graphql, typeof body === 'function' ? body(copy) : body)));
  const latencies = await health.stop();
  const counts = new Map<string, number>();
  for (const r of replies) counts.set(`${r.status}${r.code ? ` ${r.code}` : ''}`, (counts.get(`${r.status}${r.code ? ` ${r.code}` : ''}`) ?? 0) + 1);
  const summary = [...counts].map(([k, n]) => `${k} × ${n}`).join(', ');
  const maxMs = Math.max(...replies.map((r) => r.ms));
  const bad = replies.find((r) =>
    attack.expect === 'refused'
      ? r.status === 200 && !r.code
        ? true
        : attack.code !== undefined && r.code !== attack.code
      : // An answer within the deadline (plus delivery), or a refusal at once.
        !(
          (r.status === 200 && !r.code && r.ms <= timeoutMs + 1_000) ||
          // "At once": well before the deadline, where a queued request would have waited.
          ([429, 503].includes(r.status) && r.ms <= REFUSED_AT_ONCE_MS) ||
          (r.status === 504 && r.code === 'TIMEOUT' && r.ms <= timeoutMs + 1_000)
        ),
  );
  return {
    attack,
    replies,
    summary,
    maxMs,
    healthP99: percentile(latencies, 99),
    passed: bad === undefined,
    ...(bad ? { why: `${bad.status} ${bad.code ?? ''} after ${bad.ms.toFixed(0)} ms: ${bad.message ?? ''}` } : {}),
  };
}

export interface ProductionServer {
  base: string;
  graphql: string;
  child: ChildProcess;
  /** Peak resident memory of the server process so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** Sends `signal` and resolves with the exit code and how long the exit took. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
  log(): string;
}

/** `npm start`'s entry point in production mode on `databaseUrl` (already seeded), on a free port. */
export async function startProductionServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ProductionServer> {
  // No Redis: the in-process cache and its bounds are what an attack meets on the default setup.
  const { REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
    env: { ...inherited, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const port = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const m = /at http:\/\/localhost:(\d+)\/graphql/.exec(log);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', check);
    void exited.then(() => reject(new Error(`the server exited before listening:\n${log}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    graphql: `${base}/graphql`,
    child,
    peakRssMb: () => {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    stop: async (signal = 'SIGTERM') => {
      const started = performance.now();
      child.kill(signal);
      const code = await exited;
      return { code, ms: performance.now() - started };
    },
    log: () => log,
  };
}

/**
 * Opens `count` sockets that send half a request line and then nothing (slow headers), and
 * reports how many the server still holds open after `waitMs`.
 */
export async function slowHeaders(base: string, count: number, waitMs: number): Promise<{ opened: number; stillOpen: number }> {
  const { hostname, port } = new URL(base);
  const sockets: Socket[] = [];
  let closed = 0;
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve) => {
          const socket = connect(Number(port), hostname, () => {
            socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n');
            resolve();
          });
          // Read what the server sends (its 408), or its closing would never be seen here.
          socket.on('data', () => undefined);
          socket.on('error', () => resolve());
          socket.on('close', () => {
            closed += 1;
            resolve();
          });
          sockets.push(socket);
        }),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  const stillOpen = sockets.length - closed;
  for (const socket of sockets) socket.destroy();
  return { opened: sockets.length, stillOpen };
}
