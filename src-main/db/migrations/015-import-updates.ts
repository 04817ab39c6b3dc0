import type { Migration } from '../types';

/**
 * The roster joins the import engine's batch tables.
 *   - The engine learns to update records: a batch counts the records it updated, and each updated
 *     record keeps the fields it changed with their values before and after (JSON
 *     {field: [before, after]}, the shape migration 002 kept for the roster), so an undo can put
 *     each field back.
 *   - Every roster batch of migration 002's member_import_* tables moves into import_batches
 *     (record_set 'members') with its members as import_batch_records (record_table 'members'), so
 *     earlier roster imports stay listed and undoable; the old tables go.
 * Rows of members deleted since were dropped by 002's cascade; an undo finds nothing of them either way.
 */
export const IMPORT_UPDATES_VERSION = 15;

interface OldBatch {
  id: number;
  file_name: string;
  sheet_name: string | null;
  imported_at: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  warnings: number;
  undone_at: string | null;
}

export const migration015: Migration = {
  version: IMPORT_UPDATES_VERSION,
  name: 'import updates and roster batches',
  up(db) {
    db.exec(`
      ALTER TABLE import_batches ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE import_batch_records ADD COLUMN action TEXT NOT NULL DEFAULT 'created' CHECK (action IN ('created', 'updated'));
      ALTER TABLE import_batch_records ADD COLUMN changes TEXT;
    `);
    const batch = db.prepare(
      `INSERT INTO import_batches (record_set, file_name, sheet_name, options, imported_at, rows, created, updated, unchanged, skipped, warnings, undone_at)
       VALUES ('members', ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const records = db.prepare(
      `INSERT INTO import_batch_records (batch_id, record_table, record_id, source_row, action, changes)
       SELECT ?, 'members', member_id, source_row, action, changes FROM member_import_rows WHERE batch_id = ? ORDER BY id`,
    );
    for (const b of db.prepare<[], OldBatch>('SELECT * FROM member_import_batches ORDER BY id').all()) {
      const info = batch.run(b.file_name, b.sheet_name, b.imported_at, b.rows, b.created, b.updated, b.unchanged, b.skipped, b.warnings, b.undone_at);
      records.run(Number(info.lastInsertRowid), b.id);
    }
    db.exec('DROP TABLE member_import_rows; DROP TABLE member_import_batches;');
  },
};
