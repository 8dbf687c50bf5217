// SQLite's own change counter: `PRAGMA data_version` on a connection of ours changes whenever
// another connection (a seed run in any process, this process's writers) commits to the file.
// Reading it costs microseconds, so an in-process response cache can check it on every request
// and never serve an answer from before a commit.
import Database from 'better-sqlite3';

export class SqliteDataVersion {
  private readonly connection: Database.Database;

  constructor(file: string) {
    this.connection = new Database(file, { readonly: true, fileMustExist: true });
  }

  read(): string {
    return String(this.connection.pragma('data_version', { simple: true }));
  }

  close(): void {
    this.connection.close();
  }
}
