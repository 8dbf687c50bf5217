import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { ParsedArticle } from '../../src/ingest/types.js';
import { articleWriter } from '../../src/seed/run.js';
import { openDb, type Db, type DbOptions } from '../../src/store/db.js';
import { databaseUrl } from './global-setup.js';

/** The provider this test run exercises (the vitest project's). */
export const provider = inject('provider');

/** A fresh, migrated database of its own: a copy of the run's template. */
export async function createTestDb(options: DbOptions = {}): Promise<{ db: Db; url: string }> {
  if (provider === 'sqlite') {
    const file = join(mkdtempSync(join(tmpdir(), 'wiregraph-db-')), 'test.db');
    copyFileSync(inject('templateDb'), file);
    const url = `file:${file}`;
    return { db: await openDb(url, options), url };
  }
  const server = inject('pgServer');
  const template = inject('templateDb');
  const name = `${template.replace(/_template$/, '')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    // Two copies of one template cannot be made at once: take turns.
    await admin.query('SELECT pg_advisory_lock(727073)');
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.query('SELECT pg_advisory_unlock(727073)');
  } finally {
    await admin.end();
  }
  const url = databaseUrl(server, name);
  return { db: await openDb(url, options), url };
}

/** The URL of a database with no tables at all (SQLite: a file not created yet). */
export async function createEmptyDbUrl(): Promise<string> {
  if (provider === 'sqlite') return `file:${join(mkdtempSync(join(tmpdir(), 'wiregraph-db-')), 'empty.db')}`;
  const server = inject('pgServer');
  const name = `${inject('templateDb').replace(/_template$/, '')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return databaseUrl(server, name);
}

/** Saves one parsed article through the seed's own writer for the database's provider. */
export async function saveArticle(db: Db, article: ParsedArticle): Promise<void> {
  const writer = articleWriter(db);
  try {
    await writer.save(article);
  } finally {
    await writer.close();
  }
}
