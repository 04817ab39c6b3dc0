/**
 * Migration 006 on a store with members: the trigram search index is built from the members
 * already there and kept in step afterwards, and the member search reads it (EXPLAIN QUERY PLAN)
 * rather than scanning every row.
 */
import { expect, it } from 'vitest';
import { memberListQuerySchema } from '../../../../shared/members/schema';
import { migrate } from '../../../../src-main/db/migrations';
import { migration006 } from '../../../../src-main/db/migrations/006-member-search';
import type { Db } from '../../../../src-main/db/types';
import { listMembers } from '../../../../src-main/members/service';
import { MEMBER_TABLES, seedMembers, snapshot, storeAt } from './store-at';

const search = (db: Db, text: string) => listMembers(db, memberListQuerySchema.parse({ search: text, page: 1, pageSize: 50 })).rows.map((m) => m.name);

/** The plan of every statement listMembers prepares for this search that reads member_search. */
function searchPlans(db: Db, text: string): string[] {
  const statements: string[] = [];
  const prepare = db.prepare.bind(db);
  const spy = ((sql: string) => {
    statements.push(sql);
    return prepare(sql);
  }) as Db['prepare'];
  db.prepare = spy;
  try {
    search(db, text);
  } finally {
    db.prepare = prepare;
  }
  return statements
    .filter((sql) => sql.includes('member_search'))
    .map((sql) => {
      const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!))];
      const values: Record<string, string | number> = {};
      for (const name of named) values[name] = name === 'qAny' ? `%${text.toUpperCase()}%` : 0;
      return db
        .prepare<Record<string, string | number>, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(values)
        .map((r) => r.detail)
        .join('\n');
    });
}

it('indexes the members already in the store and keeps the index in step', () => {
  const db = storeAt(migration006.version - 1);
  seedMembers(db);
  const before = snapshot(db, MEMBER_TABLES);
  migrate(db, migration006.version);
  expect(snapshot(db, MEMBER_TABLES)).toEqual(before);
  migrate(db);

  // Found through the index built from the rows written before the migration.
  expect(search(db, '1231002X')).toEqual(['张三丰']);
  expect(search(db, '0005678')).toEqual(['李四']);
  expect(search(db, '张三丰')).toEqual(['张三丰']);
  // Triggers keep it in step with changes after the migration.
  db.prepare("UPDATE members SET phone = '13700009999' WHERE id = 1").run();
  expect(search(db, '0001234')).toEqual([]);
  expect(search(db, '0009999')).toEqual(['张三丰']);
  db.prepare('DELETE FROM members WHERE id = 2').run();
  expect(search(db, '0005678')).toEqual([]);
});

it('answers an ID-number or name search from the trigram index, not by scanning members', () => {
  const db = storeAt(migration006.version - 1);
  seedMembers(db);
  migrate(db);
  for (const text of ['1231002X', '张三丰']) {
    const plans = searchPlans(db, text);
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      // fts5 takes the LIKE as a constraint of its trigram index (idxStr with an L term) …
      expect(plan).toMatch(/member_search VIRTUAL TABLE INDEX \d+:\S*L/);
      // … and the members table is reached by rowid, never walked whole.
      expect(plan).not.toMatch(/SCAN members(?! USING (COVERING )?INDEX members_default_order)/);
    }
  }
});
