import { afterEach, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src-main/db/migrations';
import { migration009 } from '../../../src-main/db/migrations/009-report-indexes';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
afterEach(() => store.close());

it('the report migration adds the indexes the year-end roll reads from, on a store of the version before', () => {
  store = tempStore();
  const db = store.ctx.db;
  const names = () => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
  expect(schemaVersion(db)).toBeGreaterThanOrEqual(migration009.version);
  expect(names()).toEqual(expect.arrayContaining(['members_roll', 'members_join_date', 'member_status_history_changed']));
  db.exec('DROP INDEX members_roll; DROP INDEX members_join_date; DROP INDEX member_status_history_changed');
  db.pragma(`user_version = ${migration009.version - 1}`);
  expect(migrate(db)).toContain(migration009.version);
  expect(names()).toEqual(expect.arrayContaining(['members_roll', 'members_join_date', 'member_status_history_changed']));
  const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM members m WHERE m.status = '在册' AND coalesce(m.join_date, '') <= '2026-12-31'`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join(' ');
  expect(plan).toContain('COVERING INDEX members_roll');
});
