import type { Migration } from '../types';

/**
 * The import engine learns to update records: a batch counts the records it updated, and each
 * updated record keeps the fields it changed with their values before and after (JSON
 * {field: [before, after]}), so an undo can put each field back.
 */
export const IMPORT_UPDATES_VERSION = 15;

export const migration015: Migration = {
  version: IMPORT_UPDATES_VERSION,
  name: 'import updates',
  up(db) {
    db.exec(`
      ALTER TABLE import_batches ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE import_batch_records ADD COLUMN action TEXT NOT NULL DEFAULT 'created' CHECK (action IN ('created', 'updated'));
      ALTER TABLE import_batch_records ADD COLUMN changes TEXT;
    `);
  },
};
