/**
 * Restoring a backup into the open store. The chosen file is first copied to a private temporary
 * folder (so nothing is ever opened, or left, beside the user's backups, and pruning cannot take it
 * away), checked (a real store of ours, intact, not from a newer version) and brought to the live
 * store's page size. Then the current data is saved as a safety copy under a name of its own,
 * SQLite's backup API copies the file page by page over the live store in one transaction, and the
 * store's content is compared with the backup's before the data is migrated up to the current
 * schema. A program killed during the copy leaves the store as it was before.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import { backupNow, type BackupInfo } from './backup';
import { LATEST_VERSION, migrate } from './migrations';
import type { Db } from './types';
import { reportProgress } from '../../shared/jobs/progress';

type Log = (message: string) => void;
const defaultLog: Log = (message) => console.error(`[union-ledger] ${message}`);

/** Opens the candidate, checks it, and rewrites it to `pageSize` when it differs. */
function prepareCandidate(file: string, label: string, pageSize: number, log: Log): void {
  let candidate: Db | undefined;
  try {
    candidate = new Database(file, { fileMustExist: true });
    candidate.pragma('journal_mode = DELETE');
    const check = candidate.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      log(`restore candidate ${label} failed quick_check: ${String(check)}`);
      throw new AppError('FILE', `备份文件“${label}”已损坏（完整性检查未通过），不能用来恢复。`);
    }
    const version = candidate.pragma('user_version', { simple: true }) as number;
    const hasMembers = candidate.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'members'").get();
    if (version < 1 || !hasMembers) throw new AppError('FILE', `“${label}”不是工会台账的备份文件。`);
    if (version > LATEST_VERSION) {
      throw new AppError('FILE', `备份文件“${label}”来自更新版本的工会台账（数据结构版本 ${version}），请先升级程序。`);
    }
    // A WAL store cannot take pages of another size: the copy is rebuilt at the store's size first.
    if ((candidate.pragma('page_size', { simple: true }) as number) !== pageSize) {
      candidate.pragma(`page_size = ${pageSize}`);
      candidate.exec('VACUUM');
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    log(`restore candidate ${label} could not be opened: ${error instanceof Error ? error.message : String(error)}`);
    throw new AppError('FILE', `“${label}”不是有效的工会台账备份文件，无法恢复。`);
  } finally {
    candidate?.close();
  }
}

/**
 * A digest of every row of every stored table (the backup API copies pages as they are, so equal
 * data scans in the same order), and the schema version. SQLite's own tables are left out.
 */
export function contentDigest(db: Db): string {
  const hash = crypto.createHash('sha256');
  hash.update(String(db.pragma('user_version', { simple: true })));
  const tables = db
    // sqlite_stat1/stat4 are the planner's statistics, refreshed on every open: not data.
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .all() as { name: string; sql: string | null }[];
  for (const { name, sql } of tables) {
    if (sql?.toUpperCase().startsWith('CREATE VIRTUAL')) continue;
    hash.update(`\u0000${name}\u0000${sql ?? ''}`);
    for (const row of db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).raw().iterate() as Iterable<unknown[]>) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v)));
    }
  }
  return hash.digest('hex');
}

export interface RestoreResult {
  safetyCopy: BackupInfo;
}

export interface RestoreTarget {
  db: Db;
  storePath: string;
  backupDir: string;
}

/** Restores from a file on disk; `label` is how the user knows the file (its name). */
export async function restoreFromFile(target: RestoreTarget, file: string, label: string, log: Log = defaultLog): Promise<RestoreResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'union-ledger-restore-'));
  try {
    const candidate = path.join(work, 'candidate.db');
    try {
      fs.copyFileSync(file, candidate);
    } catch {
      throw new AppError('FILE', `无法读取备份文件“${label}”。`);
    }
    return await restorePrepared(target, candidate, label, log);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function restorePrepared(target: RestoreTarget, candidate: string, label: string, log: Log): Promise<RestoreResult> {
  const { db, storePath } = target;
  prepareCandidate(candidate, label, db.pragma('page_size', { simple: true }) as number, log);
  const source = new Database(candidate, { readonly: true, fileMustExist: true });
  try {
    const expected = contentDigest(source);
    const safetyCopy = await backupNow(target);
    await source.backup(storePath, {
      progress: ({ totalPages, remainingPages }) => {
        reportProgress('恢复', totalPages - remainingPages, totalPages);
        return 100;
      },
    });
    // Called back only between steps: a backup copied in one step reports nothing. End at the total.
    const pages = source.pragma('page_count', { simple: true }) as number;
    reportProgress('恢复', pages, pages);
    const actual = contentDigest(db);
    if (actual !== expected) {
      log(`restore of ${label}: store content ${actual} differs from the backup's ${expected}`);
      throw new AppError(
        'STORE_BROKEN',
        `恢复“${label}”后核对数据不一致，恢复没有成功。恢复前的数据已保存为“${safetyCopy.fileName}”，可从它恢复。`,
      );
    }
    migrate(db);
    return { safetyCopy };
  } finally {
    source.close();
  }
}

/** Restores from bytes the user picked (e.g. a copy on a USB stick). */
export async function restoreFromBytes(target: RestoreTarget, bytes: Buffer, label: string, log: Log = defaultLog): Promise<RestoreResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'union-ledger-restore-'));
  try {
    const candidate = path.join(work, 'candidate.db');
    fs.writeFileSync(candidate, bytes);
    return await restorePrepared(target, candidate, label, log);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** A backup in the automatic backups folder, named as listBackups shows it. */
export function backupFileInFolder(backupDir: string, fileName: string): string {
  const file = path.join(backupDir, path.basename(fileName));
  if (path.basename(fileName) !== fileName || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new AppError('NOT_FOUND', `备份文件夹中没有“${fileName}”。`);
  }
  return file;
}
