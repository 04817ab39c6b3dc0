/**
 * Migrations from an empty file and from every earlier version. Generic on purpose: each area adds
 * its numbered migration and is covered here without editing this file.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../../../src-main/db/migrations';
import { openStore } from '../../../../src-main/db/open';
import type { Db } from '../../../../src-main/db/types';
import { getMemberDetail, listMembers } from '../../../../src-main/members/service';
import { tempDir } from '../../../helpers/store';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function rawDb(): { db: Db; file: string } {
  const t = tempDir();
  const file = path.join(t.dir, 'union-ledger.db');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  cleanups.push(() => {
    if (db.open) db.close();
    t.cleanup();
  });
  return { db, file };
}

/** Inserts with the columns of migration 001, which every later version must keep. */
function insertV1Member(db: Db): number {
  const info = db
    .prepare(
      `INSERT INTO members (name, name_pinyin, name_initials, gender, birth_date, id_number, department, phone, status, created_at, updated_at)
       VALUES ('张三', 'zhangsan', 'zs', '女', '1949-12-31', '11010519491231002X', '数学组', '13912345678', '在册', '2026-01-01 08:00:00', '2026-01-01 08:00:00')`,
    )
    .run();
  const id = Number(info.lastInsertRowid);
  db.prepare(
    `INSERT INTO member_status_history (member_id, from_status, to_status, changed_on, reason, recorded_at)
     VALUES (?, '在册', '在册', '2026-01-02', '测试', '2026-01-02 08:00:00')`,
  ).run(id);
  db.prepare("INSERT INTO settings (key, value) VALUES ('general', ?)").run(JSON.stringify({ schoolName: '第一中学' }));
  return id;
}

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  it('bring an empty file to the latest version, and a second run does nothing', () => {
    const { db } = rawDb();
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(migrate(db)).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('stop at a target version', () => {
    const { db } = rawDb();
    expect(migrate(db, 1)).toEqual([1]);
    expect(schemaVersion(db)).toBe(1);
  });

  const earlier = Array.from({ length: Math.max(0, LATEST_VERSION - 1) }, (_, i) => i + 1);
  it.each(earlier)('from version %i to the latest keep the members, their history and the settings', (v) => {
    const { db, file } = rawDb();
    migrate(db, v);
    expect(schemaVersion(db)).toBe(v);
    const id = insertV1Member(db);
    db.close();

    const store = openStore(file);
    cleanups.push(() => store.open && store.close());
    expect(schemaVersion(store)).toBe(LATEST_VERSION);
    const detail = getMemberDetail(store, id);
    expect(detail).toMatchObject({ name: '张三', idNumber: '11010519491231002X', department: '数学组', phone: '13912345678' });
    expect(detail.statusHistory).toHaveLength(1);
    expect(listMembers(store, { search: 'zs', page: 1, pageSize: 20 }).rows.map((m) => m.id)).toEqual([id]);
    expect(store.prepare("SELECT value FROM settings WHERE key = 'general'").pluck().get()).toContain('第一中学');
    expect(store.pragma('foreign_key_check')).toEqual([]);
  });
});
