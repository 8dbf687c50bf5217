import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * The source files below `dir`, as paths relative to it, sorted so runs are repeatable.
 * Hidden files and folders (".git", ".DS_Store") are not sources.
 */
export async function listSourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((path) => !path.split(/[\\/]/).some((part) => part.startsWith('.')))
    .sort();
}
