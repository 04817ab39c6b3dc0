import type { Migration } from '../types';

/**
 * Congress, second round:
 * - motion steps that can be withdrawn (撤销): each operation's steps share `op` (the id of its
 *   first step), that first step keeps the motion's columns as they were before (`before_json`), and a
 *   withdrawn step points at the 撤销 step that withdrew it (`withdrawn_by`). Nothing is deleted.
 * - 教职工大会: those due may be a number the user enters (`due_count`) instead of the roll.
 * - attendance recorded once per meeting (congress_session_attendance, or `present_count` for a
 *   教职工大会, whose attendees are not delegates), and ballots issued/returned per vote.
 */
export const CONGRESS_CORRECTIONS_VERSION = 10;

export const migration010: Migration = {
  version: CONGRESS_CORRECTIONS_VERSION,
  name: 'congress corrections and attendance',
  up(db) {
    db.exec(`
      ALTER TABLE congress_motion_steps ADD COLUMN op INTEGER;
      ALTER TABLE congress_motion_steps ADD COLUMN before_json TEXT;
      ALTER TABLE congress_motion_steps ADD COLUMN withdrawn_by INTEGER REFERENCES congress_motion_steps (id);
      UPDATE congress_motion_steps SET op = id;
      CREATE INDEX congress_motion_steps_op ON congress_motion_steps (op);

      ALTER TABLE congress_sessions ADD COLUMN due_count INTEGER CHECK (due_count IS NULL OR due_count BETWEEN 1 AND 100000);
      ALTER TABLE congress_sessions ADD COLUMN present_count INTEGER CHECK (present_count IS NULL OR present_count >= 0);

      CREATE TABLE congress_session_attendance (
        session_id  INTEGER NOT NULL REFERENCES congress_sessions (id) ON DELETE CASCADE,
        delegate_id INTEGER NOT NULL REFERENCES congress_delegates (id),
        PRIMARY KEY (session_id, delegate_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX congress_session_attendance_delegate ON congress_session_attendance (delegate_id);

      ALTER TABLE congress_votes ADD COLUMN ballots_issued INTEGER CHECK (ballots_issued IS NULL OR ballots_issued >= 0);
      ALTER TABLE congress_votes ADD COLUMN ballots_returned INTEGER CHECK (ballots_returned IS NULL OR ballots_returned >= 0);
      ALTER TABLE congress_votes ADD COLUMN updated_at TEXT;
    `);
  },
};
