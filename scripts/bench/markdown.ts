// Writes a benchmark's generated section into docs/benchmarks.md between its markers, leaving
// every other section (and the commentary around them) as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const BENCHMARKS_DOC = 'docs/benchmarks.md';

export function writeSection(name: string, content: string, path = BENCHMARKS_DOC): void {
  const begin = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const section = `${begin}\n${content.trim()}\n${end}`;
  const at = current.indexOf(begin);
  const until = current.indexOf(end);
  const next = at >= 0 && until > at ? current.slice(0, at) + section + current.slice(until + end.length) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}

/** A Markdown table from a header and rows. */
export function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
