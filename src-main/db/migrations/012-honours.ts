import type { Migration } from '../types';

/**
 * 评优评先: honours recommended or awarded, held by members (honour_members) or by a group
 * (group_name). Holders reference members without cascade: a member with an honour cannot be
 * deleted, only given another status (调出, 退休 …), so the 荣誉 record keeps its name.
 */
export const migration012: Migration = {
  version: 12,
  name: 'honours',
  up(db) {
    db.exec(`
      CREATE TABLE honours (
        id            INTEGER PRIMARY KEY,
        title         TEXT NOT NULL,
        level         TEXT NOT NULL CHECK (level IN ('国家级', '省级', '市级', '区县级', '校级')),
        awarding_body TEXT,
        awarded_on    TEXT NOT NULL,
        state         TEXT NOT NULL DEFAULT '获评' CHECK (state IN ('推荐', '获评')),
        group_name    TEXT,
        notes         TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX honours_date ON honours (awarded_on, level, state);

      CREATE TABLE honour_members (
        honour_id INTEGER NOT NULL REFERENCES honours (id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES members (id),
        position  INTEGER NOT NULL,
        PRIMARY KEY (honour_id, member_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX honour_members_member ON honour_members (member_id);
    `);
  },
};
