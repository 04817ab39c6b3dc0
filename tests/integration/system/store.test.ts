import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { LATEST_VERSION, schemaVersion } from '../../../src-main/db/migrations';
import { openStore } from '../../../src-main/db/open';
import { createMember, listMembers } from '../../../src-main/members/service';
import { memberInputSchema } from '../../../shared/members/schema';
import { tempDir } from '../../helpers/store';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function folder(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

function openError(file: string, options?: Parameters<typeof openStore>[1]): AppError {
  try {
    const db = openStore(file, options);
    db.close();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('openStore did not fail');
}

describe('opening the store', () => {
  it('gives a fresh file WAL, foreign keys and the latest schema version', () => {
    const file = path.join(folder(), 'sub', 'union-ledger.db');
    const db = openStore(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      expect(tables).toContain('members');
      expect(tables).toContain('member_status_history');
      expect(tables).toContain('settings');
    } finally {
      db.close();
    }
  });

  it('keeps what was saved across a close and reopen', () => {
    const file = path.join(folder(), 'union-ledger.db');
    const db = openStore(file);
    createMember(db, memberInputSchema.parse({ name: '张三' }));
    db.close();
    const again = openStore(file);
    expect(listMembers(again, { page: 1, pageSize: 20 }).rows.map((m) => m.name)).toEqual(['张三']);
    again.close();
  });

  it('refuses a file of random bytes with STORE_BROKEN naming the file, and leaves it byte-identical', () => {
    const file = path.join(folder(), '随机.db');
    const bytes = crypto.randomBytes(64 * 1024);
    fs.writeFileSync(file, bytes);
    const error = openError(file);
    expect(error.code).toBe('STORE_BROKEN');
    expect(error.message).toContain('数据文件已损坏');
    expect(error.message).toContain(file);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a store whose pages are damaged (quick_check fails) with STORE_BROKEN', () => {
    const file = path.join(folder(), 'damaged.db');
    const db = openStore(file);
    const insert = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`k${i}`, 'v'.repeat(200));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = fs.readFileSync(file);
    // Overwrite a run of interior pages with garbage, leaving the header (page 1) intact.
    crypto.randomBytes(4096 * 20).copy(bytes, 4096 * 10);
    fs.writeFileSync(file, bytes);
    const error = openError(file);
    expect(error.code).toBe('STORE_BROKEN');
    expect(error.message).toContain(file);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a store it may not write (SQLite read-only) with READ_ONLY naming the file', () => {
    const file = path.join(folder(), 'union-ledger.db');
    openStore(file).close();
    const before = fs.readFileSync(file);
    // The tests run as root, for whom chmod 0444 does not stop writes; SQLite's read-only open
    // (the seam in OpenOptions) is the honest way to get a store that refuses them.
    const error = openError(file, { readonly: true });
    expect(error.code).toBe('READ_ONLY');
    expect(error.message).toContain('只读');
    expect(error.message).toContain(file);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a store in a folder nobody may create files in with READ_ONLY', () => {
    // /sys is read-only even for root in this environment.
    const file = '/sys/union-ledger-test/union-ledger.db';
    const error = openError(file);
    expect(error.code).toBe('READ_ONLY');
    expect(error.message).toContain(file);
  });

  it('refuses a store made by a newer version and leaves its data alone', () => {
    const file = path.join(folder(), 'newer.db');
    const db = openStore(file);
    createMember(db, memberInputSchema.parse({ name: '李四' }));
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const error = openError(file);
    expect(error.code).toBe('STORE_BROKEN');
    expect(error.message).toContain('更新版本');
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    expect(raw.prepare('SELECT name FROM members').pluck().all()).toEqual(['李四']);
    raw.close();
  });
});
