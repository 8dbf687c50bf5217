// A worker thread of the execution pool (./pool.ts): it runs GraphQL operations on its own
// database connection, so the HTTP thread stays free for probes, signals and other clients
// while a query computes. Every database call checks the request's guard first.
import { execute, Source, type DocumentNode } from 'graphql';
import { workerData } from 'piscina';
import { schema } from '../api/index.js';
import { createLoaders } from '../api/loaders.js';
import { beforeEachQuery, openDb, type Db } from '../store/db.js';
import { checkGuard, runGuarded, type Guard } from './guard.js';
import { toWire, type WireResult } from './wire.js';

export interface WorkerOptions {
  url: string;
  poolSize: number;
  replicaUrls: string[];
  statementTimeoutMs: number;
}

export interface Task {
  /** The document's AST as JSON, each node's `loc` reduced to its offsets in `source`. */
  document: string;
  /** The text the client sent, which the offsets point into. */
  source: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  guard: Guard;
}

const options = workerData as WorkerOptions;
// Opened on the first task (a module of a worker cannot await at its top level under tsx).
let opened: Promise<Db> | undefined;
const database = () =>
  (opened ??= openDb(options.url, { poolSize: options.poolSize, replicaUrls: options.replicaUrls, statementTimeoutMs: options.statementTimeoutMs }).then(
    (db) => beforeEachQuery(db, checkGuard),
  ));

/** The shipped AST, its locations tied to the client's text again (for errors' locations). */
function revive(task: Task): DocumentNode {
  const source = new Source(task.source);
  return JSON.parse(task.document, (key, value: unknown) => (key === 'loc' && value ? { ...(value as object), source } : value)) as DocumentNode;
}

export default async function run(task: Task): Promise<WireResult> {
  const db = await database();
  return runGuarded(task.guard, async () => {
    // Abandoned while it waited in the queue: nothing to do.
    checkGuard();
    const result = await execute({
      schema,
      document: revive(task),
      variableValues: task.variables,
      operationName: task.operationName,
      contextValue: { db, loaders: createLoaders(db) },
    });
    return toWire(result);
  });
}
