import type { Migration } from '../types';

/**
 * Tables of the welfare area: visits, batches of visits, the hardship register and its family
 * sub-table. Standards live in settings under 'welfare'. Visits and files reference members without
 * cascade, so a member with welfare records cannot be deleted (the records are finance evidence).
 */
export const migration005: Migration = {
  version: 5,
  name: 'welfare',
  up(db) {
    db.exec(`
      CREATE TABLE welfare_batches (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL,
        visit_date  TEXT NOT NULL,
        reason      TEXT NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE welfare_visits (
        id                    INTEGER PRIMARY KEY,
        member_id             INTEGER REFERENCES members (id),
        recipient_name        TEXT,
        recipient_relation    TEXT,
        -- The member's department on the day of the visit, so past statistics do not move.
        department            TEXT,
        visit_date            TEXT NOT NULL,
        reason                TEXT NOT NULL,
        amount_fen            INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
        goods                 TEXT,
        goods_value_fen       INTEGER NOT NULL DEFAULT 0 CHECK (goods_value_fen >= 0),
        visitors              TEXT,
        evidence              TEXT NOT NULL DEFAULT '[]',
        notes                 TEXT,
        batch_id              INTEGER REFERENCES welfare_batches (id) ON DELETE CASCADE,
        over_standard         INTEGER NOT NULL DEFAULT 0 CHECK (over_standard IN (0, 1)),
        over_standard_reasons TEXT,
        over_standard_note    TEXT,
        confirmed_at          TEXT,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        CHECK (member_id IS NOT NULL OR recipient_name IS NOT NULL)
      ) STRICT;
      -- Covers the yearly statistics, which then read the index alone (bench/welfare-stats.bench.ts).
      CREATE INDEX welfare_visits_date ON welfare_visits
        (visit_date, member_id, recipient_name, department, reason, amount_fen, goods_value_fen, over_standard);
      CREATE INDEX welfare_visits_member ON welfare_visits (member_id, reason, visit_date);
      CREATE INDEX welfare_visits_recipient ON welfare_visits (recipient_name, reason, visit_date) WHERE member_id IS NULL;
      CREATE INDEX welfare_visits_batch ON welfare_visits (batch_id);

      CREATE TABLE hardship_files (
        id                    INTEGER PRIMARY KEY,
        member_id             INTEGER NOT NULL REFERENCES members (id),
        level                 TEXT NOT NULL CHECK (level IN ('深度困难', '相对困难', '意外致困')),
        main_cause            TEXT NOT NULL,
        secondary_causes      TEXT NOT NULL DEFAULT '[]',
        household_size        INTEGER NOT NULL CHECK (household_size >= 1),
        per_capita_income_fen INTEGER NOT NULL CHECK (per_capita_income_fen >= 0),
        health                TEXT,
        housing               TEXT,
        filed_on              TEXT NOT NULL,
        verified_on           TEXT NOT NULL,
        verified_by           TEXT NOT NULL,
        status                TEXT NOT NULL DEFAULT '在档' CHECK (status IN ('在档', '脱困', '退出')),
        status_date           TEXT,
        status_reason         TEXT,
        notes                 TEXT,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX hardship_files_one_active ON hardship_files (member_id) WHERE status = '在档';
      CREATE INDEX hardship_files_member ON hardship_files (member_id);

      CREATE TABLE hardship_family_members (
        id                 INTEGER PRIMARY KEY,
        file_id            INTEGER NOT NULL REFERENCES hardship_files (id) ON DELETE CASCADE,
        position           INTEGER NOT NULL,
        name               TEXT NOT NULL,
        relation           TEXT NOT NULL,
        birth_date         TEXT,
        occupation         TEXT,
        monthly_income_fen INTEGER NOT NULL DEFAULT 0 CHECK (monthly_income_fen >= 0),
        health             TEXT
      ) STRICT;
      CREATE INDEX hardship_family_file ON hardship_family_members (file_id, position);
    `);
  },
};
