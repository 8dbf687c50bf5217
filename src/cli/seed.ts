// npm run seed -- [--dir DIR] [--workers N]: loads or refreshes a folder of source files.
// Ctrl-C (or SIGTERM) stops between articles: everything committed stays, and the next run
// picks up where this one stopped (unchanged articles are recognised by their hash).
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { connectRedis } from '../cache/redis.js';
import { seedInvalidation } from '../cache/seed-invalidation.js';
import { loadConfig } from '../config.js';
import { progressListener } from '../seed/progress.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_WORKER_HEAP_MB, formatSummary, seedFolder } from '../seed/run.js';
import { openDb } from '../store/db.js';

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

const config = loadConfig();
const options = new Command('seed')
  .description('Load or refresh a folder of source files into the database.')
  .option('-d, --dir <dir>', 'folder of source files', config.SEED_DIR)
  // The main thread writes; the other cores extract.
  .option('-w, --workers <n>', 'extraction threads (0: extract on the main thread)', count, Math.max(1, availableParallelism() - 1))
  .option('--max-file-mb <mb>', 'refuse files larger than this', count, DEFAULT_MAX_FILE_BYTES / 2 ** 20)
  .option('--worker-heap-mb <mb>', 'heap of each extraction thread; a file that needs more fails alone', count, DEFAULT_WORKER_HEAP_MB)
  .parse()
  .opts<{ dir: string; workers: number; maxFileMb: number; workerHeapMb: number }>();

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: finishing the article in flight, then stopping.\n`);
    stop.abort();
  });
}

const db = await openDb(config.DATABASE_URL);
// With a shared response cache, every change this run commits invalidates it.
const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL) : undefined;
const cache = redis && seedInvalidation(redis, config.REDIS_KEY_PREFIX);
try {
  const summary = await seedFolder(db, options.dir, progressListener(), {
    workers: options.workers,
    signal: stop.signal,
    maxFileBytes: options.maxFileMb * 2 ** 20,
    workerHeapMb: options.workerHeapMb,
    onChange: cache?.onChange,
  });
  await cache?.settled();
  console.log(formatSummary(summary));
  process.exitCode = summary.interrupted ? 130 : summary.failed.length > 0 ? 1 : 0;
} finally {
  redis?.disconnect();
  await db.$disconnect();
}
