import { afterEach, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import { migrate, schemaVersion } from '../../../src-main/db/migrations';
import { migration009 } from '../../../src-main/db/migrations/009-report-indexes';
import { tempDir } from '../../helpers/store';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

it('the report migration adds the indexes the year-end roll reads from, on a store of the version before', () => {
  const t = tempDir();
  const db = new Database(path.join(t.dir, 'union-ledger.db'));
  cleanups.push(() => {
    db.close();
    t.cleanup();
  });
  const names = () => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
  migrate(db, migration009.version - 1);
  expect(names()).not.toContain('members_roll');
  expect(migrate(db)).toContain(migration009.version);
  expect(schemaVersion(db)).toBeGreaterThanOrEqual(migration009.version);
  expect(names()).toEqual(expect.arrayContaining(['members_roll', 'members_join_date', 'member_status_history_changed']));
  const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM members m WHERE m.status = '在册' AND coalesce(m.join_date, '') <= '2026-12-31'`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join(' ');
  expect(plan).toContain('COVERING INDEX members_roll');
});
