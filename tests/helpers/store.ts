import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppContext } from '../../src-main/api/context';
import { APP_VERSION } from '../../src-main/app/boot';
import { backupDirFor } from '../../src-main/db/backup';
import { openStore } from '../../src-main/db/open';

/** A fresh folder under the OS temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'union-ledger-test-'): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A real SQLite store in a temp folder, migrated to the latest version. */
export function tempStore(): { ctx: AppContext; file: string; dir: string; close(): void } {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'union-ledger.db');
  const db = openStore(file);
  const ctx: AppContext = { db, storePath: file, backupDir: backupDirFor(file), shell: 'browser', appVersion: APP_VERSION };
  return {
    ctx,
    file,
    dir,
    close: () => {
      if (db.open) db.close();
      cleanup();
    },
  };
}
