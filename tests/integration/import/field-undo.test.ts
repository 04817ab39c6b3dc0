/**
 * The engine's per-field undo of updated records: each changed field is put back to its value
 * before the import; a record changed again since either keeps that field (roster: 'keep') or
 * stops the whole undo with a Chinese message naming it ('refuse').
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldValues, UpdateSpec } from '../../../src-main/import/definition';
import { restoreUpdated, type BatchRecordRow } from '../../../src-main/import/records';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.close());

/** department and phone of a member, the way a record set would name the fields it updates. */
function spec(laterEdits: 'keep' | 'refuse'): UpdateSpec<unknown, unknown> {
  return {
    read: (db, id) => db.prepare<[number], FieldValues>('SELECT department, phone FROM members WHERE id = ?').get(id) ?? null,
    apply: () => undefined,
    restore(db, id, values) {
      for (const [field, value] of Object.entries(values)) {
        db.prepare(`UPDATE members SET ${field === 'phone' ? 'phone' : 'department'} = ? WHERE id = ?`).run(value, id);
      }
    },
    name: (db, id) => db.prepare<[number], { name: string }>('SELECT name FROM members WHERE id = ?').get(id)!.name,
    laterEdits,
  };
}

function member(name: string, department: string, phone: string | null): number {
  const at = '2026-03-01 08:00:00';
  return Number(
    store.ctx.db
      .prepare("INSERT INTO members (name, name_pinyin, name_initials, department, phone, status, created_at, updated_at) VALUES (?, '', '', ?, ?, '在册', ?, ?)")
      .run(name, department, phone, at, at).lastInsertRowid,
  );
}

const updated = (id: number, changes: Record<string, [string | null, string | null]>): BatchRecordRow => ({ table: 'members', id, row: 2, action: 'updated', changes: JSON.stringify(changes) });

describe('per-field undo of updated records', () => {
  it('puts every field back when nothing changed since the import', () => {
    const id = member('张三', '数学组', '13900000000');
    const result = restoreUpdated(store.ctx.db, spec('refuse'), '会员', [updated(id, { department: ['语文组', '数学组'], phone: [null, '13900000000'] })]);
    expect(result).toEqual({ restored: 2, kept: 0 });
    expect(store.ctx.db.prepare('SELECT department, phone FROM members WHERE id = ?').get(id)).toEqual({ department: '语文组', phone: null });
  });

  it("'refuse' stops the undo, naming the record changed after the import, and changes nothing", () => {
    const a = member('张三', '数学组', '13900000000');
    const b = member('李娜', '英语组', '13700000000');
    const rows = [updated(a, { department: ['语文组', '数学组'] }), updated(b, { department: ['数学组', '物理组'] })];
    expect(() => restoreUpdated(store.ctx.db, spec('refuse'), '会员', rows)).toThrow(/不能撤销：本批导入修改过的会员 李娜 在导入后又被修改过/);
    expect(store.ctx.db.prepare('SELECT department FROM members ORDER BY id').all()).toEqual([{ department: '数学组' }, { department: '英语组' }]);
  });

  it("'keep' leaves the field changed since and puts back the rest", () => {
    const id = member('张三', '物理组', '13900000000');
    const result = restoreUpdated(store.ctx.db, spec('keep'), '会员', [updated(id, { department: ['语文组', '数学组'], phone: [null, '13900000000'] })]);
    expect(result).toEqual({ restored: 1, kept: 1 });
    expect(store.ctx.db.prepare('SELECT department, phone FROM members WHERE id = ?').get(id)).toEqual({ department: '物理组', phone: null });
  });
});
