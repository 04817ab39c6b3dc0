/**
 * A large import rebuilds the member search index once instead of row by row: afterwards every
 * imported member is found by ID, phone and name as before, and the index's trigger is back.
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
});
