import type { Migration } from '../types';

/**
 * Tables of the congress area. A motion keeps its current state in its own row for fast lists;
 * every step that led there is a row of congress_motion_steps, never updated or deleted.
 * Delegates point at members without cascade: a member who sat in a congress cannot vanish.
 */
export const migration003: Migration = {
  version: 3,
  name: 'congress',
  up(db) {
    db.exec(`
      CREATE TABLE congress_sessions (
        id           INTEGER PRIMARY KEY,
        term         INTEGER NOT NULL CHECK (term BETWEEN 1 AND 99),
        meeting      INTEGER NOT NULL CHECK (meeting BETWEEN 1 AND 99),
        kind         TEXT NOT NULL CHECK (kind IN ('代表大会', '教职工大会')),
        start_date   TEXT NOT NULL,
        end_date     TEXT,
        motion_open  TEXT,
        motion_close TEXT NOT NULL,
        reply_days   INTEGER NOT NULL,
        notes        TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        UNIQUE (term, meeting)
      ) STRICT;

      CREATE TABLE congress_delegates (
        id          INTEGER PRIMARY KEY,
        term        INTEGER NOT NULL,
        member_id   INTEGER NOT NULL REFERENCES members (id),
        delegation  TEXT,
        kind        TEXT NOT NULL CHECK (kind IN ('正式', '列席', '特邀')),
        is_teacher  INTEGER NOT NULL CHECK (is_teacher IN (0, 1)),
        elected_on  TEXT,
        left_on     TEXT,
        left_reason TEXT,
        replaces_id INTEGER REFERENCES congress_delegates (id),
        notes       TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX congress_delegates_seat ON congress_delegates (term, member_id) WHERE left_on IS NULL;
      CREATE INDEX congress_delegates_term ON congress_delegates (term, delegation);
      CREATE INDEX congress_delegates_member ON congress_delegates (member_id);
      CREATE INDEX congress_delegates_replaces ON congress_delegates (replaces_id);

      CREATE TABLE congress_motions (
        id                  INTEGER PRIMARY KEY,
        session_id          INTEGER NOT NULL REFERENCES congress_sessions (id),
        seq                 INTEGER NOT NULL,
        number              TEXT NOT NULL,
        title               TEXT NOT NULL,
        reasons             TEXT NOT NULL,
        proposals           TEXT NOT NULL,
        category            TEXT NOT NULL,
        proposer_id         INTEGER NOT NULL REFERENCES congress_delegates (id),
        submitted_on        TEXT NOT NULL,
        late                INTEGER NOT NULL DEFAULT 0,
        state               TEXT NOT NULL DEFAULT '待审查'
                            CHECK (state IN ('待审查', '办理中', '待反馈', '已办结', '已合并', '转为意见建议', '不予立案')),
        decision            TEXT CHECK (decision IN ('立案', '合并立案', '转为意见建议', '不予立案')),
        decided_on          TEXT,
        decision_reason     TEXT,
        merged_into_id      INTEGER REFERENCES congress_motions (id),
        lead_unit           TEXT,
        support_units       TEXT,
        deadline            TEXT,
        reply_round         INTEGER NOT NULL DEFAULT 0,
        reply_text          TEXT,
        replied_by          TEXT,
        replied_on          TEXT,
        implementation      TEXT CHECK (implementation IN ('已落实', '正在落实', '未能落实')),
        implementation_note TEXT,
        rating              TEXT CHECK (rating IN ('满意', '基本满意', '不满意')),
        rating_comment      TEXT,
        rated_on            TEXT,
        closed_on           TEXT,
        closed_note         TEXT,
        excellent           INTEGER NOT NULL DEFAULT 0,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        UNIQUE (session_id, seq)
      ) STRICT;
      CREATE INDEX congress_motions_state ON congress_motions (session_id, state);
      CREATE INDEX congress_motions_proposer ON congress_motions (proposer_id);
      CREATE INDEX congress_motions_merged ON congress_motions (merged_into_id);

      CREATE TABLE congress_motion_cosigners (
        motion_id   INTEGER NOT NULL REFERENCES congress_motions (id) ON DELETE CASCADE,
        delegate_id INTEGER NOT NULL REFERENCES congress_delegates (id),
        position    INTEGER NOT NULL,
        PRIMARY KEY (motion_id, delegate_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX congress_motion_cosigners_delegate ON congress_motion_cosigners (delegate_id);

      CREATE TABLE congress_motion_steps (
        id             INTEGER PRIMARY KEY,
        motion_id      INTEGER NOT NULL REFERENCES congress_motions (id) ON DELETE CASCADE,
        kind           TEXT NOT NULL,
        step_date      TEXT NOT NULL,
        round          INTEGER NOT NULL DEFAULT 0,
        decision       TEXT,
        reason         TEXT,
        lead_unit      TEXT,
        support_units  TEXT,
        deadline       TEXT,
        reply_text     TEXT,
        replied_by     TEXT,
        implementation TEXT,
        rating         TEXT,
        note           TEXT,
        recorded_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX congress_motion_steps_motion ON congress_motion_steps (motion_id, id);

      CREATE TABLE congress_votes (
        id            INTEGER PRIMARY KEY,
        session_id    INTEGER NOT NULL REFERENCES congress_sessions (id),
        item          TEXT NOT NULL,
        voted_on      TEXT NOT NULL,
        method        TEXT NOT NULL CHECK (method IN ('无记名投票', '举手表决')),
        due           INTEGER NOT NULL,
        present       INTEGER NOT NULL,
        votes_for     INTEGER NOT NULL,
        votes_against INTEGER NOT NULL,
        abstain       INTEGER NOT NULL,
        invalid       INTEGER NOT NULL,
        quorum_needed INTEGER NOT NULL,
        pass_needed   INTEGER NOT NULL,
        result        TEXT NOT NULL CHECK (result IN ('通过', '未通过', '不足法定人数')),
        rule_text     TEXT NOT NULL,
        notes         TEXT,
        created_at    TEXT NOT NULL,
        CHECK (present = votes_for + votes_against + abstain + invalid),
        CHECK (present <= due)
      ) STRICT;
      CREATE INDEX congress_votes_session ON congress_votes (session_id, voted_on);

      CREATE TABLE congress_vote_attendance (
        vote_id     INTEGER NOT NULL REFERENCES congress_votes (id) ON DELETE CASCADE,
        delegate_id INTEGER NOT NULL REFERENCES congress_delegates (id),
        PRIMARY KEY (vote_id, delegate_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX congress_vote_attendance_delegate ON congress_vote_attendance (delegate_id);
    `);
  },
};
