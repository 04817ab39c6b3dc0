/**
 * A large import rebuilds the member search index once instead of row by row: afterwards every
 * imported member is found by ID, phone and name as before, and the index's trigger is back. Its
 * new departments take their places in the office order as they first appear, as row by row.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '../../../shared/domain/resident-id';
import { memberInputSchema } from '../../../shared/members/schema';
import { suggestMapping } from '../../../shared/members/roster/fields';
import type { GridRow } from '../../../shared/members/roster/schema';
import { createMember, listMembers } from '../../../src-main/members/service';
import { commitRecords } from '../../../src-main/import/records';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.close());

const HEADERS = ['姓名', '身份证号', '联系电话'];

function grid(count: number): GridRow[] {
  return Array.from({ length: count }, (_, i) => {
    const first17 = `320482198${String(i % 10)}01${String(1 + (i % 28)).padStart(2, '0')}${String(i).padStart(3, '0').slice(-3)}`;
    return { row: i + 2, cells: [`测试${String(i).padStart(4, '0')}`, first17 + residentIdCheckChar(first17), `1390000${String(i).padStart(4, '0')}`] };
  });
}

function search(q: string): string[] {
  return listMembers(store.ctx.db, { search: q, page: 1, pageSize: 50 }).rows.map((m) => m.name);
}

function triggerExists(): boolean {
  return !!store.ctx.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'members_search_insert'").get();
}

describe('search index after a large import', () => {
  it('finds imported members by ID, phone and name, and keeps indexing later members', () => {
    const rows = grid(800);
    const batch = commitRecords(store.ctx.db, { set: 'members', options: {}, headers: HEADERS, mapping: suggestMapping(HEADERS), rows, fileName: 'a.xlsx', sheet: 'a', headerRow: 1, skipInvalid: false });
    expect(batch.created).toBe(800);
    expect(triggerExists()).toBe(true);
    expect(search(rows[517]!.cells[1]!.slice(-6))).toContain('测试0517');
    expect(search('13900000799')).toEqual(['测试0799']);
    expect(search('测试0042')).toEqual(['测试0042']);
    createMember(store.ctx.db, memberInputSchema.parse({ name: '后来者', phone: '13700001111' }));
    expect(search('137000011')).toEqual(['后来者']);
  });

  it('a failed large import leaves the index and its trigger as they were', () => {
    const db = store.ctx.db;
    db.exec(`CREATE TRIGGER refuse_last AFTER INSERT ON members WHEN (SELECT count(*) FROM members) >= 700
             BEGIN SELECT RAISE(ABORT, 'refused'); END;`);
    expect(() =>
      commitRecords(db, { set: 'members', options: {}, headers: HEADERS, mapping: suggestMapping(HEADERS), rows: grid(800), fileName: 'a.xlsx', sheet: 'a', headerRow: 1, skipInvalid: false }),
    ).toThrow();
    expect(triggerExists()).toBe(true);
    expect(search('测试')).toEqual([]);
  });

  it('gives new departments the next places in the order they first appear, and each member its place', () => {
    const db = store.ctx.db;
    createMember(db, memberInputSchema.parse({ name: '早来的', department: '语文组' }));
    const departments = ['数学组', '语文组', '英语组'];
    const rows = grid(600).map((r, i) => ({ ...r, cells: [...r.cells, departments[i % 3]!] }));
    const headers = [...HEADERS, '部门'];
    commitRecords(db, { set: 'members', options: {}, headers, mapping: suggestMapping(headers), rows, fileName: 'a.xlsx', sheet: 'a', headerRow: 1, skipInvalid: false });
    expect(db.prepare('SELECT name, position FROM department_order ORDER BY position').all()).toEqual([
      { name: '语文组', position: 1 },
      { name: '数学组', position: 2 },
      { name: '英语组', position: 3 },
    ]);
    const unranked = db.prepare(
      'SELECT count(*) AS n FROM members m WHERE m.department_rank IS NOT (SELECT position FROM department_order WHERE name = m.department)',
    ).get() as { n: number };
    expect(unranked.n).toBe(0);
    expect(listMembers(db, { page: 1, pageSize: 2 }).rows.map((m) => m.department)).toEqual(['语文组', '语文组']);
    expect(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'members_department_order_insert'").get()).toBeTruthy();
  });
});
