import type { Migration } from '../types';

/**
 * Batches of the import engine for every record set but the roster (which keeps migration 002's
 * member_import_* tables): one row per import, and the id of each record it created, so a batch
 * can be undone as a whole. record_id is not a foreign key: the records live in each area's table.
 */
export const IMPORT_BATCHES_VERSION = 8;

export const migration008: Migration = {
  version: IMPORT_BATCHES_VERSION,
  name: 'import batches',
  up(db) {
    db.exec(`
      CREATE TABLE import_batches (
        id           INTEGER PRIMARY KEY,
        record_set   TEXT NOT NULL,
        file_name    TEXT NOT NULL,
        sheet_name   TEXT,
        -- The options the import ran with (session, term) as JSON.
        options      TEXT NOT NULL DEFAULT '{}',
        imported_at  TEXT NOT NULL,
        rows         INTEGER NOT NULL,
        created      INTEGER NOT NULL,
        unchanged    INTEGER NOT NULL,
        skipped      INTEGER NOT NULL,
        warnings     INTEGER NOT NULL,
        undone_at    TEXT
      ) STRICT;
      CREATE INDEX import_batches_set ON import_batches (record_set, id);

      CREATE TABLE import_batch_records (
        batch_id     INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
        -- The table the record is in (a motion import may also add delegates).
        record_table TEXT NOT NULL,
        record_id    INTEGER NOT NULL,
        source_row   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX import_batch_records_batch ON import_batch_records (batch_id);
    `);
  },
};
