import type { Migration } from '../types';

/**
 * 基层汇总: the district's list of schools and the year ledgers they send. A school sends again →
 * the earlier report gets replaced_at and stays as history; at most one current report per school
 * and year (the partial unique index). The figures and registers are kept as the school sent them,
 * as JSON, so areas added to report.year later need no new column.
 */
export const DISTRICT_VERSION = 14;

export const migration014: Migration = {
  version: DISTRICT_VERSION,
  name: 'district roll-up',
  up(db) {
    db.exec(`
      CREATE TABLE district_schools (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        type        TEXT CHECK (type IN ('中学', '小学', '幼儿园', '职校')),
        contact     TEXT,
        phone       TEXT,
        staff       INTEGER CHECK (staff >= 0),
        notes       TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE district_reports (
        id              INTEGER PRIMARY KEY,
        school_id       INTEGER NOT NULL REFERENCES district_schools (id),
        year            INTEGER NOT NULL,
        file_name       TEXT NOT NULL,
        -- The name as the school's file gives it (may differ from the list when attached by hand).
        sent_name       TEXT NOT NULL,
        union_name      TEXT NOT NULL,
        format_version  INTEGER NOT NULL,
        app_version     TEXT NOT NULL,
        exported_at     TEXT NOT NULL,
        received_at     TEXT NOT NULL,
        replaced_at     TEXT,
        hash            TEXT NOT NULL,
        figures         TEXT NOT NULL,
        previous        TEXT NOT NULL,
        sentences       TEXT NOT NULL,
        checks          TEXT NOT NULL,
        hardship        TEXT NOT NULL,
        motions         TEXT NOT NULL,
        votes           TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX district_reports_current ON district_reports (school_id, year) WHERE replaced_at IS NULL;
      CREATE INDEX district_reports_year ON district_reports (year, replaced_at);
    `);
  },
};
