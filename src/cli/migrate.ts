// npm run migrate: applies the committed migrations DATABASE_URL lacks, through Prisma's CLI.
// When none is pending it does not start Prisma at all: its schema engine asks SQLite for a lock
// that a running API instance's open connection denies, so `npm run seed` next to `npm start`
// would fail for nothing.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadConfig } from '../config.js';
import { openDb } from '../store/db.js';
import { pendingMigrations } from '../store/migrations.js';

const { DATABASE_URL } = loadConfig();
const db = await openDb(DATABASE_URL);
const pending = await pendingMigrations(db);
await db.$disconnect();

if (pending.length > 0) {
  console.error(`Applying ${pending.length} migration${pending.length === 1 ? '' : 's'}: ${pending.join(', ')}`);
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const prisma = spawnSync(process.execPath, [cli, 'migrate', 'deploy'], { stdio: 'inherit' });
  if (prisma.status !== 0) {
    console.error('npm run migrate: prisma migrate deploy failed (see above).');
    process.exit(prisma.status ?? 1);
  }
}
