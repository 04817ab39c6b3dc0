/**
 * Migration 002 on a store with members: the roster import's batch tables appear, the members are
 * untouched, and a batch row goes with its member when the member is deleted.
 */
import { expect, it } from 'vitest';
import { migrate } from '../../../../src-main/db/migrations';
import { migration002 } from '../../../../src-main/db/migrations/002-roster';
import { AT, MEMBER_TABLES, seedMembers, snapshot, storeAt } from './store-at';

it('adds the import batches without touching the members, and a member can still be deleted', () => {
  const db = storeAt(migration002.version - 1);
  seedMembers(db);
  const before = snapshot(db, MEMBER_TABLES);
  migrate(db, migration002.version);
  expect(snapshot(db, MEMBER_TABLES)).toEqual(before);

  db.exec(`
    INSERT INTO member_import_batches (id, file_name, imported_at, rows, created, updated, unchanged, skipped, warnings)
      VALUES (1, '花名册.xlsx', '${AT}', 2, 1, 1, 0, 0, 0);
    INSERT INTO member_import_rows (batch_id, member_id, source_row, action) VALUES (1, 1, 2, 'created'), (1, 2, 3, 'updated');
  `);
  expect(() => db.prepare("INSERT INTO member_import_rows (batch_id, member_id, source_row, action) VALUES (1, 1, 4, 'moved')").run()).toThrow(/CHECK/);
  db.prepare('DELETE FROM members WHERE id = 1').run();
  expect(db.prepare('SELECT member_id FROM member_import_rows').all()).toEqual([{ member_id: 2 }]);
});
