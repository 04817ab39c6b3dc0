/**
 * Migration 009 on a store with members and status changes: only indexes are added, the rows are
 * as they were, and the year-end roll is read from the covering index.
 */
import { expect, it } from 'vitest';
import { migrate } from '../../../../src-main/db/migrations';
import { migration009 } from '../../../../src-main/db/migrations/009-report-indexes';
import { MEMBER_TABLES, seedMembers, snapshot, storeAt, tableNames } from './store-at';

it('adds the report indexes without changing a row', () => {
  const db = storeAt(migration009.version - 1);
  seedMembers(db);
  const tables = [...MEMBER_TABLES, 'department_order'];
  const before = snapshot(db, tables);
  const beforeTables = tableNames(db);
  migrate(db, migration009.version);
  expect(snapshot(db, tables)).toEqual(before);
  expect(tableNames(db)).toEqual(beforeTables);
  const indexes = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index'").all().map((r) => r.name);
  expect(indexes).toEqual(expect.arrayContaining(['members_roll', 'members_join_date', 'member_status_history_changed']));
  const plan = db
    .prepare<[], { detail: string }>("EXPLAIN QUERY PLAN SELECT gender, count(*) FROM members WHERE status = '在册' AND join_date <= '2026-12-31' GROUP BY gender")
    .all()
    .map((r) => r.detail)
    .join('\n');
  expect(plan).toMatch(/COVERING INDEX members_roll/);
});
