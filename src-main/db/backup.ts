/**
 * Automatic backups with SQLite's online backup API: on start, at most once a day, the last 30 kept,
 * in a `backups` folder beside the store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import dayjs from 'dayjs';
import type { Db } from './types';

export const BACKUPS_KEPT = 30;
const PREFIX = '工会台账备份-';

export interface BackupInfo {
  fileName: string;
  createdAt: string;
  sizeBytes: number;
}

export function backupDirFor(storeFile: string): string {
  return path.join(path.dirname(path.resolve(storeFile)), 'backups');
}

export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith('.db'))
    .map((fileName) => {
      const stat = fs.statSync(path.join(dir, fileName));
      return { fileName, createdAt: dayjs(stat.mtime).format('YYYY-MM-DD HH:mm:ss'), sizeBytes: stat.size };
    })
    .sort((a, b) => b.fileName.localeCompare(a.fileName));
}

export async function backupNow(db: Db, dir: string, now: Date = new Date()): Promise<BackupInfo> {
  fs.mkdirSync(dir, { recursive: true });
  const fileName = `${PREFIX}${dayjs(now).format('YYYYMMDD-HHmmss')}.db`;
  const target = path.join(dir, fileName);
  await db.backup(target);
  prune(dir);
  const stat = fs.statSync(target);
  return { fileName, createdAt: dayjs(now).format('YYYY-MM-DD HH:mm:ss'), sizeBytes: stat.size };
}

function prune(dir: string): void {
  for (const old of listBackups(dir).slice(BACKUPS_KEPT)) fs.rmSync(path.join(dir, old.fileName), { force: true });
}

/** A consistent copy of the store as bytes, made with the online backup API into a temp file. */
export async function backupBytes(db: Db, now: Date = new Date()): Promise<{ fileName: string; bytes: Buffer }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'union-ledger-export-'));
  const fileName = `${PREFIX}${dayjs(now).format('YYYYMMDD-HHmmss')}.db`;
  try {
    const target = path.join(dir, fileName);
    await db.backup(target);
    return { fileName, bytes: fs.readFileSync(target) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The start-up backup: skipped when one was already made today. */
export async function dailyBackup(db: Db, dir: string, now: Date = new Date()): Promise<BackupInfo | null> {
  const today = `${PREFIX}${dayjs(now).format('YYYYMMDD')}`;
  if (listBackups(dir).some((b) => b.fileName.startsWith(today))) return null;
  return backupNow(db, dir, now);
}
