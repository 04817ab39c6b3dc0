/**
 * Opening the store: one SQLite file, WAL, foreign keys on, a quick integrity check, migrations.
 * Every failure becomes an AppError with a Chinese sentence that names the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import { applyDueStatusChanges } from '../members/scheduled';
import { migrate } from './migrations';
import type { Db } from './types';
import { sqliteCode } from './sql';

export interface OpenOptions {
  /** Skip migrations (used by migration tests to build older versions). */
  migrate?: boolean;
  /**
   * Open the file read-only at the SQLite level. A test seam: the tests run as root, for whom a
   * chmod'ed file is still writable, so this is the honest way to get a store that refuses writes.
   */
  readonly?: boolean;
  /** Take a zero-byte file as a new store (the CLI's --init, or the app after the user agreed). */
  initEmpty?: boolean;
  /** Where details that are not for the user go (integrity-check output). */
  log?: (message: string) => void;
}

/** True for a file that exists and holds nothing: an empty file is not silently a new ledger. */
export function isEmptyStoreFile(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() && stat.size === 0;
  } catch {
    return false;
  }
}

export const STORE_EMPTY_HINT = '若要在这里新建一个空的台账，命令行请加 --init；否则请从备份恢复，或指定其他数据文件。';

export function describeOpenError(file: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = sqliteCode(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('STORE_BROKEN', `数据文件已损坏，或不是工会台账的数据文件：${file}。请从备份恢复，或指定其他数据文件。`);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError('READ_ONLY', `无法写入数据文件：${file}。请检查该文件或所在文件夹是否只读、是否有写入权限。`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('IN_USE', `数据文件正被其他程序占用：${file}。请关闭其他正在使用它的程序后重试。`);
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('STORE_BROKEN', `磁盘空间不足，无法打开数据文件：${file}。请清理磁盘后重试。`);
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return new AppError('FILE', `数据文件的路径不正确：${file}（路径中有一段是文件而不是文件夹）。`);
  }
  return new AppError('STORE_BROKEN', `无法打开数据文件：${file}。请检查该文件是否完好，或指定其他数据文件。`);
}

export function openStore(file: string, options: OpenOptions = {}): Db {
  const resolved = path.resolve(file);
  const log = options.log ?? ((message: string) => console.error(`[union-ledger] ${message}`));
  let db: Db | undefined;
  try {
    // A folder is not a permission problem, and an empty file is not a new ledger.
    if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) {
      throw new AppError('FILE', `“${resolved}”是一个文件夹，不是数据文件。请指定数据文件本身的路径（例如 ${path.join(resolved, 'union-ledger.db')}）。`);
    }
    if (options.initEmpty !== true && isEmptyStoreFile(resolved)) {
      throw new AppError('STORE_BROKEN', `数据文件“${resolved}”是空的（0 字节），不是工会台账的数据。${STORE_EMPTY_HINT}`);
    }
    fs.mkdirSync(path.dirname(resolved), { recursive: true });
    db = new Database(resolved, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      // SQLite's own report (`*** in database main *** Tree 12 page 12 …`) is for the log only.
      log(`quick_check of ${resolved} failed: ${String(check)}`);
      throw new AppError('STORE_BROKEN', `数据文件“${resolved}”已损坏（完整性检查未通过），请从备份恢复。详细检查结果已记录在日志中。`);
    }
    // A store we cannot write to must fail now, not at the first save. BEGIN IMMEDIATE alone
    // succeeds on a read-only connection (SQLite falls back to one silently when the file or its
    // folder is read-only), so the probe writes the header's own value back, then rolls back.
    if (db.readonly) throw Object.assign(new Error('read-only connection'), { code: 'SQLITE_READONLY' });
    const version = db.pragma('user_version', { simple: true }) as number;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.pragma(`user_version = ${version}`);
    } finally {
      db.exec('ROLLBACK');
    }
    if (options.migrate !== false) {
      migrate(db);
      applyDueStatusChanges(db);
    }
    // Fresh planner statistics (SQLite's advice for each new connection): without them it seeks
    // the low-selectivity status index and sorts thousands of rows instead of walking the list's
    // order index. analysis_limit keeps this to milliseconds on a large store.
    if (!db.readonly) {
      db.pragma('analysis_limit = 400');
      db.pragma('optimize = 0x10002');
    }
    return db;
  } catch (error) {
    db?.close();
    throw describeOpenError(resolved, error);
  }
}

/**
 * An empty, migrated store in memory: what a check (a dry-run import) runs against when no store
 * file exists yet, so looking creates no file.
 */
export function openMemoryStore(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
