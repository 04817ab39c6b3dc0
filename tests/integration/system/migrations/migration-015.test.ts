/**
 * Migration 015 on a store with earlier roster imports: the batches move into the import engine's
 * tables and stay listed and undoable; the engine's tables learn updated records.
 */
import { expect, it } from 'vitest';
import { migrate } from '../../../../src-main/db/migrations';
import { IMPORT_UPDATES_VERSION } from '../../../../src-main/db/migrations/015-import-updates';
import { getMember } from '../../../../src-main/members/service';
import { listRecordBatches, undoRecords } from '../../../../src-main/import/records';
import { AT, seedMembers, storeAt } from './store-at';

it('carries the roster batches into the engine tables: an earlier import is still listed and undone field by field', () => {
  const db = storeAt(IMPORT_UPDATES_VERSION - 1);
  seedMembers(db);
  db.exec(`
    INSERT INTO member_import_batches (id, file_name, sheet_name, imported_at, rows, created, updated, unchanged, skipped, warnings, undone_at) VALUES
      (3, '旧花名册.xlsx', '花名册', '${AT}', 1, 1, 0, 0, 0, 0, '2026-03-02 09:00:00'),
      (4, '花名册.xlsx', '花名册', '${AT}', 2, 1, 1, 0, 1, 0, NULL);
    INSERT INTO member_import_rows (batch_id, member_id, source_row, action, changes) VALUES
      (4, 1, 3, 'created', NULL),
      (4, 2, 4, 'updated', '{"department":["英语组","数学组"],"phone":[null,"13900005678"]}');
    INSERT INTO import_batches (record_set, file_name, imported_at, rows, created, unchanged, skipped, warnings) VALUES ('visits', '慰问.xlsx', '${AT}', 1, 1, 0, 0, 0);
  `);
  migrate(db);

  expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'member_import%'").all()).toEqual([]);
  const batches = listRecordBatches(db, 'members');
  expect(batches.map((b) => [b.fileName, b.sheet, b.rows, b.created, b.updated, b.skipped, b.undoneAt])).toEqual([
    ['花名册.xlsx', '花名册', 2, 1, 1, 1, null],
    ['旧花名册.xlsx', '花名册', 1, 1, 0, 0, '2026-03-02 09:00:00'],
  ]);
  // The record set's batch is no roster batch.
  expect(db.prepare("SELECT count(*) AS n FROM import_batches WHERE record_set = 'visits'").get()).toEqual({ n: 1 });

  // The phone was changed again after the import: it keeps the newer value; the department goes back.
  db.prepare("UPDATE members SET phone = '13700000000' WHERE id = 2").run();
  const result = undoRecords(db, batches[0]!.id);
  expect(result).toMatchObject({ removed: 1, restored: 1, kept: 1, gone: 0 });
  expect(db.prepare('SELECT id FROM members ORDER BY id').all()).toEqual([{ id: 2 }]);
  expect(getMember(db, 2)).toMatchObject({ department: '英语组', phone: '13700000000' });
  expect(() => undoRecords(db, batches[1]!.id)).toThrow(/已于 2026-03-02 09:00:00 撤销过/);
});
