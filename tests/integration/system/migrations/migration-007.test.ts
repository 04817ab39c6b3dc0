/**
 * Migration 007 on a store with members: the department order is seeded in the roster's order
 * (first appearance), every member gets its department's rank, and the list walks its index.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion } from '../../../../src-main/db/migrations';
import { migration007 } from '../../../../src-main/db/migrations/007-office-order';
import { tempDir } from '../../../helpers/store';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('migration 007: department order and scheduled status changes', () => {
  it('seeds the order from the members as the roster listed them and keeps ranks for new rows', () => {
    const t = tempDir();
    const db = new Database(path.join(t.dir, 'store.db'));
    cleanups.push(() => {
      db.close();
      t.cleanup();
    });
    migrate(db, migration007.version - 1);
    const insert = db.prepare(
      "INSERT INTO members (name, department, created_at, updated_at) VALUES (?, ?, '2026-01-01 08:00:00', '2026-01-01 08:00:00')",
    );
    for (const [name, dep] of [['甲', '语文组'], ['乙', '数学组'], ['丙', null], ['丁', '语文组'], ['戊', '英语组']] as const) insert.run(name, dep);
    expect(migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version >= migration007.version).map((m) => m.version));
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(migration007.version);
    expect(db.prepare('SELECT name, position FROM department_order ORDER BY position').all()).toEqual([
      { name: '语文组', position: 1 },
      { name: '数学组', position: 2 },
      { name: '英语组', position: 3 },
    ]);
    expect(db.prepare('SELECT name, department_rank AS r FROM members ORDER BY id').all()).toEqual([
      { name: '甲', r: 1 },
      { name: '乙', r: 2 },
      { name: '丙', r: null },
      { name: '丁', r: 1 },
      { name: '戊', r: 3 },
    ]);
    insert.run('己', '综合组');
    db.prepare("UPDATE members SET department = '数学组' WHERE name = '丙'").run();
    expect(db.prepare("SELECT department_rank AS r FROM members WHERE name IN ('己', '丙') ORDER BY id").all()).toEqual([{ r: 2 }, { r: 4 }]);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM members ORDER BY department IS NULL, department_rank, department, name_pinyin, id LIMIT 20")
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).not.toContain('TEMP B-TREE');
    db.prepare("INSERT INTO member_scheduled_status (member_id, to_status, effective_on, recorded_at) VALUES (1, '退休', '2027-06-30', 'x')").run();
    expect(() => db.prepare("INSERT INTO member_scheduled_status (member_id, to_status, effective_on, recorded_at) VALUES (2, '休假', '2027-06-30', 'x')").run()).toThrow();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
