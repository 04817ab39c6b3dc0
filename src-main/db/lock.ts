/**
 * One writer per store. Beside the store lies `<store>.lock` holding the pid, host and kind of the
 * program that has it open for writing (desktop window, browser mode, a CLI command). A second
 * program finds the file, sees that its owner is still alive, and refuses with a Chinese sentence
 * naming the store and who holds it, instead of failing later with SQLITE_BUSY. A lock whose owner
 * is gone (killed, crashed) is stale and is taken over. Within one process the lock is shared and
 * counted, so tests and the CLI can open the same store several times in a row.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';

export type InstanceKind = 'desktop' | 'browser' | 'cli';

const KIND_NAMES: Record<InstanceKind, string> = {
  desktop: '工会台账桌面程序',
  browser: '工会台账浏览器模式',
  cli: '工会台账命令行',
};

interface LockOwner {
  pid: number;
  host: string;
  kind: InstanceKind;
  startedAt: string;
}

export interface StoreLock {
  file: string;
  release(): void;
}

const held = new Map<string, { count: number; file: string }>();

export function lockFileFor(storePath: string): string {
  return `${path.resolve(storePath)}.lock`;
}

function readOwner(file: string): LockOwner | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.kind !== 'string') return null;
    return { pid: parsed.pid, host: String(parsed.host ?? ''), kind: parsed.kind, startedAt: String(parsed.startedAt ?? '') };
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function inUse(storePath: string, owner: LockOwner | null): AppError {
  const who = owner && KIND_NAMES[owner.kind] ? `${KIND_NAMES[owner.kind]}（进程号 ${owner.pid}）` : '另一个工会台账程序';
  return new AppError(
    'IN_USE',
    `数据文件“${storePath}”正在被${who}使用，同一个数据文件同时只能由一个程序修改。请先关闭正在运行的那个程序，或切换到它的窗口继续操作。`,
  );
}

/** Takes the store's lock or throws IN_USE naming the store and, where known, who holds it. */
export function acquireStoreLock(storePath: string, kind: InstanceKind): StoreLock {
  const resolved = path.resolve(storePath);
  const file = lockFileFor(resolved);
  const mine = held.get(file);
  if (mine) {
    mine.count++;
    return { file, release: () => release(file) };
  }
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), kind, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(owner), { flag: 'wx' });
      held.set(file, { count: 1, file });
      return { file, release: () => release(file) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        // A folder we cannot write to: the store open reports that in its own words.
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { file, release: () => undefined };
        throw error;
      }
      const current = readOwner(file);
      // Another machine (a store on a network share): its pid means nothing here, so it is trusted.
      const live = current !== null && (current.host !== os.hostname() || (current.pid !== process.pid && isAlive(current.pid)));
      if (live) throw inUse(resolved, current);
      if (current === null) {
        // Being written this very moment by another program, or garbage: a moment's grace first.
        const age = Date.now() - safeMtime(file);
        if (age < 2000 && attempt < 2) {
          sleep(200);
          continue;
        }
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw inUse(resolved, readOwner(file));
}

function safeMtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function release(file: string): void {
  const mine = held.get(file);
  if (!mine) return;
  if (--mine.count > 0) return;
  held.delete(file);
  const owner = readOwner(file);
  if (owner?.pid === process.pid) fs.rmSync(file, { force: true });
}

// A normal exit (also process.exit) leaves no lock behind; a kill -9 leaves a stale one.
process.on('exit', () => {
  for (const file of held.keys()) {
    if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  }
  held.clear();
});
