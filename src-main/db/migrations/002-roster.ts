import type { Migration } from '../types';

/**
 * Member import batches: each import (导入花名册) is recorded with its counts, and each member it
 * created or changed with the values it replaced, so the batch can be undone as a whole.
 *
 * Batch rows reference members ON DELETE CASCADE: a batch row is the import's own bookkeeping
 * about one member, not a record the user keeps about them. Deleting the member must stay possible
 * (db/references.ts skips cascading references), and once the member is gone there is nothing left
 * for an undo to remove or restore, so the bookkeeping row goes with it.
 */
export const migration002: Migration = {
  version: 2,
  name: 'member import batches',
  up(db) {
    db.exec(`
      CREATE TABLE member_import_batches (
        id          INTEGER PRIMARY KEY,
        file_name   TEXT NOT NULL,
        sheet_name  TEXT,
        imported_at TEXT NOT NULL,
        rows        INTEGER NOT NULL,
        created     INTEGER NOT NULL,
        updated     INTEGER NOT NULL,
        unchanged   INTEGER NOT NULL,
        skipped     INTEGER NOT NULL,
        warnings    INTEGER NOT NULL,
        undone_at   TEXT
      ) STRICT;

      CREATE TABLE member_import_rows (
        id         INTEGER PRIMARY KEY,
        batch_id   INTEGER NOT NULL REFERENCES member_import_batches (id) ON DELETE CASCADE,
        member_id  INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        source_row INTEGER NOT NULL,
        action     TEXT NOT NULL CHECK (action IN ('created', 'updated')),
        -- For 'updated': {"field": [before, after], ...} of the fields the import changed.
        changes    TEXT
      ) STRICT;
      CREATE INDEX member_import_rows_batch ON member_import_rows (batch_id);
      CREATE INDEX member_import_rows_member ON member_import_rows (member_id);
    `);
  },
};
