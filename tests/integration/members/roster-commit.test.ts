/**
 * Committing an import: one transaction, updates instead of duplicates (with the changed fields
 * shown first), a batch record, and undo of the whole batch.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { memberInputSchema } from '../../../shared/members/schema';
import type { GridRow } from '../../../shared/members/roster/schema';
import { suggestMapping } from '../../../shared/members/roster/fields';
import { createMember, deleteMember, getMember, updateMember } from '../../../src-main/members/service';
import { commitRecords, listRecordBatches, previewRecords, undoRecords } from '../../../src-main/import/records';
import { memberData } from '../../../src-main/members/roster/match';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.close());

const HEADERS = ['姓名', '性别', '出生日期', '身份证号', '部门', '联系电话', '职称'];
const MAPPING = suggestMapping(HEADERS);

function rows(...cells: string[][]): GridRow[] {
  return cells.map((c, i) => ({ row: i + 2, cells: c }));
}

// The roster is the import engine's record set 'members'.
function preview(grid: GridRow[]) {
  return previewRecords(store.ctx.db, { set: 'members', options: {}, headers: HEADERS, mapping: MAPPING, rows: grid });
}

function commit(grid: GridRow[], skipInvalid = false) {
  return commitRecords(store.ctx.db, { set: 'members', options: {}, headers: HEADERS, mapping: MAPPING, rows: grid, fileName: '花名册.xlsx', sheet: 'Sheet1', headerRow: 1, skipInvalid });
}

const listBatches = (db: typeof store.ctx.db) => listRecordBatches(db, 'members');
const undoBatch = undoRecords;

/** The batch's record of a source row: which member it created or updated. */
function batchRecord(batchId: number, row: number) {
  return store.ctx.db
    .prepare<[number, number], { record_id: number; action: string }>('SELECT record_id, action FROM import_batch_records WHERE batch_id = ? AND source_row = ?')
    .get(batchId, row);
}

function count(): number {
  return store.ctx.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM members').get()!.n;
}

describe('committing an import', () => {
  it('updates a member with the same ID instead of adding a second one, and the preview names the changed fields', () => {
    const db = store.ctx.db;
    const existing = createMember(db, memberInputSchema.parse({ name: '张三', idNumber: '11010519491231002X', department: '数学组', title: '二级教师' }));
    const grid = rows(['张三', '', '', '11010519491231002X', '语文组', '13912345678', ''], ['李四', '男', '1980.5', '', '数学组', '', '']);
    const check = preview(grid);
    expect(check.counts).toMatchObject({ rows: 2, valid: 2, create: 1, update: 1, warnings: 1 });
    const update = check.rows.find((r) => r.row === 2)!;
    // The review names the member it updates.
    expect(update).toMatchObject({ action: 'update', summary: '更新 张三（数学组） 的 2 项信息' });
    expect(update.changes).toEqual([
      { field: 'department', label: '部门/教研组', from: '数学组', to: '语文组' },
      { field: 'phone', label: '联系电话', from: null, to: '13912345678' },
    ]);
    const batch = commit(grid);
    expect(batch).toMatchObject({ set: 'members', created: 1, updated: 1, rows: 2, fileName: '花名册.xlsx' });
    // Row 2 updated the very member with that ID, row 3 created the new one.
    expect(batchRecord(batch.id, 2)).toEqual({ record_id: existing.id, action: 'updated' });
    expect(batchRecord(batch.id, 3)).toMatchObject({ action: 'created' });
    expect(batchRecord(batch.id, 3)!.record_id).not.toBe(existing.id);
    expect(count()).toBe(2);
    // An empty cell never erases what the store knows.
    expect(getMember(db, existing.id)).toMatchObject({ department: '语文组', phone: '13912345678', title: '二级教师' });
  });

  it('without an ID, matches by name and birth date', () => {
    const db = store.ctx.db;
    createMember(db, memberInputSchema.parse({ name: '王五', birthDate: '1980-05-01' }));
    const wang = createMember(db, memberInputSchema.parse({ name: '王五', birthDate: '1975-01-01' }));
    const grid = rows(['王五', '', '1980年5月', '', '英语组', '', '']);
    expect(preview(grid).rows[0]).toMatchObject({ action: 'update', changes: [{ field: 'department', label: '部门/教研组', from: null, to: '英语组' }] });
    const batch = commit(grid);
    expect(batch).toMatchObject({ created: 0, updated: 1 });
    // The 王五 born in May 1980 got the department, not the other 王五.
    expect(batchRecord(batch.id, 2)!.record_id).not.toBe(wang.id);
    expect(getMember(db, batchRecord(batch.id, 2)!.record_id)).toMatchObject({ name: '王五', birthDate: '1980-05-01', department: '英语组' });
    expect(getMember(db, wang.id).department).toBeNull();
  });

  it('refuses the whole file when any row has an error, unless told to skip invalid rows', () => {
    const grid = rows(['张三', '', '', '11010519491231002X', '', '', ''], ['', '', '', '110105194912310021', '', '', '']);
    expect(() => commit(grid)).toThrow(/有 1 行存在错误，未导入任何数据/);
    expect(count()).toBe(0);
    expect(listBatches(store.ctx.db)).toEqual([]);
    expect(commit(grid, true)).toMatchObject({ created: 1, skipped: 1 });
    expect(count()).toBe(1);
  });

  it('writes nothing when the store refuses a row half-way', () => {
    const db = store.ctx.db;
    // A trigger stands in for any failure in the middle of the import (disk full, a constraint).
    db.exec(`CREATE TRIGGER refuse_third AFTER INSERT ON members WHEN (SELECT count(*) FROM members) >= 3
             BEGIN SELECT RAISE(ABORT, 'refused'); END;`);
    const grid = rows(['甲', '', '', '', '', '', ''], ['乙', '', '', '', '', '', ''], ['丙', '', '', '', '', '', ''], ['丁', '', '', '', '', '', '']);
    expect(() => commit(grid)).toThrow();
    expect(count()).toBe(0);
    expect(listBatches(db)).toEqual([]);
  });

  it('undoes a batch as a whole: created members removed, updated fields restored, later edits kept', () => {
    const db = store.ctx.db;
    const existing = createMember(db, memberInputSchema.parse({ name: '张三', idNumber: '11010519491231002X', department: '数学组', title: '二级教师' }));
    const batch = commit(rows(['张三', '', '', '11010519491231002X', '语文组', '13912345678', '一级教师'], ['李四', '', '', '', '', '', '']));
    expect(count()).toBe(2);
    // After the import, someone edits the title again by hand: undo must keep that edit.
    updateMember(db, existing.id, { ...memberData(getMember(db, existing.id)), title: '高级教师' });
    const result = undoBatch(db, batch.id);
    expect(result).toMatchObject({ removed: 1, restored: 2, kept: 1, gone: 0 });
    expect(result.batch.undoneAt).not.toBeNull();
    expect(count()).toBe(1);
    expect(getMember(db, existing.id)).toMatchObject({ department: '数学组', phone: null, title: '高级教师' });
    expect(() => undoBatch(db, batch.id)).toThrow(/不能重复撤销/);
  });

  it('a member an import created can still be deleted, and undo then skips it', () => {
    const db = store.ctx.db;
    const batch = commit(rows(['李四', '', '', '', '', '', ''], ['王五', '', '', '', '', '', '']));
    const lisi = db.prepare<[], { id: number }>("SELECT id FROM members WHERE name = '李四'").get()!;
    expect(() => deleteMember(db, lisi.id)).not.toThrow();
    expect(undoBatch(db, batch.id)).toMatchObject({ removed: 1, gone: 1 });
    expect(count()).toBe(0);
  });

  it('lists batches newest first', () => {
    commit(rows(['甲', '', '', '', '', '', '']));
    commit(rows(['乙', '', '', '', '', '', '']));
    expect(listBatches(store.ctx.db).map((b) => b.created)).toEqual([1, 1]);
    expect(listBatches(store.ctx.db)[0]!.id).toBeGreaterThan(listBatches(store.ctx.db)[1]!.id);
  });

  it('says plainly when there is nothing to import', () => {
    const grid = rows(['', '', '', '110105194912310021', '', '', '']);
    expect(() => commit(grid, true)).toThrow(AppError);
  });
});
