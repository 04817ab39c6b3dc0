/**
 * Migration 005 on a store with members and notices: the welfare tables appear, the earlier
 * records are untouched, a visit keeps its member, and money cannot go below zero.
 */
import { expect, it } from 'vitest';
import { migrate } from '../../../../src-main/db/migrations';
import { migration005 } from '../../../../src-main/db/migrations/005-welfare';
import { AT, MEMBER_TABLES, seedMembers, snapshot, storeAt, tableNames } from './store-at';

it('adds visits, batches and hardship files that refer to the existing members', () => {
  const db = storeAt(migration005.version - 1);
  seedMembers(db);
  db.exec(`
    INSERT INTO disclosure_notices (title, category, scope, kind, publish_date, working_days, end_date, created_at, updated_at)
      VALUES ('评优结果公示', '评优评先', '对内', '即时', '2026-03-02', 5, '2026-03-06', '${AT}', '${AT}');
  `);
  const tables = [...MEMBER_TABLES, 'disclosure_notices'];
  const before = snapshot(db, tables);
  migrate(db, migration005.version);
  expect(snapshot(db, tables)).toEqual(before);
  expect(tableNames(db)).toEqual(expect.arrayContaining(['welfare_batches', 'welfare_visits', 'hardship_files', 'hardship_family_members']));

  const visit = db.prepare(`INSERT INTO welfare_visits (member_id, visit_date, reason, amount_fen, created_at, updated_at) VALUES (2, '2026-03-01', '生病住院', ?, '${AT}', '${AT}')`);
  visit.run(50_000);
  expect(() => visit.run(-1)).toThrow(/CHECK/);
  expect(() => db.prepare('DELETE FROM members WHERE id = 2').run()).toThrow(/FOREIGN KEY/);
});
