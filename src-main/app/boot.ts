/**
 * Starting the services, the same way for the Electron shell, the browser mode and the CLI:
 * open (and migrate) the store, then make the day's automatic backup.
 */
import path from 'node:path';
import packageJson from '../../package.json';
import type { AppContext } from '../api/context';
import { backupDirFor, dailyBackup } from '../db/backup';
import { openStore } from '../db/open';

export const APP_VERSION: string = packageJson.version;

export interface BootOptions {
  storePath: string;
  shell: AppContext['shell'];
  /** Make the once-a-day backup (off for the CLI's read-only commands and most tests). */
  backup?: boolean;
  log?: (message: string) => void;
}

export async function bootServices(options: BootOptions): Promise<AppContext> {
  const storePath = path.resolve(options.storePath);
  const db = openStore(storePath);
  const backupDir = backupDirFor(storePath);
  if (options.backup !== false) {
    try {
      const made = await dailyBackup(db, backupDir);
      if (made) options.log?.(`已自动备份：${path.join(backupDir, made.fileName)}`);
    } catch (error) {
      // A failed backup must not keep the user from working; it is reported and tried next start.
      options.log?.(`自动备份失败：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { db, storePath, backupDir, shell: options.shell, appVersion: APP_VERSION };
}
