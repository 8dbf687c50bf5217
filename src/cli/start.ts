// npm start: (migrations are applied by the npm script first) seed an empty database, then serve.
import type { AddressInfo } from 'node:net';
import { connectRedis } from '../cache/redis.js';
import { seedInvalidation } from '../cache/seed-invalidation.js';
import { loadConfig } from '../config.js';
import { formatSummary, seedFolder } from '../seed/run.js';
import { progressListener } from '../seed/progress.js';
import { createApp, listen } from '../server.js';
import { openDb, primary } from '../store/db.js';

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

const app = createApp(db, config, redis);
const server = await listen(app, config.PORT, config.HOST);
const { port } = server.address() as AddressInfo;
console.log(`wiregraph is serving GraphQL and GraphiQL at http://localhost:${port}/graphql`);
if (redis) console.log(`Responses are cached in Redis for ${config.RESPONSE_CACHE_TTL_SECONDS} s, and invalidated by seed runs`);
if (config.DATABASE_REPLICA_URLS.length > 0) console.log(`Reads go to ${config.DATABASE_REPLICA_URLS.length} read replica(s)`);

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests, then closing`);
  server.close(() => {
    redis?.disconnect();
    void Promise.resolve(app.dispose())
      .then(() => db.$disconnect())
      .then(() => process.exit(0));
  });
  server.closeIdleConnections();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
