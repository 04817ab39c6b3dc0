import type { Migration } from '../types';

/**
 * 会费收缴 and the 自评 rubric:
 * - dues_bases: each member's monthly salary base (缴费基数) for a year, entered or imported.
 * - dues_payments: one collection record (a month, a quarter or any run of months of one year) with
 *   what was paid, when and how; dues_payment_months holds each month it covers, so a month paid
 *   twice is refused by the store itself (the primary key), not only by the service.
 * - rubric_marks: the chair's own score and note for a rubric item judged by hand, per year. The
 *   rubric itself lives in the settings table (report.rubric), like the welfare standards.
 */
export const DUES_RUBRIC_VERSION = 13;

export const migration013: Migration = {
  version: DUES_RUBRIC_VERSION,
  name: 'dues and self-assessment marks',
  up(db) {
    db.exec(`
      CREATE TABLE dues_bases (
        member_id  INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        base_fen   INTEGER NOT NULL CHECK (base_fen >= 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (member_id, year)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE dues_payments (
        id         INTEGER PRIMARY KEY,
        member_id  INTEGER NOT NULL REFERENCES members (id),
        year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        month_from INTEGER NOT NULL CHECK (month_from BETWEEN 1 AND 12),
        month_to   INTEGER NOT NULL CHECK (month_to BETWEEN month_from AND 12),
        amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
        paid_on    TEXT NOT NULL,
        method     TEXT NOT NULL,
        notes      TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dues_payments_year ON dues_payments (year, member_id);

      CREATE TABLE dues_payment_months (
        member_id  INTEGER NOT NULL,
        year       INTEGER NOT NULL,
        month      INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        payment_id INTEGER NOT NULL REFERENCES dues_payments (id) ON DELETE CASCADE,
        PRIMARY KEY (member_id, year, month)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX dues_payment_months_payment ON dues_payment_months (payment_id);

      CREATE TABLE rubric_marks (
        year       INTEGER NOT NULL,
        item_key   TEXT NOT NULL,
        score      INTEGER NOT NULL CHECK (score >= 0),
        note       TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (year, item_key)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
