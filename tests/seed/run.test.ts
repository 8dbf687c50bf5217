import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatSummary, seedFolder } from '../../src/seed/run.js';
import type { Db } from '../../src/store/db.js';
import { createTestDb } from '../helpers/db.js';

const SEED = '000_fd439a6a3e23e835.txt';

async function counts(db: Db) {
  const [articles, journalists, credits, blocks] = await Promise.all([
    db.article.count(),
    db.journalist.count(),
    db.credit.count(),
    db.block.count(),
  ]);
  return { articles, journalists, credits, blocks };
}

function folderWithSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiregraph-seeds-'));
  copyFileSync(join('seeds', SEED), join(dir, SEED));
  return dir;
}

describe('seedFolder', () => {
  let db: Db;
  beforeEach(async () => {
    ({ db } = await createTestDb());
  });

  it('loads the seeds, and a second run changes nothing', async () => {
    const dir = folderWithSeed();
    expect(await seedFolder(db, dir)).toEqual({ files: 1, created: 1, updated: 0, unchanged: 0, failed: [] });
    const first = await counts(db);
    expect(first).toEqual({ articles: 1, journalists: 5, credits: 7, blocks: 17 });

    expect(await seedFolder(db, dir)).toEqual({ files: 1, created: 0, updated: 0, unchanged: 1, failed: [] });
    expect(await counts(db)).toEqual(first);
  });

  it('updates an edited file in place', async () => {
    const dir = folderWithSeed();
    await seedFolder(db, dir);
    const before = await db.article.findFirstOrThrow();

    const edited = readFileSync(join(dir, SEED), 'utf8')
      .replace('pure fiction’', 'pure invention’')
      .replace('editing by Andrew Osborn/William Maclean', 'editing by Andrew Osborn');
    writeFileSync(join(dir, SEED), edited);

    expect(await seedFolder(db, dir)).toEqual({ files: 1, created: 0, updated: 1, unchanged: 0, failed: [] });
    const after = await db.article.findFirstOrThrow();
    expect(after.id).toBe(before.id);
    expect(after.title).toBe('Kremlin says reports that Trump and Putin spoke in recent days are ‘pure invention’');
    expect(after.text).toBe(edited);
    expect(await counts(db)).toEqual({ articles: 1, journalists: 5, credits: 6, blocks: 17 });
  });

  it('loads the good file, reports an empty and a binary file by name, and counts them', async () => {
    const dir = folderWithSeed();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));

    const summary = await seedFolder(db, dir);
    expect(summary).toEqual({
      files: 3,
      created: 1,
      updated: 0,
      unchanged: 0,
      failed: [
        { file: 'empty.txt', reason: 'the file is empty' },
        { file: 'photo.jpg', reason: 'the file is binary (it contains NUL bytes), not text' },
      ],
    });
    expect(formatSummary(summary)).toBe(
      [
        'Read 3 files: 1 created, 0 updated, 0 unchanged, 2 failed.',
        '  failed: empty.txt: the file is empty',
        '  failed: photo.jpg: the file is binary (it contains NUL bytes), not text',
      ].join('\n'),
    );
    expect(await db.article.count()).toBe(1);
  });

  it('gives two articles with the same title distinct slugs', async () => {
    const dir = folderWithSeed();
    copyFileSync(join(dir, SEED), join(dir, 'copy.txt'));
    await seedFolder(db, dir);
    const slugs = (await db.article.findMany({ orderBy: { id: 'asc' }, select: { slug: true } })).map((a) => a.slug);
    expect(slugs[0]).toBe('kremlin-says-reports-that-trump-and-putin-spoke-in-recent-days-are-pure-fiction');
    expect(slugs[1]).toMatch(/^kremlin-says-reports-that-trump-and-putin-spoke-in-recent-days-are-pure-fiction-[0-9a-f]{8}$/);
  });
});
