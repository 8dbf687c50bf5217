// The PostgreSQL driver adapter as the Prisma CLI (migrate) needs it.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

// The schema engine reads the catalogue, whose `name` and `"char"` columns (and arrays of
// them) adapter-pg 6.19 cannot map (prisma/orm#27403). They are text in all but name.
const AS_TEXT = new Map([
  [19, 25],
  [18, 25],
  [1003, 1009],
  [1002, 1009],
]);

type Result = pg.QueryResult | pg.QueryResult[] | undefined;

function textTypes(result: Result): Result {
  // A script of several statements answers with one result each.
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of one?.fields ?? []) field.dataTypeID = AS_TEXT.get(field.dataTypeID) ?? field.dataTypeID;
  }
  return result;
}

function catalogueTypesAsText(pool: pg.Pool): pg.Pool {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<Result> | undefined;
    // pg-pool calls with a callback; the adapter's own clients await a promise.
    client.query = ((...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback === 'function') {
        return query(...args.slice(0, -1), (error: Error | null, result: Result) => callback(error, textTypes(result)));
      }
      return query(...args)?.then(textTypes);
    }) as pg.PoolClient['query'];
  });
  return pool;
}

/** Short idle timeouts let the CLI exit as soon as it is done instead of lingering on the pool. */
export function pgAdapterForCli(url: string): PrismaPg {
  return new PrismaPg(catalogueTypesAsText(new pg.Pool({ connectionString: url, idleTimeoutMillis: 100, allowExitOnIdle: true })));
}
