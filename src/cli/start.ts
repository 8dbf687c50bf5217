// npm start: (migrations are applied by the npm script first) seed an empty database, then serve.
import type { AddressInfo } from 'node:net';
import { connectRedis } from '../cache/redis.js';
import { seedInvalidation } from '../cache/seed-invalidation.js';
import { loadConfig } from '../config.js';
import { formatSummary, seedFolder } from '../seed/run.js';
import { progressListener } from '../seed/progress.js';
import { createApp, listen } from '../server.js';
import { createExecutionPool, workerCount } from '../execution/pool.js';
import { openDb, primary, urlOfDb } from '../store/db.js';

const config = loadConfig();
const db = await openDb(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE, replicaUrls: config.DATABASE_REPLICA_URLS });
const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL) : undefined;

if ((await primary(db).article.count()) === 0) {
  console.log(`The database is empty: loading ${config.SEED_DIR}/`);
  const cache = redis && seedInvalidation(redis, config.REDIS_KEY_PREFIX);
  const summary = await seedFolder(db, config.SEED_DIR, progressListener(), { onChange: cache?.onChange });
  await cache?.settled();
  console.log(formatSummary(summary));
}

const pool = workerCount(config) > 0 ? createExecutionPool(urlOfDb(db), config) : undefined;
const app = createApp(db, config, redis, pool);
const server = await listen(app, config.PORT, config.HOST);
const { port } = server.address() as AddressInfo;
console.log(`wiregraph is serving GraphQL${config.GRAPHIQL ? ' and GraphiQL' : ''} at http://localhost:${port}/graphql`);
console.log(
  pool
    ? `Operations run on ${workerCount(config)} worker thread(s); each request has ${config.REQUEST_TIMEOUT_MS} ms (REQUEST_TIMEOUT_MS)`
    : `Operations run on the HTTP thread (EXECUTION_WORKERS=0); each request has ${config.REQUEST_TIMEOUT_MS} ms (REQUEST_TIMEOUT_MS)`,
);
if (redis) console.log(`Responses are cached in Redis for ${config.RESPONSE_CACHE_TTL_SECONDS} s, and invalidated by seed runs`);
if (config.DATABASE_REPLICA_URLS.length > 0) console.log(`Reads go to ${config.DATABASE_REPLICA_URLS.length} read replica(s)`);

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests (at most ${config.SHUTDOWN_TIMEOUT_MS} ms), then closing`);
  // In-flight requests end by their deadline; a statement that still holds a worker does not
  // hold the process: past the shutdown timeout it exits anyway.
  setTimeout(() => {
    console.log(`${signal}: still busy after ${config.SHUTDOWN_TIMEOUT_MS} ms (SHUTDOWN_TIMEOUT_MS); exiting now`);
    process.exit(0);
  }, config.SHUTDOWN_TIMEOUT_MS).unref();
  server.close(() => {
    redis?.disconnect();
    void Promise.resolve(app.dispose())
      .then(() => pool?.close())
      .then(() => db.$disconnect())
      .then(() => process.exit(0));
  });
  server.closeIdleConnections();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
