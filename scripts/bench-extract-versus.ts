// Extraction speed of two checkouts side by side (by default another one against this tree):
// the same Reuters-21578 files extracted in alternating child processes, CPU time per article,
// so background load hits both alike. Read the ratio, not the absolute figures.
//
//   git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
//   cp -r src/generated /tmp/base/src/
//   npx tsx scripts/bench-extract-versus.ts --base /tmp/base [--files 4] [--rounds 3]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { positive } from './bench/options.js';

const CORPUS = resolve('../shared/corpus/reuters-21578');

interface Run {
  articles: number;
  cpuMsPerArticle: number;
}

// As a child: extract the first `files` corpus files with `root`'s code and print one Run.
if (process.argv[2] === '--child') {
  const [, , , root, files] = process.argv;
  const { extractFile } = (await import(pathToFileURL(join(root!, 'src/seed/extract-file.ts')).href)) as typeof import('../src/seed/extract-file.js');
  const inputs = readdirSync(CORPUS).filter((f) => f.endsWith('.sgm')).sort().slice(0, Number(files)).map((file) => ({ file, bytes: readFileSync(join(CORPUS, file)) }));
  extractFile(inputs[0]!); // loads the models and warms the code up, outside the time
  let articles = 0;
  const start = process.cpuUsage();
  for (const input of inputs) {
    const out = extractFile(input);
    if ('records' in out) articles += out.records.filter((r) => r.kind === 'article').length;
  }
  const used = process.cpuUsage(start);
  console.log(JSON.stringify({ articles, cpuMsPerArticle: (used.user + used.system) / 1000 / articles } satisfies Run));
  process.exit(0);
}

const opts = new Command('bench-extract-versus')
  .requiredOption('--base <dir>', 'the other checkout')
  .option('--head <dir>', 'this checkout', '.')
  .option('--files <n>', 'corpus files to extract', positive, 4)
  .option('--rounds <n>', 'alternations', positive, 3)
  .parse()
  .opts<{ base: string; head: string; files: number; rounds: number }>();

const one = (root: string): Run =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-extract-versus.ts', '--child', resolve(root), String(opts.files)], { encoding: 'utf8' }).trim()) as Run;
const base: number[] = [];
const head: number[] = [];
let articles = 0;
for (let r = 0; r < opts.rounds; r++) {
  const b = one(opts.base);
  const h = one(opts.head);
  base.push(b.cpuMsPerArticle);
  head.push(h.cpuMsPerArticle);
  articles = h.articles;
  console.log(`round ${r + 1}: base ${b.cpuMsPerArticle.toFixed(3)} ms, head ${h.cpuMsPerArticle.toFixed(3)} ms CPU per article (head/base ${(h.cpuMsPerArticle / b.cpuMsPerArticle).toFixed(2)})`);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${articles} articles, ${opts.rounds} rounds: median head/base ${(median(head) / median(base)).toFixed(2)}`);
