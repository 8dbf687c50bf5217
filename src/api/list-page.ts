// A connection whose page of ids is found in SQL (store/list-page.ts) and whose rows are then
// loaded through Prisma with what the query selects, so Pothos's selections work as for any
// Prisma connection: at most a page of ids (101) ever reaches Prisma.
import { CursorNotInList, type PageWindow } from '../store/list-page.js';
import { badInput, shown } from './bad-input.js';

/** What Pothos hands a Prisma connection's resolver: the selection and Prisma's page window. */
export interface ConnectionQuery {
  take: number;
  skip: number;
  cursor?: { id?: number };
}

interface CursorArgs {
  after?: string | null;
  before?: string | null;
}

/**
 * The rows of one page, in list order: `find` gives their ids for the window, `load` reads
 * those rows with the query's selection. A cursor whose item is not in the list (filtered out
 * or deleted) is bad input naming its argument, not an empty page.
 */
export async function listPage<Q extends ConnectionQuery, T extends { id: number }>(
  query: Q,
  args: CursorArgs,
  find: (window: PageWindow) => Promise<number[]>,
  load: (selection: Omit<Q, keyof ConnectionQuery>, ids: number[]) => Promise<T[]>,
): Promise<T[]> {
  const { take, skip, cursor, ...selection } = query;
  let ids: number[];
  try {
    ids = await find({ take, skip, cursor: cursor?.id ?? null });
  } catch (error) {
    // Worded as cursor-items.ts words it for the lists it checks.
    const arg = args.after != null ? 'after' : 'before';
    if (error instanceof CursorNotInList) throw badInput(`${arg}: ${shown(args[arg])} is not a cursor of this list`);
    throw error;
  }
  if (ids.length === 0) return [];
  const rows = new Map((await load(selection, ids)).map((row) => [row.id, row]));
  // A row deleted between the two statements is left out rather than failing the page.
  return ids.flatMap((id) => rows.get(id) ?? []);
}
