import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedDispatch as dispatch } from '../../helpers/api';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore> | undefined;
afterEach(() => store?.close());

describe('system.exportBackup', () => {
  it('returns a complete, readable copy of the store for the user to save elsewhere', async () => {
    store = tempStore();
    await dispatch(store.ctx, 'members.create', { name: '赵六', idNumber: '11010519491231002X' });
    const result = await dispatch(store.ctx, 'system.exportBackup', undefined);
    if (!result.ok) throw new Error(result.error.message);
    const file = result.data as { fileName: string; contentBase64: string };
    expect(file.fileName).toMatch(/^工会台账备份-union-ledger-\d{8}-\d{6}\.db$/);
    const copy = path.join(store.dir, 'copy.db');
    fs.writeFileSync(copy, Buffer.from(file.contentBase64, 'base64'));
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT name FROM members').all()).toEqual([{ name: '赵六' }]);
    db.close();
    // Nothing is left behind in the automatic backups folder: this copy is the user's own.
    expect(fs.existsSync(store.ctx.backupDir)).toBe(false);
  });
});

describe('system.restoreBackup', () => {
  it('restores a backup into the open store and keeps a safety copy of what was there', async () => {
    store = tempStore();
    const { ctx } = store;
    await dispatch(ctx, 'members.create', { name: '甲' });
    const backup = await dispatch(ctx, 'system.backupNow', undefined);
    if (!backup.ok) throw new Error(backup.error.message);
    const backupName = (backup.data as { fileName: string }).fileName;
    await new Promise((r) => setTimeout(r, 1100)); // backup names carry the second
    await dispatch(ctx, 'members.create', { name: '乙' });

    const restored = await dispatch(ctx, 'system.restoreBackup', { fileName: backupName });
    if (!restored.ok) throw new Error(restored.error.message);
    const names = await dispatch(ctx, 'members.list', {});
    expect(names.ok && (names.data as { rows: { name: string }[] }).rows.map((r) => r.name)).toEqual(['甲']);

    // The safety copy holds the data from just before the restore.
    const safety = (restored.data as { safetyCopy: { fileName: string } }).safetyCopy.fileName;
    const copy = new Database(path.join(ctx.backupDir, safety), { readonly: true });
    expect(copy.prepare('SELECT name FROM members ORDER BY id').all()).toEqual([{ name: '甲' }, { name: '乙' }]);
    copy.close();

    // The open connection goes on working.
    const added = await dispatch(ctx, 'members.create', { name: '丙' });
    expect(added.ok).toBe(true);
  });

  it('refuses a file that is not a backup of ours and leaves the data as it was', async () => {
    store = tempStore();
    await dispatch(store.ctx, 'members.create', { name: '甲' });
    const junk = await dispatch(store.ctx, 'system.restoreBackup', {
      uploadName: '会员花名册.xlsx',
      contentBase64: Buffer.from('PK\u0003\u0004 not a database').toString('base64'),
    });
    expect(junk).toMatchObject({ ok: false, error: { code: 'FILE', message: '“会员花名册.xlsx”不是有效的工会台账备份文件，无法恢复。' } });
    const missing = await dispatch(store.ctx, 'system.restoreBackup', { fileName: '../../etc/passwd' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const list = await dispatch(store.ctx, 'members.list', {});
    expect(list.ok && (list.data as { total: number }).total).toBe(1);
  });
});
