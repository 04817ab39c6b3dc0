/**
 * Starting the services, the same way for the Electron shell, the browser mode and the CLI:
 * take the store's lock (one writer per store), open (and migrate) the store, then make the
 * day's automatic backup.
 */
import path from 'node:path';
import packageJson from '../../package.json';
import type { AppContext } from '../api/context';
import { backupDirFor, dailyBackup } from '../db/backup';
import { acquireStoreLock, type InstanceKind } from '../db/lock';
import { openStore } from '../db/open';
import { closeJobs } from '../jobs/runner';

export const APP_VERSION: string = packageJson.version;

export interface BootOptions {
  storePath: string;
  shell: AppContext['shell'];
  /** Who is opening the store, for the message a second program shows. Default: from `shell`. */
  kind?: InstanceKind;
  /** Take the one-writer lock (off for the CLI's read-only commands). Default on. */
  lock?: boolean;
  /** Make the once-a-day backup (off for the CLI's read-only commands and most tests). */
  backup?: boolean;
  /** Open even a zero-byte file as a new store (the CLI's --init, the app after asking). */
  initEmpty?: boolean;
  log?: (message: string) => void;
}

const released = new WeakMap<AppContext, () => void>();

export async function bootServices(options: BootOptions): Promise<AppContext> {
  const storePath = path.resolve(options.storePath);
  const kind = options.kind ?? (options.shell === 'electron' ? 'desktop' : 'browser');
  const lock = options.lock === false ? null : acquireStoreLock(storePath, kind);
  let ctx: AppContext;
  try {
    const db = openStore(storePath, { initEmpty: options.initEmpty, log: options.log });
    ctx = { db, storePath, backupDir: backupDirFor(storePath), shell: options.shell, appVersion: APP_VERSION };
  } catch (error) {
    lock?.release();
    throw error;
  }
  if (lock) released.set(ctx, () => lock.release());
  if (options.backup !== false) {
    try {
      const made = await dailyBackup(ctx);
      if (made) options.log?.(`已自动备份：${path.join(ctx.backupDir, made.fileName)}`);
    } catch (error) {
      // A failed backup must not keep the user from working; it is reported and tried next start.
      options.log?.(`自动备份失败：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return ctx;
}

/** Closes the store and lets the next program have it. */
export function closeServices(ctx: AppContext): void {
  // Running jobs stop first: what they had not committed is rolled back by SQLite.
  void closeJobs(ctx);
  if (ctx.db.open) ctx.db.close();
  released.get(ctx)?.();
  released.delete(ctx);
}
