import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatch';
import { tempStore } from '../helpers/store';

let store: ReturnType<typeof tempStore> | undefined;
afterEach(() => store?.close());

describe('system.exportBackup', () => {
  it('returns a complete, readable copy of the store for the user to save elsewhere', async () => {
    store = tempStore();
    await dispatch(store.ctx, 'members.create', { name: '赵六', idNumber: '11010519491231002X' });
    const result = await dispatch(store.ctx, 'system.exportBackup', undefined);
    if (!result.ok) throw new Error(result.error.message);
    const file = result.data as { fileName: string; contentBase64: string };
    expect(file.fileName).toMatch(/^工会台账备份-\d{8}-\d{6}\.db$/);
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
