// The two databases behind one tiny interface for the hand-written server: SQL is written once
// with `?` placeholders; PostgreSQL gets them numbered. Each database's own driver, no ORM.
import Database from 'better-sqlite3';
import pg from 'pg';

export type Dialect = 'sqlite' | 'postgresql';
export type Param = string | number | null | number[];

export interface Driver {
  dialect: Dialect;
  /** Runs one statement; counts it (see `statements`). */
  rows<T>(sql: string, params?: Param[]): Promise<T[]>;
  /** `column IN (ids)` with one parameter, so a statement is prepared once for any list. */
  inIds(column: string): string;
  /** SQL statements run so far: the benchmark reads it to count statements per request. */
  statements: number;
  close(): Promise<void>;
}

function sqlite(file: string): Driver {
  // Not read-only: PRAGMA optimize may write statistics, as it may in wiregraph.
  const db = new Database(file, { fileMustExist: true, timeout: 10_000 });
  // The same planner statistics wiregraph asks for when it opens a database (src/store/db.ts).
  db.exec('PRAGMA analysis_limit = 1000');
  db.exec('PRAGMA optimize = 0x10002');
  const prepared = new Map<string, Database.Statement>();
  const driver: Driver = {
    dialect: 'sqlite',
    statements: 0,
    async rows<T>(sql: string, params: Param[] = []) {
      let stmt = prepared.get(sql);
      if (!stmt) prepared.set(sql, (stmt = db.prepare(sql)));
      driver.statements++;
      return stmt.all(...params.map((p) => (Array.isArray(p) ? JSON.stringify(p) : p))) as T[];
    },
    inIds: (column) => `${column} IN (SELECT value FROM json_each(?))`,
    async close() {
      db.close();
    },
  };
  return driver;
}

function postgres(url: string, poolSize: number): Driver {
  // `timestamp` columns hold UTC (Prisma writes them so); read them as UTC, not local time.
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === pg.types.builtins.TIMESTAMP ? (v: string) => new Date(`${v.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  const numbered = new Map<string, string>();
  const driver: Driver = {
    dialect: 'postgresql',
    statements: 0,
    async rows<T>(sql: string, params: Param[] = []) {
      let text = numbered.get(sql);
      if (text === undefined) {
        let n = 0;
        numbered.set(sql, (text = sql.replace(/\?/g, () => `$${++n}`)));
      }
      driver.statements++;
      return (await pool.query({ text, values: params })).rows as T[];
    },
    inIds: (column) => `${column} = ANY(?::int[])`,
    async close() {
      await pool.end();
    },
  };
  return driver;
}

export function openDriver(url: string, poolSize = 10): Driver {
  if (/^postgres(?:ql)?:\/\//.test(url)) return postgres(url, poolSize);
  return sqlite(url.replace(/^file:/, '').replace(/\?.*$/, ''));
}
