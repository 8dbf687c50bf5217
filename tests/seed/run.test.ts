import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptySummary, formatSummary, seedFolder } from '../../src/seed/run.js';
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
    expect(await seedFolder(db, dir)).toEqual({ ...emptySummary(), files: 1, records: 1, created: 1 });
    const first = await counts(db);
    expect(first).toEqual({ articles: 1, journalists: 5, credits: 7, blocks: 17 });

    expect(await seedFolder(db, dir)).toEqual({ ...emptySummary(), files: 1, records: 1, unchanged: 1 });
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

    expect(await seedFolder(db, dir)).toEqual({ ...emptySummary(), files: 1, records: 1, updated: 1 });
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
      ...emptySummary(),
      files: 3,
      records: 3,
      created: 1,
      failed: [
        { source: 'empty.txt', reason: 'the file is empty' },
        { source: 'photo.jpg', reason: 'the file is binary (it contains NUL bytes), not text' },
      ],
    });
    expect(formatSummary(summary)).toBe(
      [
        'Read 3 files (3 records): 1 created, 0 updated, 0 unchanged, 0 skipped, 2 failed.',
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

  it('loads Reuters SGML records, counts records without a body as skipped, and ignores corpus docs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-sgml-'));
    const record = (id: number, body: string) =>
      `<REUTERS TOPICS="NO" NEWID="${id}">\n<DATE>26-FEB-1987 15:0${id}:13.72</DATE>\n<TEXT>&#2;\n<TITLE>STORY ${id}</TITLE>\n` +
      `<DATELINE>    LONDON, Feb 26 - </DATELINE>${body}</TEXT>\n</REUTERS>\n`;
    writeFileSync(
      join(dir, 'sample.sgm'),
      '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' +
        record(1, '<BODY>Shell said it would raise prices.\n Reuter\n&#3;</BODY>') +
        record(2, '<BODY>BP said output rose 5 pct in January.\n Reuter\n&#3;</BODY>') +
        `<REUTERS NEWID="3">\n<DATE>26-FEB-1987 15:03:13.72</DATE>\n<TEXT TYPE="BRIEF">&#2;\n<TITLE>BRIEF ONLY</TITLE>\n</TEXT>\n</REUTERS>\n`,
    );
    writeFileSync(join(dir, 'README.txt'), 'About this corpus.\n');
    writeFileSync(join(dir, 'lewis.dtd'), '<!ELEMENT LEWIS (REUTERS*)>\n');

    const summary = await seedFolder(db, dir);
    expect(summary).toEqual({
      ...emptySummary(),
      files: 1,
      records: 3,
      created: 2,
      skipped: { 'no body (TEXT TYPE="BRIEF")': 1 },
      ignored: ['README.txt', 'lewis.dtd'],
    });
    expect(formatSummary(summary)).toBe(
      [
        'Read 1 file (3 records): 2 created, 0 updated, 0 unchanged, 1 skipped, 0 failed.',
        '  skipped: 1 × no body (TEXT TYPE="BRIEF")',
        'Ignored 2 files that are not articles: README.txt, lewis.dtd.',
      ].join('\n'),
    );
    const stories = await db.article.findMany({ orderBy: { id: 'asc' }, select: { sourceKey: true, title: true, dateline: true, publishedAt: true } });
    expect(stories).toEqual([
      { sourceKey: 'sample.sgm#1', title: 'STORY 1', dateline: 'LONDON', publishedAt: new Date('1987-02-26T15:01:13.720Z') },
      { sourceKey: 'sample.sgm#2', title: 'STORY 2', dateline: 'LONDON', publishedAt: new Date('1987-02-26T15:02:13.720Z') },
    ]);
    expect((await seedFolder(db, dir)).unchanged).toBe(2);
  });

  it('reports a record read with a warning by name, loads it, and does not fail the run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-warn-'));
    const record = (id: number, date: string, title: string) =>
      `<REUTERS NEWID="${id}">\n<DATE>${date}</DATE>\n<TEXT>&#2;\n<TITLE>${title}</TITLE>\n` +
      `<DATELINE>    NEW YORK, Narch 2 - </DATELINE><BODY>The bank said it was seized.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n`;
    // Titles as Reuters-21578 writes them: the ticker in &lt;...>, "&amp;" for "&".
    writeFileSync(
      join(dir, 'sample.sgm'),
      record(1, '31-MAR-1987 605:12:19.12', 'FIRST S&amp;L &lt;FSL> SEIZED') + record(2, '31-MAR-1987 10:00:00.00', 'FIRST S L FSL SEIZED'),
    );
    const warning = 'DATE "31-MAR-1987 605:12:19.12": the time "605:12:19.12" cannot be read; published on 1987-03-31 (00:00 UTC)';
    const summary = await seedFolder(db, dir);
    expect(summary).toEqual({ ...emptySummary(), files: 1, records: 2, created: 2, warnings: [{ source: 'sample.sgm#1', reason: warning }] });
    expect(formatSummary(summary)).toBe(
      ['Read 1 file (2 records): 2 created, 0 updated, 0 unchanged, 0 skipped, 0 failed.', `  warning: sample.sgm#1: ${warning}`].join('\n'),
    );
    const rows = async () => db.article.findMany({ orderBy: { id: 'asc' }, select: { slug: true, publishedAt: true, dateline: true } });
    const first = await rows();
    // Slugs from the decoded titles: the same words, so the second holds the hashed one.
    expect(first).toEqual([
      { slug: 'first-s-l-fsl-seized', publishedAt: new Date('1987-03-31T00:00:00Z'), dateline: 'NEW YORK' },
      { slug: expect.stringMatching(/^first-s-l-fsl-seized-[0-9a-f]{8}$/), publishedAt: new Date('1987-03-31T10:00:00Z'), dateline: 'NEW YORK' },
    ]);
    // A second run of the same file changes nothing, slugs included, and warns again.
    expect(await seedFolder(db, dir)).toMatchObject({ unchanged: 2, warnings: [{ source: 'sample.sgm#1', reason: warning }] });
    expect(await rows()).toEqual(first);
  });

  it('stops between articles when aborted, keeping what was committed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-abort-'));
    for (let i = 0; i < 3; i++) copyFileSync(join('seeds', SEED), join(dir, `copy-${i}.txt`));
    const stop = new AbortController();
    const summary = await seedFolder(db, dir, { file: () => stop.abort() }, { signal: stop.signal });
    expect(summary).toMatchObject({ interrupted: true, created: 1, records: 1 });
    expect(await db.article.count()).toBe(1);
    expect(await seedFolder(db, dir)).toMatchObject({ interrupted: false, created: 2, unchanged: 1 });
  });
});
