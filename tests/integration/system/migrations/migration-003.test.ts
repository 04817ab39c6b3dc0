/**
 * Migration 003 on a store with members and a roster import: the congress tables appear, the
 * earlier records are untouched, and a delegate seat holds on to its member.
 */
import { expect, it } from 'vitest';
import { migrate } from '../../../../src-main/db/migrations';
import { migration003 } from '../../../../src-main/db/migrations/003-congress';
import { AT, MEMBER_TABLES, seedMembers, snapshot, storeAt, tableNames } from './store-at';

it('adds the congress tables, keeps the members, and refuses deleting a member who holds a seat', () => {
  const db = storeAt(migration003.version - 1);
  seedMembers(db);
  db.exec(`INSERT INTO member_import_batches (id, file_name, imported_at, rows, created, updated, unchanged, skipped, warnings) VALUES (1, 'a.xlsx', '${AT}', 1, 1, 0, 0, 0, 0);`);
  const before = snapshot(db, [...MEMBER_TABLES, 'member_import_batches']);
  migrate(db, migration003.version);
  expect(snapshot(db, [...MEMBER_TABLES, 'member_import_batches'])).toEqual(before);
  expect(tableNames(db)).toEqual(expect.arrayContaining(['congress_sessions', 'congress_delegates', 'congress_motions', 'congress_votes']));

  db.exec(`INSERT INTO congress_delegates (term, member_id, kind, is_teacher, created_at, updated_at) VALUES (5, 1, '正式', 1, '${AT}', '${AT}');`);
  // One open seat per member and term.
  expect(() => db.exec(`INSERT INTO congress_delegates (term, member_id, kind, is_teacher, created_at, updated_at) VALUES (5, 1, '列席', 0, '${AT}', '${AT}');`)).toThrow(/UNIQUE/);
  expect(() => db.prepare('DELETE FROM members WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
  db.prepare('DELETE FROM members WHERE id = 2').run();
});
