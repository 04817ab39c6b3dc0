/**
 * Restoring a backup into the open store. The current data is first saved as a safety copy, the
 * backup is checked (a real store of ours, intact, not from a newer version), then SQLite's backup
 * API copies it page by page over the live file, so the open connection simply sees the restored
 * data on its next read. Finally the restored data is migrated up to the current schema.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import dayjs from 'dayjs';
import { AppError } from '../../shared/api/errors';
import { backupNow, type BackupInfo } from './backup';
import { LATEST_VERSION, migrate } from './migrations';
import type { Db } from './types';

function checkCandidate(file: string, label: string): void {
  let candidate: Db | undefined;
  try {
    candidate = new Database(file, { readonly: true, fileMustExist: true });
    const check = candidate.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('FILE', `备份文件“${label}”已损坏（完整性检查未通过），不能用来恢复。`);
    const version = candidate.pragma('user_version', { simple: true }) as number;
    const hasMembers = candidate.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'members'").get();
    if (version < 1 || !hasMembers) throw new AppError('FILE', `“${label}”不是工会台账的备份文件。`);
    if (version > LATEST_VERSION) {
      throw new AppError('FILE', `备份文件“${label}”来自更新版本的工会台账（数据结构版本 ${version}），请先升级程序。`);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('FILE', `“${label}”不是有效的工会台账备份文件，无法恢复。`);
  } finally {
    candidate?.close();
  }
}

export interface RestoreResult {
  safetyCopy: BackupInfo;
}

/** Restores from a file on disk; `label` is how the user knows the file (its name). */
export async function restoreFromFile(db: Db, storePath: string, backupDir: string, file: string, label: string): Promise<RestoreResult> {
  checkCandidate(file, label);
  const safetyCopy = await backupNow(db, backupDir);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(storePath);
  } finally {
    source.close();
  }
  migrate(db);
  return { safetyCopy };
}

/** Restores from bytes the user picked (e.g. a copy on a USB stick). */
export async function restoreFromBytes(db: Db, storePath: string, backupDir: string, bytes: Buffer, label: string): Promise<RestoreResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'union-ledger-restore-'));
  try {
    const file = path.join(dir, `restore-${dayjs().format('YYYYMMDDHHmmss')}.db`);
    fs.writeFileSync(file, bytes);
    return await restoreFromFile(db, storePath, backupDir, file, label);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A backup in the automatic backups folder, named as listBackups shows it. */
export function backupFileInFolder(backupDir: string, fileName: string): string {
  const file = path.join(backupDir, path.basename(fileName));
  if (path.basename(fileName) !== fileName || !fs.existsSync(file)) {
    throw new AppError('NOT_FOUND', `备份文件夹中没有“${fileName}”。`);
  }
  return file;
}
