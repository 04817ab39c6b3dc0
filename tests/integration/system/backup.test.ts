import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { memberInputSchema } from '../../../shared/members/schema';
import { bootServices, closeServices } from '../../../src-main/app/boot';
import { BACKUPS_KEPT, backupDirFor, backupNow, dailyBackup, listBackups } from '../../../src-main/db/backup';
import { createMember } from '../../../src-main/members/service';
import { tempDir, tempStore } from '../../helpers/store';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function store() {
  const s = tempStore();
  cleanups.push(s.close);
  return s;
}

describe('backups', () => {
  it('go into a backups folder beside the store', () => {
    expect(backupDirFor('/data/工会/union-ledger.db')).toBe(path.join('/data/工会', 'backups'));
  });

  it('are made at most once a day', async () => {
    const { ctx } = store();
    const morning = new Date(2026, 10, 24, 8, 0, 0);
    const first = await dailyBackup(ctx, morning);
    expect(first?.fileName).toBe('工会台账备份-union-ledger-20261124-080000.db');
    expect(await dailyBackup(ctx, new Date(2026, 10, 24, 17, 30, 0))).toBeNull();
    const next = await dailyBackup(ctx, new Date(2026, 10, 25, 8, 0, 0));
    expect(next?.fileName).toBe('工会台账备份-union-ledger-20261125-080000.db');
    expect(listBackups(ctx.backupDir, ctx.storePath)).toHaveLength(2);
  });

  it('keep the newest 30 and leave other files alone', async () => {
    const { ctx } = store();
    fs.mkdirSync(ctx.backupDir, { recursive: true });
    fs.writeFileSync(path.join(ctx.backupDir, '说明.txt'), '用户自己的文件');
    for (let day = 1; day <= 35; day++) await dailyBackup(ctx, new Date(2026, 0, day, 9, 0, 0));
    const kept = listBackups(ctx.backupDir, ctx.storePath).map((b) => b.fileName);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]).toBe('工会台账备份-union-ledger-20260204-090000.db');
    expect(kept.at(-1)).toBe('工会台账备份-union-ledger-20260106-090000.db');
    expect(fs.existsSync(path.join(ctx.backupDir, '说明.txt'))).toBe(true);
  });

  it('are complete SQLite files holding the data, including changes still in the WAL', async () => {
    const { ctx } = store();
    createMember(ctx.db, memberInputSchema.parse({ name: '王五', idNumber: '11010519491231002X' }));
    const info = await backupNow(ctx, new Date(2026, 10, 24, 12, 0, 0));
    const copy = new Database(path.join(ctx.backupDir, info.fileName), { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT name, id_number FROM members').all()).toEqual([{ name: '王五', id_number: '11010519491231002X' }]);
    } finally {
      copy.close();
    }
    expect(info.sizeBytes).toBeGreaterThan(0);
  });

  it('are made when the services start, once a day', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, 'union-ledger.db');
    const logs: string[] = [];
    const ctx = await bootServices({ storePath: file, shell: 'browser', log: (m) => logs.push(m) });
    closeServices(ctx);
    expect(listBackups(backupDirFor(file), file)).toHaveLength(1);
    expect(logs.join('\n')).toContain('已自动备份');
    const again = await bootServices({ storePath: file, shell: 'browser' });
    closeServices(again);
    expect(listBackups(backupDirFor(file), file)).toHaveLength(1);
  });
});
