import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createTestDb } from '../helpers/db.js';
import { runCli } from '../helpers/cli.js';

it('npm run seed loads the good file, names the bad ones, and exits non-zero', async () => {
  const { db, url } = await createTestDb();
  const dir = mkdtempSync(join(tmpdir(), 'wiregraph-cli-seed-'));
  copyFileSync('seeds/000_fd439a6a3e23e835.txt', join(dir, 'story.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blob.bin'), Buffer.from([1, 0, 2, 0, 3]));

  // Two extraction threads on the first run, none on the second.
  const { code, stdout, stderr } = await runCli('src/cli/seed.ts', ['--dir', dir, '--workers', '2'], { DATABASE_URL: url }).done;
  expect(stdout).toBe(
    [
      'Read 3 files (3 records): 1 created, 0 updated, 0 unchanged, 0 skipped, 2 failed.',
      '  failed: blob.bin: the file is binary (it contains NUL bytes), not text',
      '  failed: empty.txt: the file is empty',
      '',
    ].join('\n'),
  );
  // Not a terminal: one plain progress line per file instead of a bar.
  expect(stderr).toContain('[3/3] story.txt: 1 created');
  expect(code).toBe(1);
  expect(await db.article.count()).toBe(1);

  const again = await runCli('src/cli/seed.ts', ['--dir', dir, '--workers', '0'], { DATABASE_URL: url }).done;
  expect(again.stdout.split('\n')[0]).toBe('Read 3 files (3 records): 0 created, 0 updated, 1 unchanged, 0 skipped, 2 failed.');
}, 90_000);

it('fails a file whose extraction runs out of memory, and goes on with the next', async () => {
  const { db, url } = await createTestDb();
  const dir = mkdtempSync(join(tmpdir(), 'wiregraph-cli-oom-'));
  // 12,000 stories in one 19 MB file: more than a 64 MB extraction heap holds at once.
  const body = readFileSync('seeds/000_fd439a6a3e23e835.txt', 'utf8').slice(0, 1400).replace(/[<&]/g, ' ');
  const story = (id: number) => `<REUTERS NEWID="${id}">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>\n<TITLE>STORY ${id}</TITLE>\n<BODY>${body}\n Reuter\n</BODY></TEXT>\n</REUTERS>\n`;
  writeFileSync(join(dir, 'a-huge.sgm'), Array.from({ length: 12_000 }, (_, i) => story(i + 1)).join(''));
  copyFileSync('seeds/000_fd439a6a3e23e835.txt', join(dir, 'b-story.txt'));

  const { code, stdout } = await runCli('src/cli/seed.ts', ['--dir', dir, '--workers', '1', '--worker-heap-mb', '64'], { DATABASE_URL: url }).done;
  expect(stdout.split('\n').slice(0, 2)).toEqual([
    'Read 2 files (2 records): 1 created, 0 updated, 0 unchanged, 0 skipped, 1 failed.',
    '  failed: a-huge.sgm: Worker terminated due to reaching memory limit: JS heap out of memory',
  ]);
  expect(code).toBe(1);
  // A new worker extracted the next file.
  expect(await db.article.count()).toBe(1);
}, 90_000);

