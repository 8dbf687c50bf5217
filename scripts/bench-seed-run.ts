// One end-to-end load for bench-ingest.ts, in a process of its own so its peak memory is its
// own: migrates DATABASE_URL, seeds the folder, prints {seconds, peakRssMb, created, failedCount, failed (the first five), interrupted} as JSON.
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { seedFolder } from '../src/seed/run.js';
import { openDb } from '../src/store/db.js';

const [dir, url] = process.argv.slice(2) as [string, string];
execFileSync('npx', ['prisma', 'migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
const db = await openDb(url);
let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const start = performance.now();
// As the seed command does: the main thread writes, the other cores extract.
const summary = await seedFolder(db, dir, {}, { workers: Math.max(1, availableParallelism() - 1) });
clearInterval(timer);
await db.$disconnect();
// The failures travel with the figures: a load that lost articles must not pass for a fast one.
console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000, peakRssMb: Math.round(peak / 2 ** 20), created: summary.created, failed: summary.failed.slice(0, 5), failedCount: summary.failed.length, interrupted: summary.interrupted }));
