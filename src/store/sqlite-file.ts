import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** The file path of a `file:` URL, with its folder created so SQLite can open it. */
export function sqliteFile(url: string): string {
  const path = url.replace(/^file:/, '').replace(/\?.*$/, '');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return path;
}
