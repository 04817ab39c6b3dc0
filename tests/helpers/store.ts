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

let template: Buffer | undefined;

/**
 * The bytes of a store migrated once per test process. Running every migration takes a tenth of a
 * second or more per store, and hundreds of tests each start from a new store; a file written from
 * these bytes and opened with openStore is the same store. Kept in memory, so nothing is left
 * behind when vitest ends the worker process.
 */
function migratedTemplate(): Buffer {
  if (template === undefined) {
    const { dir, cleanup } = tempDir('union-ledger-template-');
    try {
      const db = openStore(path.join(dir, 'template.db'));
      template = db.serialize();
      db.close();
    } finally {
      cleanup();
    }
  }
  return template;
}

/** A real SQLite store in a temp folder, migrated to the latest version. */
export function tempStore(): { ctx: AppContext; file: string; dir: string; close(): void } {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'union-ledger.db');
  fs.writeFileSync(file, migratedTemplate());
  // openStore still checks the copy, finds it at the latest version and applies due status changes.
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
