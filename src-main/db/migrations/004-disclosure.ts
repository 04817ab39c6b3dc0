import type { Migration } from '../types';

/**
 * Tables of the disclosure area: notices (公示), their state history, objections (异议) and board
 * issues (校务公开栏 第N期) with the notices each one carries.
 */
export const migration004: Migration = {
  version: 4,
  name: 'disclosure',
  up(db) {
    db.exec(`
      CREATE TABLE disclosure_notices (
        id                 INTEGER PRIMARY KEY,
        title              TEXT NOT NULL,
        category           TEXT NOT NULL,
        scope              TEXT NOT NULL CHECK (scope IN ('对内', '对外', '对内对外')),
        kind               TEXT NOT NULL CHECK (kind IN ('长期', '定期', '即时')),
        responsible_unit   TEXT,
        body               TEXT NOT NULL DEFAULT '',
        publish_date       TEXT NOT NULL,
        working_days       INTEGER NOT NULL CHECK (working_days >= 1),
        end_date           TEXT NOT NULL,
        end_overridden     INTEGER NOT NULL DEFAULT 0 CHECK (end_overridden IN (0, 1)),
        objection_contact  TEXT,
        issuer             TEXT,
        state              TEXT NOT NULL DEFAULT '草稿' CHECK (state IN ('草稿', '已审核', '已发布', '已撤回', '已归档')),
        withdraw_reason    TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        CHECK (end_date >= publish_date)
      ) STRICT;
      CREATE INDEX disclosure_notices_publish ON disclosure_notices (publish_date);
      CREATE INDEX disclosure_notices_state ON disclosure_notices (state, end_date);

      CREATE TABLE disclosure_notice_history (
        id          INTEGER PRIMARY KEY,
        notice_id   INTEGER NOT NULL REFERENCES disclosure_notices (id) ON DELETE CASCADE,
        from_state  TEXT,
        to_state    TEXT NOT NULL,
        on_date     TEXT NOT NULL,
        reason      TEXT,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX disclosure_notice_history_notice ON disclosure_notice_history (notice_id, id);

      CREATE TABLE disclosure_objections (
        id               INTEGER PRIMARY KEY,
        notice_id        INTEGER NOT NULL REFERENCES disclosure_notices (id) ON DELETE CASCADE,
        received_on      TEXT NOT NULL,
        anonymous        INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
        objector_name    TEXT,
        objector_contact TEXT,
        content          TEXT NOT NULL,
        handling         TEXT,
        result           TEXT,
        resolved_on      TEXT,
        status           TEXT NOT NULL CHECK (status IN ('待处理', '已办结', '匿名未受理')),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        CHECK (anonymous = 1 OR objector_name IS NOT NULL)
      ) STRICT;
      CREATE INDEX disclosure_objections_notice ON disclosure_objections (notice_id, status);
      CREATE INDEX disclosure_objections_status ON disclosure_objections (status);

      CREATE TABLE disclosure_issues (
        id          INTEGER PRIMARY KEY,
        number      INTEGER NOT NULL CHECK (number >= 1),
        year        INTEGER NOT NULL,
        issue_date  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (year, number)
      ) STRICT;

      CREATE TABLE disclosure_issue_notices (
        issue_id   INTEGER NOT NULL REFERENCES disclosure_issues (id) ON DELETE CASCADE,
        notice_id  INTEGER NOT NULL REFERENCES disclosure_notices (id),
        position   INTEGER NOT NULL,
        PRIMARY KEY (issue_id, notice_id)
      ) STRICT;
      CREATE INDEX disclosure_issue_notices_notice ON disclosure_issue_notices (notice_id);
    `);
  },
};
