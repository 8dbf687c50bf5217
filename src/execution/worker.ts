// A worker thread of the execution pool (./pool.ts): it runs GraphQL operations on its own
// database connection, so the HTTP thread stays free for probes, signals and other clients
// while a query computes. Every database call checks the request's guard first.
import { execute, Source, type DocumentNode } from 'graphql';
import { workerData } from 'piscina';
import { schema } from '../api/index.js';
import { createLoaders } from '../api/loaders.js';
import { beforeEachQuery, openDb, type Db } from '../store/db.js';
import { checkGuard, runGuarded, type Guard } from './guard.js';
import { toWire } from './wire.js';

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
  // A walk after a plain JSON.parse: a reviver function costs ten times as much.
  const attach = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) attach(item);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'loc') (child as { source?: Source }).source = source;
        else attach(child);
      }
    }
  };
  const document = JSON.parse(task.document) as DocumentNode;
  attach(document);
  return document;
}

/** The result as JSON (a WireResult): one string crosses threads faster than its objects. */
export default async function run(task: Task): Promise<string> {
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
    return JSON.stringify(toWire(result));
  });
}
