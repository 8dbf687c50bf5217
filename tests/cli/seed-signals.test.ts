// A seed run stopped from outside, as an operator or an orchestrator would stop it: SIGINT and
// SIGTERM finish the article in flight and exit 130; SIGKILL (a crash) leaves whatever
// transaction was open uncommitted. Either way every article in the database is whole, and
// the next run loads exactly the rest.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { runCli } from '../helpers/cli.js';
import { createTestDb } from '../helpers/db.js';

const FILES = 40;

function folderOfCopies(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiregraph-signals-'));
  for (let i = 0; i < FILES; i++) copyFileSync('seeds/000_fd439a6a3e23e835.txt', join(dir, `story-${String(i).padStart(3, '0')}.txt`));
  return dir;
}

/** The rows of every stored article: each must be the seed article's complete set. */
async function articleShapes(db: Db) {
  const articles = await db.article.findMany({ select: { _count: { select: { blocks: true, credits: true, quotes: true, mentions: true, entities: true } } } });
  return articles.map((a) => a._count);
}

describe.each(['SIGINT', 'SIGTERM', 'SIGKILL'] as const)('a seed run stopped by %s', (signal) => {
  it('leaves only whole articles, and the next run loads the rest', async () => {
    const { db, url } = await createTestDb();
    const dir = folderOfCopies();
    const run = runCli('src/cli/seed.ts', ['--dir', dir, '--workers', '0'], { DATABASE_URL: url });
    // Stop it once a few files are in, while it is busy writing the next ones.
    await new Promise<void>((resolve) => {
      let seen = '';
      run.child.stderr!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (/\[5\/\d+\]/.test(seen)) resolve();
      });
    });
    run.child.kill(signal);
    const stopped = await run.done;

    if (signal === 'SIGKILL') {
      expect(stopped.code).toBeNull();
    } else {
      expect(stopped.code).toBe(130);
      expect(stopped.stderr).toContain(`${signal}: finishing the article in flight, then stopping.`);
      expect(stopped.stdout).toMatch(/^Interrupted after/);
    }

    const shapes = await articleShapes(db);
    const committed = shapes.length;
    expect(committed).toBeGreaterThanOrEqual(5);
    expect(committed).toBeLessThan(FILES);
    // 27 quotes: nine in quotation marks and 18 reported speeches (INDIRECT; listed in
    // tests/ingest/quotes/reported/extract.test.ts).
    const whole = { blocks: 17, credits: 7, quotes: 27, mentions: shapes[0]!.mentions, entities: shapes[0]!.entities };
    expect(shapes).toEqual(Array.from({ length: committed }, () => whole));

    const rest = await runCli('src/cli/seed.ts', ['--dir', dir, '--workers', '0'], { DATABASE_URL: url }).done;
    expect(rest.code).toBe(0);
    expect(rest.stdout).toContain(`Read ${FILES} files (${FILES} records): ${FILES - committed} created, 0 updated, ${committed} unchanged, 0 skipped, 0 failed.`);
    expect(await articleShapes(db)).toEqual(Array.from({ length: FILES }, () => whole));
  });
});
