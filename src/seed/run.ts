// The seed run: source files -> extraction (on worker threads) -> store, one transaction per
// article, in file order. One bad file or record never stops the others; every failure is
// kept with its reason. Memory holds a few files' records at a time, never the corpus.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { primary, urlOfDb, type Db } from '../store/db.js';
import { PgArticleWriter } from '../store/pg-writer.js';
import { providerOf } from '../store/provider.js';
import { sqliteFile } from '../store/sqlite-file.js';
import { mergeBareSurnames } from '../store/merge.js';
import type { SaveOutcome } from '../store/article-rows.js';
import { SqliteArticleWriter } from '../store/sqlite-writer.js';
import { refreshStatistics } from '../store/statistics.js';
import type { ParsedArticle } from '../ingest/types.js';
import { IngestError, reasonOf } from '../ingest/errors.js';
import type { ExtractedFile, ExtractTask } from './extract-file.js';
import { listSourceFiles } from './files.js';
import { StatisticsSchedule } from './statistics.js';

export interface Failure {
  /** The file, or `file#record` for one record of a multi-record file. */
  source: string;
  reason: string;
}

export interface SeedSummary {
  files: number;
  /** Records seen: each wire-text file is one; a failed file counts as one. */
  records: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Records that are not articles (a Reuters record without a body), by reason. */
  skipped: Record<string, number>;
  failed: Failure[];
  /** Records loaded although read other than as written (a garbled DATE time), with what happened. */
  warnings: Failure[];
  /** Files left alone as documentation (README, .dtd). */
  ignored: string[];
  /** True when the run was stopped before the last file. */
  interrupted: boolean;
}

export interface FileResult {
  file: string;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
}

export interface SeedListener {
  start?(totalFiles: number): void;
  file?(result: FileResult, done: number, total: number): void;
}

export interface SeedOptions {
  /** Extraction threads; 0 extracts on the calling thread (tests, tiny folders). */
  workers?: number;
  /** Old-generation heap of each extraction thread, in MB (default 256); a file that needs more fails alone. */
  workerHeapMb?: number;
  /** Stops the run between articles: what is committed stays, nothing is half-written. */
  signal?: AbortSignal;
  /** Larger files are refused unread, so one stray dump cannot exhaust memory (default 20 MB). */
  maxFileBytes?: number;
  /** Called after each commit that changed what the API serves (e.g. to invalidate a cache). */
  onChange?: () => void;
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 2 ** 20;

/** Reads a source file, refusing it by its size before reading when it is too large. */
async function readSource(path: string, maxBytes: number): Promise<Uint8Array> {
  const { size } = await stat(path);
  if (size > maxBytes) {
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    throw new IngestError(path, `the file is ${mb(size)}, over the ${mb(maxBytes)} limit (--max-file-mb)`);
  }
  const bytes = await readFile(path);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

type Extract = (task: ExtractTask) => Promise<ExtractedFile>;

export const DEFAULT_WORKER_HEAP_MB = 256;

function extractor(workers: number, heapMb: number): { run: Extract; close: () => Promise<void> } {
  // Loaded only here: with workers, the main thread never holds the extractor's lexicons and
  // models (about 60 MB of a run's memory).
  if (workers === 0) return { run: async (task) => (await import('./extract-file.js')).extractFile(task), close: async () => {} };
  const pool = new Piscina<ExtractTask, ExtractedFile>({
    filename: new URL('./extract-worker.ts', import.meta.url).href,
    maxThreads: workers,
    minThreads: workers,
    // V8 grows a busy worker's heap far past what it keeps alive (about 60 MB, plus one file's
    // records): a 16 MB young generation and a 256 MB old one make it collect sooner. A
    // Reuters-21578 load then peaks at about 400 MB RSS instead of 530-610, in the same time;
    // an 18 MB file of 15,000 articles still fits. A file that does not fails alone (below).
    resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: heapMb },
  });
  return { run: (task) => pool.run(task, { transferList: [task.bytes.buffer as ArrayBuffer] }), close: () => pool.destroy() };
}

export function emptySummary(): SeedSummary {
  return { files: 0, records: 0, created: 0, updated: 0, unchanged: 0, skipped: {}, failed: [], warnings: [], ignored: [], interrupted: false };
}

type Save = (article: ParsedArticle) => Promise<SaveOutcome> | SaveOutcome;

/**
 * How this run writes an article: straight through the database's own driver, one
 * transaction per article. Prisma, which the API reads through, costs about a millisecond a
 * statement: minutes instead of seconds on a corpus of 19,000 articles.
 */
export function articleWriter(db: Db): { save: Save; close: () => Promise<void> } {
  const url = urlOfDb(db);
  if (providerOf(url) === 'postgresql') {
    const postgres = new PgArticleWriter(url);
    return { save: (article) => postgres.save(article), close: () => postgres.close() };
  }
  const sqlite = new SqliteArticleWriter(sqliteFile(url));
  return { save: sqlite.save, close: async () => sqlite.close() };
}

type Changed = (outcome: Exclude<SaveOutcome, 'unchanged'>) => Promise<void>;

async function saveFile(save: Save, extracted: ExtractedFile, summary: SeedSummary, signal: AbortSignal | undefined, changed: Changed): Promise<FileResult> {
  const result: FileResult = { file: extracted.file, created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  if ('error' in extracted) {
    summary.records++;
    summary.failed.push({ source: extracted.file, reason: extracted.error });
    result.failed++;
    return result;
  }
  for (const record of extracted.records) {
    if (signal?.aborted) break;
    summary.records++;
    if (record.kind === 'skipped') {
      summary.skipped[record.reason] = (summary.skipped[record.reason] ?? 0) + 1;
      result.skipped++;
    } else if (record.kind === 'failed') {
      summary.failed.push({ source: record.key, reason: record.reason });
      result.failed++;
    } else {
      for (const reason of record.warnings ?? []) summary.warnings.push({ source: record.key, reason });
      let outcome: SaveOutcome;
      try {
        outcome = await save(record.article);
      } catch (error) {
        summary.failed.push({ source: record.key, reason: reasonOf(error) });
        result.failed++;
        continue;
      }
      summary[outcome]++;
      result[outcome]++;
      if (outcome !== 'unchanged') await changed(outcome);
    }
  }
  return result;
}

/** Loads or refreshes every source file below `dir`. */
export async function seedFolder(db: Db, dir: string, listener: SeedListener = {}, options: SeedOptions = {}): Promise<SeedSummary> {
  const { sources, ignored } = await listSourceFiles(dir);
  const summary: SeedSummary = { ...emptySummary(), files: sources.length, ignored };
  // Planner statistics follow the run, so that an API serving meanwhile keeps good plans.
  const statistics = new StatisticsSchedule(await primary(db).article.count());
  const { run, close } = extractor(options.workers ?? 0, options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB);
  const output = articleWriter(db);
  const refresh = async () => {
    await refreshStatistics(db);
    statistics.refreshed();
  };
  const changed: Changed = async (outcome) => {
    options.onChange?.();
    if (statistics.record(outcome)) await refresh();
  };
  // Extraction runs ahead of the writes by a few files: enough to keep the workers busy.
  const ahead = (options.workers ?? 0) + 1;
  const extractions: Promise<ExtractedFile>[] = [];
  const schedule = (i: number) => {
    const file = sources[i];
    if (file !== undefined && !extractions[i]) {
      // A worker that dies (out of memory on one huge file) fails that file; Piscina starts a new one.
      extractions[i] = readSource(join(dir, file), options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)
        .then((bytes) => run({ file, bytes }))
        .catch((error: unknown): ExtractedFile => ({ file, error: reasonOf(error) }));
    }
  };
  listener.start?.(sources.length);
  try {
    for (let i = 0; i < sources.length; i++) {
      if (options.signal?.aborted) break;
      for (let j = i; j < i + ahead; j++) schedule(j);
      const extracted = await extractions[i]!;
      delete extractions[i];
      const result = await saveFile(output.save, extracted, summary, options.signal, changed);
      listener.file?.(result, i + 1, sources.length);
    }
  } finally {
    await close();
    await output.close();
  }
  summary.interrupted = options.signal?.aborted ?? false;
  // Once the articles are in, bare surnames can join the one full name they belong to.
  if ((await mergeBareSurnames(primary(db))) > 0) options.onChange?.();
  if (statistics.dueAtEnd()) await refresh();
  return summary;
}

const n = (value: number) => value.toLocaleString('en-US');

export function formatSummary(s: SeedSummary): string {
  const skipped = Object.values(s.skipped).reduce((a, b) => a + b, 0);
  const lines = [
    `${s.interrupted ? 'Interrupted after' : 'Read'} ${n(s.files)} file${s.files === 1 ? '' : 's'} (${n(s.records)} record${s.records === 1 ? '' : 's'}): ` +
      `${n(s.created)} created, ${n(s.updated)} updated, ${n(s.unchanged)} unchanged, ${n(skipped)} skipped, ${n(s.failed.length)} failed.`,
    ...Object.entries(s.skipped).map(([reason, count]) => `  skipped: ${n(count)} × ${reason}`),
    ...s.warnings.map((w) => `  warning: ${w.source}: ${w.reason}`),
    ...s.failed.map((f) => `  failed: ${f.source}: ${f.reason}`),
  ];
  if (s.ignored.length > 0) lines.push(`Ignored ${s.ignored.length} file${s.ignored.length === 1 ? '' : 's'} that are not articles: ${s.ignored.join(', ')}.`);
  return lines.join('\n');
}
