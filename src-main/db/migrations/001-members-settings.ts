import type { Migration } from '../types';

/** The first schema: settings, the member register and its status history. */
export const migration001: Migration = {
  version: 1,
  name: 'members and settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE members (
        id               INTEGER PRIMARY KEY,
        name             TEXT NOT NULL,
        name_pinyin      TEXT NOT NULL DEFAULT '',
        name_initials    TEXT NOT NULL DEFAULT '',
        gender           TEXT CHECK (gender IN ('男', '女')),
        ethnicity        TEXT,
        birth_date       TEXT,
        id_number        TEXT UNIQUE,
        political_status TEXT,
        education        TEXT,
        title            TEXT,
        department       TEXT,
        position         TEXT,
        phone            TEXT,
        employment_type  TEXT CHECK (employment_type IN ('在编', '编外', '临聘')),
        join_date        TEXT,
        status           TEXT NOT NULL DEFAULT '在册' CHECK (status IN ('在册', '调出', '退休', '退会', '去世')),
        status_date      TEXT,
        notes            TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX members_department ON members (department, name_pinyin);
      CREATE INDEX members_status ON members (status);
      CREATE INDEX members_name_pinyin ON members (name_pinyin);

      CREATE TABLE member_status_history (
        id          INTEGER PRIMARY KEY,
        member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status   TEXT NOT NULL,
        changed_on  TEXT NOT NULL,
        reason      TEXT,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX member_status_history_member ON member_status_history (member_id, changed_on);
    `);
  },
};
