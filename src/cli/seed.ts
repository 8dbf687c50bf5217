// npm run seed -- [--dir DIR]: loads or refreshes a folder of source files.
import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { formatSummary, seedFolder } from '../seed/run.js';
import { progressListener } from '../seed/progress.js';
import { openDb } from '../store/db.js';

const config = loadConfig();
const options = new Command('seed')
  .description('Load or refresh a folder of source files into the database.')
  .option('-d, --dir <dir>', 'folder of source files', config.SEED_DIR)
  .parse()
  .opts<{ dir: string }>();

const db = await openDb(config.DATABASE_URL);
try {
  const summary = await seedFolder(db, options.dir, progressListener());
  console.log(formatSummary(summary));
  process.exitCode = summary.failed.length > 0 ? 1 : 0;
} finally {
  await db.$disconnect();
}
