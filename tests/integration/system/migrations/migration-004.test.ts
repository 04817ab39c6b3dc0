/**
 * Migration 004 on a store with members and congress records: the disclosure tables appear, the
 * earlier records are untouched, and a notice refuses an end before its start.
 */
import { expect, it } from 'vitest';
import { migrate } from '../../../../src-main/db/migrations';
import { migration004 } from '../../../../src-main/db/migrations/004-disclosure';
import { AT, MEMBER_TABLES, seedMembers, snapshot, storeAt, tableNames } from './store-at';

it('adds the notice tables beside the existing records, with their checks', () => {
  const db = storeAt(migration004.version - 1);
  seedMembers(db);
  db.exec(`
    INSERT INTO congress_sessions (id, term, meeting, kind, start_date, motion_close, reply_days, created_at, updated_at)
      VALUES (1, 5, 2, '代表大会', '2026-11-20', '2026-11-10', 30, '${AT}', '${AT}');
  `);
  const tables = [...MEMBER_TABLES, 'congress_sessions'];
  const before = snapshot(db, tables);
  migrate(db, migration004.version);
  expect(snapshot(db, tables)).toEqual(before);
  expect(tableNames(db)).toEqual(expect.arrayContaining(['disclosure_notices', 'disclosure_notice_history', 'disclosure_objections', 'disclosure_issues']));

  const insert = db.prepare(
    `INSERT INTO disclosure_notices (title, category, scope, kind, publish_date, working_days, end_date, created_at, updated_at)
     VALUES ('评优结果公示', '评优评先', '对内', '即时', ?, 5, ?, '${AT}', '${AT}')`,
  );
  const id = Number(insert.run('2026-03-02', '2026-03-06').lastInsertRowid);
  expect(() => insert.run('2026-03-06', '2026-03-02')).toThrow(/CHECK/);
  db.exec(`INSERT INTO disclosure_notice_history (notice_id, to_state, on_date, recorded_at) VALUES (${id}, '草稿', '2026-03-01', '${AT}');`);
  db.prepare('DELETE FROM disclosure_notices WHERE id = ?').run(id);
  expect(db.prepare('SELECT count(*) AS n FROM disclosure_notice_history').get()).toEqual({ n: 0 });
});
