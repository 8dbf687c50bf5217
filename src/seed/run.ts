// The seed run: source files -> ingest (pure) -> store, one transaction per article.
// One bad file never stops the others; each failure is kept with its reason.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeSource, parse, reasonOf } from '../ingest/index.js';
import type { Db } from '../store/db.js';
import { mergeBareSurnames } from '../store/merge.js';
import { saveArticle, type SaveOutcome } from '../store/save.js';
import { listSourceFiles } from './files.js';

export interface FileFailure {
  file: string;
  reason: string;
}

export interface SeedSummary {
  files: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: FileFailure[];
}

export interface FileResult {
  file: string;
  outcomes: SaveOutcome[];
  failure: FileFailure | null;
}

export interface SeedListener {
  start?(totalFiles: number): void;
  file?(result: FileResult, done: number, total: number): void;
}

async function seedFile(db: Db, dir: string, file: string): Promise<FileResult> {
  const outcomes: SaveOutcome[] = [];
  try {
    const text = decodeSource(await readFile(join(dir, file)), file);
    for (const article of parse(text, file)) outcomes.push(await saveArticle(db, article));
    return { file, outcomes, failure: null };
  } catch (error) {
    return { file, outcomes, failure: { file, reason: reasonOf(error) } };
  }
}

/** Loads or refreshes every source file below `dir`. */
export async function seedFolder(db: Db, dir: string, listener: SeedListener = {}): Promise<SeedSummary> {
  const files = await listSourceFiles(dir);
  const summary: SeedSummary = { files: files.length, created: 0, updated: 0, unchanged: 0, failed: [] };
  listener.start?.(files.length);
  for (const [i, file] of files.entries()) {
    const result = await seedFile(db, dir, file);
    for (const outcome of result.outcomes) summary[outcome]++;
    if (result.failure) summary.failed.push(result.failure);
    listener.file?.(result, i + 1, files.length);
  }
  // Once every article is in, bare surnames can join the one full name they belong to.
  await mergeBareSurnames(db);
  return summary;
}

export function formatSummary(s: SeedSummary): string {
  const lines = [
    `Read ${s.files} file${s.files === 1 ? '' : 's'}: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed.length} failed.`,
    ...s.failed.map((f) => `  failed: ${f.file}: ${f.reason}`),
  ];
  return lines.join('\n');
}
