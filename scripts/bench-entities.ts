// Throughput of entity extraction alone: articles per second over the PolNeAR train
// texts (or any directory given as the first argument). Not a test: prints one line.
//   npx tsx scripts/bench-entities.ts [dir]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../src/ingest/entities/index.js';
import { readWireText } from '../src/ingest/formats/wire-text.js';

const dir = process.argv[2] ?? '../shared/corpus/polnear/train/text';
if (!existsSync(dir)) {
  console.log(`bench-entities: ${dir} not found (needs ../shared); skipped.`);
  process.exit(0);
}
const drafts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readWireText(readFileSync(join(dir, f), 'utf8'), f));
const bytes = drafts.reduce((s, d) => s + d.text.length, 0);

// Warm up (JIT, gazetteer tables), then time several passes. On a shared machine the
// wall clock also counts time spent waiting for a core, so the best pass is reported next
// to the mean, and CPU time (user + system of this process) next to both.
for (const d of drafts.slice(0, 50)) extractEntities(d);
const passes = 5;
let entities = 0;
const times: number[] = [];
const cpu0 = process.cpuUsage();
for (let p = 0; p < passes; p++) {
  const t0 = performance.now();
  for (const d of drafts) entities += extractEntities(d).length;
  times.push(performance.now() - t0);
}
const cpu = process.cpuUsage(cpu0);
const n = drafts.length * passes;
const ms = times.reduce((a, b) => a + b, 0);
const best = Math.min(...times);
const cpuMs = (cpu.user + cpu.system) / 1000;
const rate = (articles: number, millis: number): number => Math.round((articles / millis) * 1000);
console.log(
  `${drafts.length} articles (mean ${Math.round(bytes / drafts.length)} chars), ${passes} passes: ` +
    `${rate(n, ms)} articles/s mean, ${rate(drafts.length, best)} articles/s best pass, ` +
    `${rate(n, cpuMs)} articles per CPU-second, ${(ms / n).toFixed(3)} ms/article, ` +
    `${((ms / n) / (bytes / drafts.length / 1024)).toFixed(3)} ms/KB, ${Math.round(entities / n)} entities/article`,
);
