// npm start: (migrations are applied by the npm script first) seed an empty database, then serve.
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config.js';
import { formatSummary, seedFolder } from '../seed/run.js';
import { progressListener } from '../seed/progress.js';
import { createApp, listen } from '../server.js';
import { openDb } from '../store/db.js';

const config = loadConfig();
const db = await openDb(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE });

if ((await db.article.count()) === 0) {
  console.log(`The database is empty: loading ${config.SEED_DIR}/`);
  const summary = await seedFolder(db, config.SEED_DIR, progressListener());
  console.log(formatSummary(summary));
}

const server = await listen(createApp(db, config), config.PORT, config.HOST);
const { port } = server.address() as AddressInfo;
console.log(`wiregraph is serving GraphQL and GraphiQL at http://localhost:${port}/graphql`);

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests, then closing`);
  server.close(() => void db.$disconnect().then(() => process.exit(0)));
  server.closeIdleConnections();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
