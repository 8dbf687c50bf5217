// npm run bench:ingest [-- --dir DIR] [--limit N]: extraction alone and end-to-end loading of
// the Reuters-21578 corpus, side by side, into SQLite and (when one answers) PostgreSQL.
// Prints a table and writes it into docs/benchmarks.md. A script, not a test.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Command } from 'commander';
import pg from 'pg';
import { MODEL_FILES, taggerModels } from '../src/ingest/entities/tagger.js';
import { extractFile } from '../src/seed/extract-file.js';
import { pgAvailable } from './bench/options.js';

const opts = new Command('bench-ingest')
  .option('--dir <dir>', 'corpus folder', '../shared/corpus/reuters-21578')
  .option('--pg <url>', 'PostgreSQL server (a database is created and dropped)', process.env.WIREGRAPH_BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres')
  .option('--no-write', 'print only, leave docs/benchmarks.md alone')
  .parse()
  .opts<{ dir: string; pg: string; write: boolean }>();

if (!existsSync(opts.dir)) {
  console.log(`bench:ingest skipped: ${opts.dir} is absent (the Reuters-21578 corpus lives in ../shared).`);
  process.exit(0);
}

// As the seed command does (scripts/bench-seed-run.ts): the main thread writes, the other cores extract.
const WORKERS = Math.max(1, availableParallelism() - 1);
const files = readdirSync(opts.dir).filter((f) => f.endsWith('.sgm')).sort();

/** The tagger's model files: their size, and the time to load them (once per thread, before its first article). */
function modelLoad(): string {
  const start = performance.now();
  taggerModels();
  const ms = performance.now() - start;
  const mb = Object.values(MODEL_FILES).reduce((sum, f) => sum + statSync(f).size, 0) / 2 ** 20;
  return `tagger model ${mb.toFixed(1)} MB, loaded in ${Math.round(ms)} ms (once per thread, not in the time)`;
}

function extractionOnly(): { articles: number; seconds: number } {
  let articles = 0;
  const start = performance.now();
  for (const file of files) {
    const extracted = extractFile({ file, bytes: readFileSync(join(opts.dir, file)) });
    if ('records' in extracted) articles += extracted.records.filter((r) => r.kind === 'article').length;
  }
  return { articles, seconds: (performance.now() - start) / 1000 };
}

/** One load in a fresh process (scripts/bench-seed-run.ts), so its peak RSS is its own. */
function endToEnd(url: string): { seconds: number; peakRssMb: number; articles: number; note: string } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-seed-run.ts', opts.dir, url], { encoding: 'utf8' });
  const run = JSON.parse(out.trim().split('\n').at(-1)!) as { seconds: number; peakRssMb: number; created: number; failedCount: number; failed: { source: string; reason: string }[]; interrupted: boolean };
  for (const f of run.failed) console.error(`failed: ${f.source}: ${f.reason}`);
  const problems = [run.failedCount > 0 ? `${run.failedCount} FAILED` : '', run.interrupted ? 'INTERRUPTED' : ''].filter(Boolean).join(', ');
  return { seconds: run.seconds, peakRssMb: run.peakRssMb, articles: run.created, note: problems ? `, ${problems}` : '' };
}


const rows: string[] = [];
const line = (label: string, articles: number, seconds: number, extra = '') =>
  rows.push(`| ${label} | ${articles.toLocaleString('en-US')} | ${seconds.toFixed(1)} | ${Math.round(articles / seconds).toLocaleString('en-US')} | ${extra} |`);

console.log(`Corpus: ${files.length} files in ${opts.dir}`);
const model = modelLoad();
const extraction = extractionOnly();
line('extraction only, 1 thread (parse + quotes + entities)', extraction.articles, extraction.seconds, `per core; ${model}`);
console.log(rows.at(-1));

const sqliteDir = mkdtempSync(join(tmpdir(), 'wiregraph-bench-'));
const sqlite = endToEnd(`file:${join(sqliteDir, 'bench.db')}`);
line(`end to end into SQLite, ${WORKERS} extraction thread(s)`, sqlite.articles, sqlite.seconds, `peak RSS ${sqlite.peakRssMb} MB${sqlite.note}`);
console.log(rows.at(-1));
rmSync(sqliteDir, { recursive: true, force: true });

if (await pgAvailable(opts.pg)) {
  const name = `wiregraph_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: opts.pg });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(opts.pg);
  url.pathname = `/${name}`;
  try {
    const postgres = endToEnd(url.toString());
    line(`end to end into PostgreSQL, ${WORKERS} extraction thread(s)`, postgres.articles, postgres.seconds, `peak RSS ${postgres.peakRssMb} MB${postgres.note}`);
    console.log(rows.at(-1));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log(`PostgreSQL at ${opts.pg} does not answer: its row is left out.`);
}

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
    `Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end, with \`npm run bench:ingest\`.`,
  '',
  '| run | articles | seconds | articles/s | note |',
  '|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(`\n${table}`);

if (opts.write) {
  const path = 'docs/benchmarks.md';
  const begin = '<!-- ingest:start -->';
  const end = '<!-- ingest:end -->';
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const section = `${begin}\n## Ingestion (Reuters-21578)\n\n${table}\n${end}`;
  const next = current.includes(begin) ? current.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), section) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
