/**
 * Backups that always restore: interrupted copies never count, names never collide, each store has
 * its own backups and daily slot, and a restore proves it put the backup's content back.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { memberInputSchema } from '../../../shared/members/schema';
import { createMember } from '../../../src-main/members/service';
import { dispatch } from '../../../src-main/api/dispatch';
import { APP_VERSION } from '../../../src-main/app/boot';
import type { AppContext } from '../../../src-main/api/context';
import { backupDirFor, backupNow, dailyBackup, listBackups } from '../../../src-main/db/backup';
import { openStore } from '../../../src-main/db/open';
import { contentDigest, restoreFromFile } from '../../../src-main/db/restore';
import { tempDir } from '../../helpers/store';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function storeIn(dir: string, name: string): AppContext {
  const file = path.join(dir, name);
  const db = openStore(file);
  cleanups.unshift(() => db.open && db.close());
  return { db, storePath: file, backupDir: backupDirFor(file), shell: 'browser', appVersion: APP_VERSION };
}

function folder(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

async function names(ctx: AppContext): Promise<string[]> {
  const list = await dispatch(ctx, 'members.list', { pageSize: 500 });
  if (!list.ok) throw new Error(list.error.message);
  return (list.data as { rows: { name: string }[] }).rows.map((r) => r.name).sort();
}

const quiet = () => undefined;

describe('an interrupted backup', () => {
  it('is never listed, never takes the day’s slot, and is cleared by the next backup', async () => {
    const ctx = storeIn(folder(), 'union-ledger.db');
    fs.mkdirSync(ctx.backupDir, { recursive: true });
    const now = new Date(2026, 10, 24, 8, 0, 0);
    // What a kill during the copy leaves: the temporary file (this version) …
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
    const partial = path.join(ctx.backupDir, `工会台账备份-union-ledger-20261124-075959.db.${deadPid}-0a1b.partial`);
    fs.writeFileSync(partial, Buffer.alloc(3 * 1024 * 1024, 1));
    // … and what older versions left: a .db with its hot journal.
    const old = path.join(ctx.backupDir, '工会台账备份-20261124-075900.db');
    fs.writeFileSync(old, Buffer.alloc(4096, 2));
    fs.writeFileSync(`${old}-journal`, Buffer.alloc(512, 3));
    expect(listBackups(ctx.backupDir, ctx.storePath)).toEqual([]);

    const made = await dailyBackup(ctx, now);
    expect(made?.fileName).toBe('工会台账备份-union-ledger-20261124-080000.db');
    expect(fs.readdirSync(ctx.backupDir).sort()).toEqual(['工会台账备份-union-ledger-20261124-080000.db']);
    const listed = listBackups(ctx.backupDir, ctx.storePath);
    expect(listed.map((b) => b.fileName)).toEqual([made!.fileName]);
    // The one listed restores.
    const restored = await dispatch(ctx, 'system.restoreBackup', { fileName: made!.fileName }, quiet);
    expect(restored.ok).toBe(true);
  });
});

describe('backup names', () => {
  it('never collide: a backup and a restore in the same second keep both copies, and the restore puts back the backup', async () => {
    const ctx = storeIn(folder(), 'union-ledger.db');
    await dispatch(ctx, 'members.create', { name: '甲' });
    const second = new Date(2026, 10, 24, 9, 30, 0);
    const chosen = await backupNow(ctx, second);
    await dispatch(ctx, 'members.create', { name: '乙' });
    const again = await backupNow(ctx, second);
    expect(again.fileName).not.toBe(chosen.fileName);
    expect(again.fileName).toBe('工会台账备份-union-ledger-20261124-093000-2.db');

    // No waiting for the clock: the safety copy gets a name of its own.
    const restored = await dispatch(ctx, 'system.restoreBackup', { fileName: chosen.fileName }, quiet);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(await names(ctx)).toEqual(['甲']);
    const safety = (restored.data as { safetyCopy: { fileName: string } }).safetyCopy.fileName;
    expect([chosen.fileName, again.fileName]).not.toContain(safety);
    const chosenCopy = new Database(path.join(ctx.backupDir, chosen.fileName), { readonly: true });
    expect(chosenCopy.prepare('SELECT name FROM members').pluck().all()).toEqual(['甲']);
    chosenCopy.close();

    // Nothing stray beside the backups or the store.
    expect(fs.readdirSync(ctx.backupDir).filter((f) => /-(wal|shm|journal)$|\.partial$/.test(f))).toEqual([]);
    expect(fs.readdirSync(path.dirname(ctx.storePath)).filter((f) => /restore|candidate/.test(f))).toEqual([]);
  });

  it('stay apart when two backups run at once in the same second', async () => {
    const ctx = storeIn(folder(), 'union-ledger.db');
    await dispatch(ctx, 'members.create', { name: '甲' });
    const second = new Date(2026, 10, 24, 10, 0, 0);
    const [x, y] = await Promise.all([backupNow(ctx, second), backupNow(ctx, second)]);
    expect(x.fileName).not.toBe(y.fileName);
    expect(listBackups(ctx.backupDir, ctx.storePath).map((b) => b.fileName).sort()).toEqual([x.fileName, y.fileName].sort());
    expect(fs.readdirSync(ctx.backupDir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('carry the store’s name: stores side by side have their own backups and their own daily slot', async () => {
    const dir = folder();
    const a = storeIn(dir, 'a.db');
    const b = storeIn(dir, 'b.db');
    const now = new Date(2026, 10, 24, 8, 0, 0);
    expect((await dailyBackup(a, now))?.fileName).toBe('工会台账备份-a-20261124-080000.db');
    expect((await dailyBackup(b, now))?.fileName).toBe('工会台账备份-b-20261124-080000.db');
    expect(await dailyBackup(a, now)).toBeNull();
    expect(listBackups(a.backupDir, a.storePath).map((x) => x.fileName)).toEqual(['工会台账备份-a-20261124-080000.db']);
    expect(listBackups(b.backupDir, b.storePath).map((x) => x.fileName)).toEqual(['工会台账备份-b-20261124-080000.db']);
  });
});

describe('restore', () => {
  it('takes a backup whose page size differs from the store’s (not a read-only problem)', async () => {
    const dir = folder();
    const ctx = storeIn(dir, 'union-ledger.db');
    await dispatch(ctx, 'members.create', { name: '现在' });
    const other = path.join(dir, 'big-pages.db');
    const src = openStore(other);
    createMember(src, memberInputSchema.parse({ name: '旧' }));
    src.close();
    const rebuilt = new Database(other);
    rebuilt.pragma('journal_mode = DELETE');
    rebuilt.pragma('page_size = 16384');
    rebuilt.exec('VACUUM');
    expect(rebuilt.pragma('page_size', { simple: true })).toBe(16384);
    rebuilt.close();
    const result = await dispatch(
      ctx,
      'system.restoreBackup',
      { uploadName: '旧备份.db', contentBase64: fs.readFileSync(other).toString('base64') },
      quiet,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(await names(ctx)).toEqual(['旧']);
    expect(ctx.db.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('checks afterwards that the store holds the backup’s content', async () => {
    const ctx = storeIn(folder(), 'union-ledger.db');
    await dispatch(ctx, 'members.create', { name: '甲' });
    const made = await backupNow(ctx);
    const copy = new Database(path.join(ctx.backupDir, made.fileName), { readonly: true });
    const expected = contentDigest(copy);
    copy.close();
    await dispatch(ctx, 'members.create', { name: '乙' });
    expect(contentDigest(ctx.db)).not.toBe(expected);
    await restoreFromFile(ctx, path.join(ctx.backupDir, made.fileName), made.fileName, quiet);
    expect(contentDigest(ctx.db)).toBe(expected);
  });

  it('refuses a damaged backup in Chinese, keeping SQLite’s report for the log', async () => {
    const dir = folder();
    const ctx = storeIn(dir, 'union-ledger.db');
    await dispatch(ctx, 'members.create', { name: '甲' });
    const bad = path.join(dir, 'bad.db');
    fs.writeFileSync(bad, Buffer.concat([fs.readFileSync(ctx.storePath).subarray(0, 100), Buffer.alloc(8192, 0x41)]));
    const logged: string[] = [];
    await expect(restoreFromFile(ctx, bad, 'bad.db', (m) => logged.push(m))).rejects.toThrow(/不是有效的工会台账备份文件|已损坏/);
    expect(await names(ctx)).toEqual(['甲']);
  });
});

describe('opening a damaged store', () => {
  it('says so in a Chinese sentence; the integrity report goes to the log', () => {
    const dir = folder();
    const file = path.join(dir, 'union-ledger.db');
    const db = openStore(file);
    for (let i = 0; i < 300; i++) createMember(db, memberInputSchema.parse({ name: `会员${i}`, notes: '备注'.repeat(40) }));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Scribble over a page in the middle of the members table.
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x55, pageSize * 4 + 8, pageSize * 4 + 200);
    fs.writeFileSync(file, bytes);
    const logged: string[] = [];
    let message = '';
    try {
      openStore(file, { log: (m) => logged.push(m) }).close();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/已损坏/);
    expect(message).not.toMatch(/\*\*\*|Tree|page|database/i);
    if (logged.length) expect(logged.join('\n')).toMatch(/quick_check/);
  });
});
