// One page of ids of a filtered, sorted list, in one statement that carries the whole filter:
// a search is a subquery on the full-text index, never a list of ids, so a page, a count or a
// walk through every page is exact at any size. The page follows Prisma's cursor arithmetic
// (take, skip, cursor; a negative take pages backward), as Pothos hands it to a resolver;
// the cursor's position is found by its sort key (keyset), so a page never sorts what
// precedes it.
import { Prisma } from '../generated/sqlite/client.js';
import { providerOfDb, reader, type Db } from './db.js';

/** One sort key. The keys together must order the rows totally (end with a unique one). */
export interface SortKey {
  sql: Prisma.Sql;
  desc: boolean;
  /** May be NULL: each database puts NULLs at its own end (SQLite first ascending, PostgreSQL last). */
  nullable?: boolean;
  /**
   * Costs a query of its own per row (a correlated count): the list is then computed in a
   * subquery the planner keeps whole, so the key is evaluated once a row rather than once
   * for the sort and again for each comparison with the cursor (55 against 20 ms a page of
   * Reuters-21578's entities on PostgreSQL).
   */
  computed?: boolean;
}

export interface ListSql {
  /** FROM clause: the table, and whatever a sort key needs joined. */
  from: Prisma.Sql;
  /** The id of a row. */
  id: Prisma.Sql;
  /** Which rows are in the list. */
  where: Prisma.Sql;
  order: readonly SortKey[];
}

/** Prisma's window: `take` rows (backward when negative) from the cursor's row or the end, `skip` rows in. */
export interface PageWindow {
  take: number;
  skip: number;
  cursor: number | null;
}

/** The cursor names a row that is not in the list (filtered out, or gone). */
export class CursorNotInList extends Error {
  override readonly name = 'CursorNotInList';
}

const TRUE = Prisma.sql`1 = 1`;
const FALSE = Prisma.sql`1 = 0`;

function any(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length === 0 ? FALSE : Prisma.sql`(${Prisma.join(parts, ' OR ')})`;
}

function all(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length === 0 ? TRUE : Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
}

/**
 * Rows strictly after the cursor's in the order `keys` (which the caller may have reversed).
 * The cursor's key values are read in SQL from "cursor" (a number read back from the database
 * loses digits on the way in again: a rank would never equal itself); `isNull` says which are
 * NULL, which picks each comparison's form.
 */
function after(db: Db, keys: readonly SortKey[], isNull: readonly boolean[]): Prisma.Sql {
  const nullsFirst = (desc: boolean) => (providerOfDb(db) === 'postgresql' ? desc : !desc);
  const value = (i: number) => Prisma.raw(`(SELECT "k${i}" FROM "cursor")`);
  const equal = (key: SortKey, i: number) => (isNull[i] ? Prisma.sql`${key.sql} IS NULL` : Prisma.sql`${key.sql} = ${value(i)}`);
  const beyond = (key: SortKey, i: number): Prisma.Sql => {
    const nulls = key.nullable === true;
    if (isNull[i]) return nulls && nullsFirst(key.desc) ? Prisma.sql`${key.sql} IS NOT NULL` : FALSE;
    const compare = key.desc ? Prisma.sql`${key.sql} < ${value(i)}` : Prisma.sql`${key.sql} > ${value(i)}`;
    return nulls && !nullsFirst(key.desc) ? Prisma.sql`(${compare} OR ${key.sql} IS NULL)` : compare;
  };
  return any(keys.map((key, i) => all([...keys.slice(0, i).map((k, j) => equal(k, j)), beyond(key, i)])));
}

function orderBy(keys: readonly SortKey[]): Prisma.Sql {
  return Prisma.join(keys.map((k) => (k.desc ? Prisma.sql`${k.sql} DESC` : Prisma.sql`${k.sql} ASC`)));
}

/** The list's rows with their sort keys as columns k0, k1, ... */
function keyed(list: ListSql): Prisma.Sql {
  const columns = Prisma.join(list.order.map((k, i) => Prisma.sql`${k.sql} AS ${Prisma.raw(`"k${i}"`)}`));
  return Prisma.sql`SELECT ${list.id} AS "id", ${columns} FROM ${list.from} WHERE (${list.where})`;
}

/** The cursor's row: which of its sort keys are NULL; it must be in the list. */
async function cursorNulls(db: Db, list: ListSql, cursor: number): Promise<boolean[]> {
  const rows = await reader(db).$queryRaw<Record<string, unknown>[]>(Prisma.sql`${keyed(list)} AND ${list.id} = ${cursor}`);
  if (rows.length === 0) throw new CursorNotInList(`row ${cursor} is not in the list`);
  return list.order.map((_, i) => rows[0]![`k${i}`] == null);
}

/** The ids of one page, in list order. */
export async function pageIds(db: Db, list: ListSql, { take, skip, cursor }: PageWindow): Promise<number[]> {
  // A subquery the planner flattens (an index still gives the order) unless a key is computed.
  const fence = !list.order.some((k) => k.computed) ? Prisma.empty : providerOfDb(db) === 'postgresql' ? Prisma.sql`OFFSET 0` : Prisma.sql`LIMIT -1 OFFSET 0`;
  const backward = take < 0;
  // Backward pages read the list in reverse from the cursor (or the end), then turn round.
  const keys = list.order.map((k, i) => ({ ...k, sql: Prisma.raw(`"list"."k${i}"`), desc: backward ? !k.desc : k.desc }));
  let start = TRUE;
  let cursorRow = Prisma.empty;
  if (cursor !== null) {
    // The cursor's row itself, then what follows it; `skip` (1 from Pothos) steps over it.
    start = any([Prisma.sql`"list"."id" = ${cursor}`, after(db, keys, await cursorNulls(db, list, cursor))]);
    cursorRow = Prisma.sql`WITH "cursor" AS MATERIALIZED (${keyed(list)} AND ${list.id} = ${cursor})`;
  }
  const found = await reader(db).$queryRaw<{ id: number | bigint }[]>(
    Prisma.sql`${cursorRow} SELECT "list"."id" AS "id" FROM (${keyed(list)} ${fence}) "list"
      WHERE ${start} ORDER BY ${orderBy(keys)} LIMIT ${Math.abs(take)} OFFSET ${skip}`,
  );
  const ids = found.map((r) => Number(r.id));
  return backward ? ids.reverse() : ids;
}

/** How many rows of `table` match `where`. */
export async function countWhere(db: Db, table: Prisma.Sql, where: Prisma.Sql): Promise<number> {
  const [row] = await reader(db).$queryRaw<{ n: number | bigint }[]>(Prisma.sql`SELECT COUNT(*) AS "n" FROM ${table} WHERE ${where}`);
  return Number(row?.n ?? 0);
}
