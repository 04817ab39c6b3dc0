import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;

/** A numbered schema step. Once released a migration is never edited: add the next number. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
