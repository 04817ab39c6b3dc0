import type { Migration } from '../types';

/**
 * The school's own order and dated status changes:
 * - department_order: the order departments appear in everywhere (lists, filters, exports, prints).
 *   Seeded with the order the roster listed them (first appearance, i.e. the lowest member id), and
 *   kept by triggers: a department seen for the first time joins at the end. 设置 → 部门顺序
 *   rewrites the positions.
 * - member_scheduled_status: a status change dated after the day it was entered (退休 on
 *   2027-06-30). At most one per member; applied on that date (src-main/members/scheduled.ts).
 */
export const migration007: Migration = {
  version: 7,
  name: 'department order and scheduled status changes',
  up(db) {
    db.exec(`
      CREATE TABLE department_order (
        name     TEXT PRIMARY KEY,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX department_order_position ON department_order (position);

      INSERT INTO department_order (name, position)
        SELECT department, row_number() OVER (ORDER BY min(id))
        FROM members WHERE department IS NOT NULL GROUP BY department;

      -- Each member carries its department's position, so the list's default order is an index
      -- walk (a page of 50,000 members needs no sort); setDepartmentOrder rewrites it.
      ALTER TABLE members ADD COLUMN department_rank INTEGER;
      UPDATE members SET department_rank = (SELECT position FROM department_order WHERE name = members.department);
      DROP INDEX members_default_order;
      CREATE INDEX members_default_order ON members (department IS NULL, department_rank, department, name_pinyin, id);

      CREATE TRIGGER members_department_order_insert AFTER INSERT ON members
        WHEN new.department IS NOT NULL BEGIN
        INSERT OR IGNORE INTO department_order (name, position)
          VALUES (new.department, (SELECT coalesce(max(position), 0) + 1 FROM department_order));
        UPDATE members SET department_rank = (SELECT position FROM department_order WHERE name = new.department) WHERE id = new.id;
      END;
      CREATE TRIGGER members_department_order_update AFTER UPDATE OF department ON members BEGIN
        INSERT OR IGNORE INTO department_order (name, position)
          SELECT new.department, (SELECT coalesce(max(position), 0) + 1 FROM department_order) WHERE new.department IS NOT NULL;
        UPDATE members SET department_rank = (SELECT position FROM department_order WHERE name = new.department) WHERE id = new.id;
      END;

      CREATE TABLE member_scheduled_status (
        member_id    INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
        to_status    TEXT NOT NULL CHECK (to_status IN ('在册', '调出', '退休', '退会', '去世')),
        effective_on TEXT NOT NULL,
        reason       TEXT,
        recorded_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX member_scheduled_status_due ON member_scheduled_status (effective_on);
    `);
  },
};
