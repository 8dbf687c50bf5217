import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openDb, type Db, type DbOptions } from '../../src/store/db.js';

/** A fresh, migrated database of its own, copied from the run's template. */
export async function createTestDb(options: DbOptions = {}): Promise<{ db: Db; url: string }> {
  const template = inject('templateDb');
  const file = join(mkdtempSync(join(tmpdir(), 'wiregraph-db-')), 'test.db');
  copyFileSync(template, file);
  const url = `file:${file}`;
  return { db: await openDb(url, options), url };
}
