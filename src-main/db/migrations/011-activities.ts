import type { Migration } from '../types';

/**
 * 活动: union activities, the members picked as taking part, and the photos/scans kept with them.
 * The files themselves live in a folder beside the store (src-main/activities/files.ts); this table
 * holds their names and checksums. Participants reference members without cascade, so a member on
 * an activity's list cannot be deleted (变更状态 instead), like welfare visits.
 */
export const migration011: Migration = {
  version: 11,
  name: 'activities',
  up(db) {
    db.exec(`
      CREATE TABLE activities (
        id                INTEGER PRIMARY KEY,
        name              TEXT NOT NULL,
        type              TEXT NOT NULL,
        start_date        TEXT NOT NULL,
        end_date          TEXT,
        place             TEXT,
        organiser         TEXT NOT NULL DEFAULT '本校工会' CHECK (organiser IN ('本校工会', '上级工会', '联合')),
        participant_count INTEGER CHECK (participant_count IS NULL OR participant_count >= 0),
        spending_fen      INTEGER NOT NULL DEFAULT 0 CHECK (spending_fen >= 0),
        record            TEXT,
        notes             TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date >= start_date)
      ) STRICT;
      CREATE INDEX activities_date ON activities (start_date, type);

      CREATE TABLE activity_participants (
        activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        member_id   INTEGER NOT NULL REFERENCES members (id),
        PRIMARY KEY (activity_id, member_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_participants_member ON activity_participants (member_id);

      CREATE TABLE activity_files (
        id          INTEGER PRIMARY KEY,
        activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        file_name   TEXT NOT NULL,
        -- <sha256>.<ext> in the attachments folder; the same bytes are stored once.
        stored_name TEXT NOT NULL,
        mime        TEXT NOT NULL,
        size_bytes  INTEGER NOT NULL CHECK (size_bytes > 0),
        caption     TEXT,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX activity_files_activity ON activity_files (activity_id, id);
    `);
  },
};
