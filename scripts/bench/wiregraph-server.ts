// The wiregraph server as the benchmarks run it: what src/cli/start.ts does, minus the seeding
// of an empty database (the benchmark loads its own). The response cache follows the
// environment servers.ts gives: off, or on (REDIS_URL for Redis). Started by
// scripts/bench/servers.ts as a child process.
//
// With WIREGRAPH_BENCH_COUNT_SQL=1 it also counts the SQL statements Prisma sends (the hook the
// tests use) and answers `{ type: 'sql-count' }` IPC messages with the running total. Counting
// costs time per statement, so load is measured on an instance started without it.
import type { AddressInfo } from 'node:net';
import { connectRedis } from '../../src/cache/redis.js';
import { loadConfig } from '../../src/config.js';
import { createExecutionPool, workerCount } from '../../src/execution/pool.js';
import { createApp, listen } from '../../src/server.js';
import { openDb } from '../../src/store/db.js';
import type { ChildReply, ChildRequest } from './ipc.js';

const config = loadConfig();
const counting = process.env.WIREGRAPH_BENCH_COUNT_SQL === '1';
let statements = 0;
const db = await openDb(config.DATABASE_URL, {
  poolSize: config.DATABASE_POOL_SIZE,
  ...(counting ? { onQuery: () => void statements++ } : {}),
});

const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL) : undefined;
// As deployed, operations run on the worker pool; the counting instance runs them here, where
// the statement hook sees them.
const pool = !counting && workerCount(config) > 0 ? createExecutionPool(config.DATABASE_URL, config) : undefined;
const server = await listen(createApp(db, config, redis, pool), config.PORT, config.HOST);
const { port } = server.address() as AddressInfo;

process.on('message', (message: ChildRequest) => {
  if (message.type === 'sql-count') process.send?.({ type: 'sql-count', statements } satisfies ChildReply);
});
process.send?.({ type: 'ready', port } satisfies ChildReply);

process.on('SIGTERM', () => {
  server.close(() => {
    redis?.disconnect();
    void Promise.resolve(pool?.close())
      .then(() => db.$disconnect())
      .then(() => process.exit(0));
  });
  server.closeIdleConnections();
});
