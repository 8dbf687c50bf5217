// The execution pool: GraphQL operations run on worker threads (./worker.ts), each with its own
// database connection. On SQLite this is what keeps one slow query from freezing the process
// (better-sqlite3 runs statements on the calling thread), and it puts the second core to work.
import { availableParallelism } from 'node:os';
import { GraphQLError, parse, print, type DocumentNode, type ExecutionResult } from 'graphql';
import { Piscina } from 'piscina';
import type { Config } from '../config.js';
import { providerOf } from '../store/provider.js';
import type { Guard } from './guard.js';
import type { Task } from './worker.js';
import { fromWire, type WireResult } from './wire.js';

export interface ExecutionPool {
  run(args: { document: DocumentNode; variableValues?: Record<string, unknown> | null; operationName?: string | null }, guard: Guard): Promise<ExecutionResult>;
  close(): Promise<void>;
}

/**
 * EXECUTION_WORKERS, or when unset one thread per core but one: the HTTP thread (which answers
 * /health, signals and refusals) and the database keep a core, so a burst of heavy operations
 * cannot starve them on a small machine. On 2 cores with PostgreSQL, tests/server/attacks.test.ts
 * saw /health p99 over its 200 ms bound in 3 of 3 runs with two workers (202 to 758 ms), and
 * within it in 3 of 5 runs with one (201 and 268 ms in the others).
 */
export function workerCount(config: Pick<Config, 'EXECUTION_WORKERS'>): number {
  return config.EXECUTION_WORKERS ?? Math.max(1, availableParallelism() - 1);
}

/** The heap one worker thread may grow to. */
export const WORKER_HEAP_MB = 512;

export function busyError(): GraphQLError {
  return new GraphQLError('The server is busy: too many requests are waiting. Try again in a moment.', {
    extensions: { code: 'SERVER_BUSY', http: { status: 503, headers: { 'retry-after': '1' } } },
  });
}

/**
 * The document as Yoga's plugins left it (the response cache adds fields), with each node's
 * offsets in the client's text, so errors raised on the worker point at what the client wrote.
 */
function shipped(document: DocumentNode): { document: string; source: string } {
  const source = document.loc?.source.body;
  if (source === undefined) {
    // Built without locations: ship its printed text and locate in that.
    const printed = print(document);
    return { document: JSON.stringify(parse(printed), (key, value: unknown) => (key === 'loc' ? offsets(value) : value)), source: printed };
  }
  return { document: JSON.stringify(document, (key, value: unknown) => (key === 'loc' ? offsets(value) : value)), source };
}

function offsets(loc: unknown): { start: number; end: number } | undefined {
  const { start, end } = (loc ?? {}) as { start?: number; end?: number };
  return start === undefined || end === undefined ? undefined : { start, end };
}

export function createExecutionPool(url: string, config: Config): ExecutionPool {
  const threads = Math.max(1, workerCount(config));
  const pool = new Piscina<Task, string>({
    filename: new URL('./worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Infinity,
    // Requests past this wait are refused at once rather than queued for minutes.
    maxQueue: config.MAX_CONCURRENT_REQUESTS,
    // A runaway operation ends its own thread (ERR_WORKER_OUT_OF_MEMORY, a masked error for
    // that request) instead of the process; the cost model keeps real ones far below this.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // SQLite statements hold their thread; PostgreSQL ones wait on the network.
    concurrentTasksPerWorker: providerOf(url) === 'postgresql' ? 4 : 1,
    workerData: {
      url,
      poolSize: Math.max(2, Math.ceil(config.DATABASE_POOL_SIZE / threads)),
      replicaUrls: config.DATABASE_REPLICA_URLS,
      statementTimeoutMs: config.REQUEST_TIMEOUT_MS,
    },
  });
  return {
    async run(args, guard) {
      const task: Task = { ...shipped(args.document), guard };
      if (args.variableValues) task.variables = args.variableValues;
      if (args.operationName) task.operationName = args.operationName;
      try {
        return fromWire(JSON.parse(await pool.run(task)) as WireResult, task.source);
      } catch (error) {
        if (error instanceof Error && error.message === 'Task queue is at limit') return { errors: [busyError()] };
        throw error;
      }
    },
    close: () => pool.destroy(),
  };
}
