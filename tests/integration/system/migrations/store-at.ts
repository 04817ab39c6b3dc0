/**
 * What every migration test needs: a real SQLite file at the version before the migration under
 * test, some records written the way that version wrote them, and a snapshot to compare after.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { migrate } from '../../../../src-main/db/migrations';
import type { Db } from '../../../../src-main/db/types';
import { tempDir } from '../../../helpers/store';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A store file migrated up to `version` (0: an empty file), closed and removed after the test. */
export function storeAt(version: number): Db {
  const t = tempDir();
  const db = new Database(path.join(t.dir, 'union-ledger.db'));
  db.pragma('foreign_keys = ON');
  cleanups.push(() => {
    if (db.open) db.close();
    t.cleanup();
  });
  if (version > 0) migrate(db, version);
  return db;
}

export const AT = '2026-03-01 08:00:00';

/** Two members, one with a status change, and the general settings: what migration 001 holds. */
export function seedMembers(db: Db): void {
  db.exec(`
    INSERT INTO members (id, name, name_pinyin, name_initials, gender, id_number, department, phone, join_date, status, created_at, updated_at) VALUES
      (1, '张三丰', 'zhangsanfeng', 'zsf', '男', '11010519491231002X', '语文组', '13800001234', '2010-09-01', '在册', '${AT}', '${AT}'),
      (2, '李四', 'lisi', 'ls', '女', '110105198001010011', '数学组', '13900005678', '2012-09-01', '退休', '${AT}', '${AT}');
    INSERT INTO member_status_history (member_id, from_status, to_status, changed_on, reason, recorded_at)
      VALUES (2, '在册', '退休', '2026-02-01', '到龄退休', '${AT}');
    INSERT INTO settings (key, value) VALUES ('general', '{"schoolName":"某某中学"}');
  `);
}

/** Every row of the given tables, to compare before and after a migration. */
export function snapshot(db: Db, tables: string[]): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

export function tableNames(db: Db): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((r) => r.name);
}

export const MEMBER_TABLES = ['members', 'member_status_history', 'settings'];
