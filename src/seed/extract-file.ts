// One source file's bytes -> its records, extracted. Pure CPU work with no database, so it
// can run on a worker thread (see ./extract-worker.ts) while the main thread writes.
import { decodeSource, parseRecords, reasonOf, type RecordResult } from '../ingest/index.js';

export interface ExtractTask {
  file: string;
  bytes: Uint8Array;
}

export type ExtractedFile = { file: string; records: RecordResult[] } | { file: string; error: string };

export function extractFile({ file, bytes }: ExtractTask): ExtractedFile {
  try {
    return { file, records: [...parseRecords(decodeSource(bytes, file), file)] };
  } catch (error) {
    return { file, error: reasonOf(error) };
  }
}
