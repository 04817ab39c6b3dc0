/**
 * A job's own connection to the store, opened in its worker thread. The main connection has
 * already opened, checked and migrated the file and holds the store's lock for this process (the
 * lock is per process, so the worker takes none: taking it again from another thread would treat
 * the process's own lock as stale). WAL lets the main connection keep reading while a job writes.
 */
import Database from 'better-sqlite3';
import type { Db } from '../db/types';

export function openJobConnection(storePath: string): Db {
  const db = new Database(storePath, { fileMustExist: true });
  // A write by the window (a quick edit) may hold the write lock for a moment: wait for it.
  db.pragma('busy_timeout = 15000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  return db;
}
