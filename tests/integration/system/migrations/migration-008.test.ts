/**
 * Migration 008 on a store with a roster import: the record import batches appear beside the
 * roster's own (which keep their rows), and a batch's record list goes with the batch.
 */
import { expect, it } from 'vitest';
import { migrate } from '../../../../src-main/db/migrations';
import { IMPORT_BATCHES_VERSION } from '../../../../src-main/db/migrations/008-import-batches';
import { AT, MEMBER_TABLES, seedMembers, snapshot, storeAt } from './store-at';

it('adds the record import batches and leaves the roster batches as they were', () => {
  const db = storeAt(IMPORT_BATCHES_VERSION - 1);
  seedMembers(db);
  db.exec(`
    INSERT INTO member_import_batches (id, file_name, imported_at, rows, created, updated, unchanged, skipped, warnings)
      VALUES (1, '花名册.xlsx', '${AT}', 2, 2, 0, 0, 0, 0);
    INSERT INTO member_import_rows (batch_id, member_id, source_row, action) VALUES (1, 1, 2, 'created'), (1, 2, 3, 'created');
  `);
  const tables = [...MEMBER_TABLES, 'member_import_batches', 'member_import_rows'];
  const before = snapshot(db, tables);
  migrate(db, IMPORT_BATCHES_VERSION);
  expect(snapshot(db, tables)).toEqual(before);

  db.exec(`
    INSERT INTO import_batches (id, record_set, file_name, imported_at, rows, created, unchanged, skipped, warnings)
      VALUES (7, 'visits', '慰问记录.xlsx', '${AT}', 1, 1, 0, 0, 0);
    INSERT INTO import_batch_records (batch_id, record_table, record_id, source_row) VALUES (7, 'welfare_visits', 1, 2);
  `);
  expect(db.prepare('SELECT options FROM import_batches WHERE id = 7').get()).toEqual({ options: '{}' });
  db.prepare('DELETE FROM import_batches WHERE id = 7').run();
  expect(db.prepare('SELECT count(*) AS n FROM import_batch_records').get()).toEqual({ n: 0 });
});
