import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { AppContext } from '../api/context';
import { APP_VERSION, bootServices, closeServices } from '../app/boot';
import { openMemoryStore } from '../db/open';

let initEmptyStore = false;

/** Set by runCli from `--init`: a write command may take a zero-byte file as a new store. */
export function setInitEmptyStore(value: boolean): void {
  initEmptyStore = value;
}

/**
 * Opens the store for one command and always closes it. Writes take the one-writer lock (a store
 * the desktop program or the browser mode has open is refused, naming it) and get the day's backup
 * first; reading commands may run beside the app.
 */
export async function withStore<T>(storePath: string, writes: boolean, run: (ctx: AppContext) => Promise<T> | T, options: { init?: boolean } = {}): Promise<T> {
  // A reading command given a mistyped path must say so, not create an empty store there.
  if (!writes && !fs.existsSync(storePath)) {
    throw new AppError('FILE', `找不到数据文件：${path.resolve(storePath)}。请检查 --db 后的路径。`);
  }
  const ctx = await bootServices({ storePath, shell: 'browser', kind: 'cli', lock: writes, backup: writes, initEmpty: options.init ?? initEmptyStore });
  try {
    return await run(ctx);
  } finally {
    closeServices(ctx);
  }
}

/**
 * A check (a dry-run import) against a store that does not exist yet runs against an empty one in
 * memory, so a roster can be checked before the first store is made, and no file is created by looking.
 */
export async function withStoreOrScratch<T>(storePath: string, writes: boolean, run: (ctx: AppContext) => Promise<T> | T): Promise<T> {
  if (writes || fs.existsSync(storePath)) return withStore(storePath, writes, run);
  return withScratchStore(run);
}

/** An empty store in memory for a command that needs no data (the import template). */
export async function withScratchStore<T>(run: (ctx: AppContext) => Promise<T> | T): Promise<T> {
  const db = openMemoryStore();
  try {
    return await run({ db, storePath: ':memory:', backupDir: '', shell: 'browser', appVersion: APP_VERSION });
  } finally {
    db.close();
  }
}
