/**
 * Automatic backups with SQLite's online backup API: on start, at most once a day per store, the
 * last 30 of each store kept, in a `backups` folder beside the store.
 *
 * A backup is written under a temporary name, checked (quick_check, the schema version of the
 * store it came from) and only then linked into place under a name no other backup has, so a
 * program killed half-way leaves only a `.partial` file: never listed, never counted for the day,
 * removed by the next backup. Names carry the store's own name, so stores kept side by side
 * (`--db a.db`, `--db b.db`) keep their own backups and their own daily slot.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import dayjs from 'dayjs';
import { AppError } from '../../shared/api/errors';
import { copyAttachments } from './attachments';
import { isAlive } from './lock';
import type { Db } from './types';
import { reportProgress } from '../../shared/jobs/progress';

export const BACKUPS_KEPT = 30;
export const BACKUP_PREFIX = '工会台账备份-';
const PARTIAL_SUFFIX = '.partial';

export interface BackupInfo {
  fileName: string;
  createdAt: string;
  sizeBytes: number;
}

/** The open store a backup is made of. */
export interface BackupSource {
  db: Db;
  storePath: string;
  backupDir: string;
}

export function backupDirFor(storeFile: string): string {
  return path.join(path.dirname(path.resolve(storeFile)), 'backups');
}

/** The store's name as it appears in its backups' names: the file name without `.db`. */
export function storeTag(storePath: string): string {
  const name = path.basename(storePath).replace(/\.(db|sqlite3?)$/i, '');
  return (name || '数据').replace(/[<>:"/\\|?*\s]/g, '_');
}

// 工会台账备份-<store>-YYYYMMDD-HHmmss[-n].db; older versions wrote 工会台账备份-YYYYMMDD-HHmmss.db.
const NAME = /^工会台账备份-(?:(.+)-)?(\d{8})-(\d{6})(?:-(\d+))?\.db$/;

interface ParsedName {
  tag: string | null;
  day: string;
  time: string;
  n: number;
}

function parseName(fileName: string): ParsedName | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  return { tag: m[1] ?? null, day: m[2]!, time: m[3]!, n: m[4] ? Number(m[4]) : 0 };
}

/** A backup of this store, or one from before names carried the store (shown, never pruned). */
function belongsTo(parsed: ParsedName, tag: string): boolean {
  return parsed.tag === null || parsed.tag === tag;
}

function newestFirst(a: { fileName: string; parsed: ParsedName }, b: { fileName: string; parsed: ParsedName }): number {
  const ka = `${a.parsed.day}${a.parsed.time}`;
  const kb = `${b.parsed.day}${b.parsed.time}`;
  return kb.localeCompare(ka) || b.parsed.n - a.parsed.n || b.fileName.localeCompare(a.fileName);
}

/**
 * The store's complete backups, newest first. A `.db` with a `-journal` beside it is a copy the
 * old program was killed while writing: it is not a backup and is not listed.
 */
export function listBackups(dir: string, storePath: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  const tag = storeTag(storePath);
  const names = new Set(fs.readdirSync(dir));
  return [...names]
    .map((fileName) => ({ fileName, parsed: parseName(fileName) }))
    .filter((e): e is { fileName: string; parsed: ParsedName } => e.parsed !== null && belongsTo(e.parsed, tag))
    .filter((e) => !names.has(`${e.fileName}-journal`))
    .sort(newestFirst)
    .flatMap(({ fileName }) => {
      try {
        const stat = fs.statSync(path.join(dir, fileName));
        if (!stat.isFile()) return [];
        return [{ fileName, createdAt: dayjs(stat.mtime).format('YYYY-MM-DD HH:mm:ss'), sizeBytes: stat.size }];
      } catch {
        return [];
      }
    });
}

/** Removes what an interrupted backup of this store left behind. */
export function removeIncompleteBackups(dir: string, storePath: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const tag = storeTag(storePath);
  const removed: string[] = [];
  const names = new Set(fs.readdirSync(dir));
  for (const name of names) {
    const partial = name.endsWith(PARTIAL_SUFFIX) ? /^(.*\.db)\.(\d+)(?:-[0-9a-f]+)?\.partial$/.exec(name) : null;
    // A copy still being written by a live program (this one, or another) is left alone.
    if (partial && (Number(partial[2]) === process.pid || isAlive(Number(partial[2])))) continue;
    const base = partial ? partial[1]! : null;
    const parsedPartial = base ? parseName(base) : null;
    const halfWritten = !base && name.endsWith('.db') && names.has(`${name}-journal`) ? parseName(name) : null;
    const parsed = parsedPartial ?? halfWritten;
    if (!parsed || !belongsTo(parsed, tag)) continue;
    for (const leftover of [name, `${name}-journal`, `${name}-wal`, `${name}-shm`]) {
      if (names.has(leftover)) {
        fs.rmSync(path.join(dir, leftover), { force: true });
        removed.push(leftover);
      }
    }
  }
  return removed;
}

/**
 * Checks a finished copy before it counts as a backup: intact, and at the schema version of the
 * store it was copied from. It is also switched out of WAL mode so that opening it later (to
 * restore, or by hand) leaves no -wal/-shm files beside it.
 */
export function verifyCopy(file: string, expectedVersion: number): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    const version = copy.pragma('user_version', { simple: true }) as number;
    if (check !== 'ok' || version !== expectedVersion) {
      throw new AppError('INTERNAL', '备份文件写入后检查未通过（可能是磁盘已满或出错），这份备份已作废。请检查磁盘后重试。');
    }
  } finally {
    copy.close();
  }
}

/** Writes a checked copy of `db` to `target` (which must not exist yet) through a temporary file. */
async function writeCheckedCopy(db: Db, dir: string, fileName: string): Promise<string | null> {
  const target = path.join(dir, fileName);
  const partial = path.join(dir, `${fileName}.${process.pid}-${crypto.randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`);
  fs.rmSync(partial, { force: true });
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        reportProgress('备份', totalPages - remainingPages, totalPages);
        return 100;
      },
    });
    // SQLite calls back only between steps: a store copied in one step reports nothing. End at the total.
    const pages = db.pragma('page_count', { simple: true }) as number;
    reportProgress('备份', pages, pages);
    verifyCopy(partial, db.pragma('user_version', { simple: true }) as number);
    // link() never replaces an existing file, so a backup can never overwrite another one.
    try {
      fs.linkSync(partial, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
      // A file system without hard links (FAT32 on a USB stick): rename, after checking the name is free.
      if (fs.existsSync(target)) return null;
      fs.renameSync(partial, target);
    }
    return target;
  } finally {
    for (const leftover of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(leftover, { force: true });
  }
}

function uniqueNames(tag: string, now: Date): string[] {
  const stamp = `${BACKUP_PREFIX}${tag}-${dayjs(now).format('YYYYMMDD-HHmmss')}`;
  return [`${stamp}.db`, ...Array.from({ length: 98 }, (_, i) => `${stamp}-${i + 2}.db`)];
}

export async function backupNow(source: BackupSource, now: Date = new Date()): Promise<BackupInfo> {
  const { db, storePath, backupDir: dir } = source;
  fs.mkdirSync(dir, { recursive: true });
  removeIncompleteBackups(dir, storePath);
  const tag = storeTag(storePath);
  for (const fileName of uniqueNames(tag, now)) {
    if (fs.existsSync(path.join(dir, fileName))) continue;
    const written = await writeCheckedCopy(db, dir, fileName);
    if (!written) continue;
    prune(dir, storePath, fileName);
    // The photos and scans kept beside the store go with it (copied once each: names are checksums).
    copyAttachments(storePath, dir);
    const stat = fs.statSync(written);
    return { fileName, createdAt: dayjs(now).format('YYYY-MM-DD HH:mm:ss'), sizeBytes: stat.size };
  }
  throw new AppError('INTERNAL', '同一秒内的备份过多，请稍后再试。');
}

/** Keeps the newest BACKUPS_KEPT of this store's backups (never the one just made). */
function prune(dir: string, storePath: string, keep: string): void {
  const tag = storeTag(storePath);
  const own = listBackups(dir, storePath).filter((b) => parseName(b.fileName)?.tag === tag);
  for (const old of own.slice(BACKUPS_KEPT)) {
    if (old.fileName !== keep) fs.rmSync(path.join(dir, old.fileName), { force: true });
  }
}

/** A consistent, checked copy of the store as bytes, made with the online backup API. */
export async function backupBytes(source: Pick<BackupSource, 'db' | 'storePath'>, now: Date = new Date()): Promise<{ fileName: string; bytes: Buffer }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'union-ledger-export-'));
  const fileName = `${BACKUP_PREFIX}${storeTag(source.storePath)}-${dayjs(now).format('YYYYMMDD-HHmmss')}.db`;
  try {
    const written = await writeCheckedCopy(source.db, dir, fileName);
    return { fileName, bytes: fs.readFileSync(written ?? path.join(dir, fileName)) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The start-up backup: skipped when this store already has a complete backup made today. */
export async function dailyBackup(source: BackupSource, now: Date = new Date()): Promise<BackupInfo | null> {
  removeIncompleteBackups(source.backupDir, source.storePath);
  const tag = storeTag(source.storePath);
  const today = dayjs(now).format('YYYYMMDD');
  const done = listBackups(source.backupDir, source.storePath).some((b) => {
    const parsed = parseName(b.fileName);
    return parsed?.tag === tag && parsed.day === today;
  });
  if (done) return null;
  return backupNow(source, now);
}
