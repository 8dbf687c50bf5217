import cliProgress from 'cli-progress';
import type { SeedListener } from './run.js';

/** A progress bar when stderr is a terminal; otherwise one plain line per file, for logs. */
export function progressListener(stream: NodeJS.WriteStream = process.stderr): SeedListener {
  if (!stream.isTTY) {
    return {
      file: (r, done, total) => {
        const counts = (['created', 'updated', 'unchanged', 'skipped', 'failed'] as const).filter((k) => r[k] > 0).map((k) => `${r[k]} ${k}`);
        stream.write(`[${done}/${total}] ${r.file}: ${counts.join(', ') || 'no records'}\n`);
      },
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: 'seeding [{bar}] {value}/{total} files | {file}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => {
      bar.start(total, 0, { file: '' });
      if (total === 0) bar.stop();
    },
    file: ({ file }, done, total) => {
      bar.update(done, { file });
      if (done === total) bar.stop();
    },
  };
}
