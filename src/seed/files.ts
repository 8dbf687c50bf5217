import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';

// Files a corpus ships beside its articles: documentation and schemas, never stories.
const NOT_ARTICLES_NAME = /^(?:readme|license|licence|copying|changelog|notice)(?:\.|$)/i;
const NOT_ARTICLES_EXT = new Set(['.dtd', '.md', '.json', '.csv', '.tsv', '.xml', '.xsd', '.yml', '.yaml']);

export interface SourceFiles {
  /** Paths relative to the folder, sorted so runs are repeatable. */
  sources: string[];
  /** Files left alone because they document the corpus rather than hold articles. */
  ignored: string[];
}

/**
 * The files below `dir` to load. Hidden files and folders (".git") are not sources; README,
 * LICENSE and schema files are listed as ignored. Anything else is tried, so a stray binary
 * file is reported as a failure rather than passed over silently.
 */
export async function listSourceFiles(dir: string): Promise<SourceFiles> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((path) => !path.split(/[\\/]/).some((part) => part.startsWith('.')))
    .sort();
  const ignored = files.filter((f) => NOT_ARTICLES_NAME.test(basename(f)) || NOT_ARTICLES_EXT.has(extname(f).toLowerCase()));
  return { sources: files.filter((f) => !ignored.includes(f)), ignored };
}
