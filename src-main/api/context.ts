import type { Db } from '../db/types';

/** What every handler gets: the open store and where it lives. */
export interface AppContext {
  db: Db;
  storePath: string;
  backupDir: string;
  shell: 'electron' | 'browser';
  appVersion: string;
}
