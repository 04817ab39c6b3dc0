/**
 * Migration 001 on an empty file: the member register, its status history and the settings table
 * appear, and what the first version wrote reads back through today's services.
 */
import { expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../../../src-main/db/migrations';
import { migration001 } from '../../../../src-main/db/migrations/001-members-settings';
import { getMember } from '../../../../src-main/members/service';
import { getGeneralSettings } from '../../../../src-main/settings/service';
import { seedMembers, storeAt, tableNames } from './store-at';

it('creates the register on an empty file, and its records stay readable up to the latest version', () => {
  const db = storeAt(migration001.version - 1);
  expect(schemaVersion(db)).toBe(0);
  expect(migrate(db, migration001.version)).toEqual([migration001.version]);
  expect(tableNames(db)).toEqual(['member_status_history', 'members', 'settings']);
  seedMembers(db);
  // A member must have a known status and gender; the register refuses anything else.
  expect(() => db.prepare("INSERT INTO members (name, status, created_at, updated_at) VALUES ('王五', '离职', 'x', 'x')").run()).toThrow(/CHECK/);

  expect(migrate(db)).toEqual(MIGRATIONS.slice(migration001.version).map((m) => m.version));
  expect(schemaVersion(db)).toBe(LATEST_VERSION);
  expect(getMember(db, 1)).toMatchObject({ name: '张三丰', idNumber: '11010519491231002X', department: '语文组', status: '在册' });
  expect(getMember(db, 2)).toMatchObject({ name: '李四', status: '退休' });
  expect(getGeneralSettings(db).schoolName).toBe('某某中学');
  // Deleting a member takes its status history with it (ON DELETE CASCADE).
  db.prepare('DELETE FROM members WHERE id = 2').run();
  expect(db.prepare('SELECT count(*) AS n FROM member_status_history').get()).toEqual({ n: 0 });
});
