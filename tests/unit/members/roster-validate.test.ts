/**
 * The roster's per-line rules (shared/members/roster/validate.ts) as the import engine applies
 * them to the record set 'members': on a fresh, empty store every valid line is a new member, so
 * what a line would store is read back from the members a commit wrote.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../shared/members/roster/fields';
import type { GridRow } from '../../../shared/members/roster/schema';
import { getMember } from '../../../src-main/members/service';
import { commitRecords, previewRecords } from '../../../src-main/import/records';
import { tempStore } from '../../helpers/store';

const HEADERS = ['序号', '姓名', '性别', '出生年月', '身份证号码', '部门', '联系电话', '用工性质'];
const MAPPING = suggestMapping(HEADERS);

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.close());

type Line = Partial<GridRow> & { cells: string[] };

function grid(lines: Line[]): GridRow[] {
  return lines.map((r, i) => ({ row: r.row ?? i + 4, ...r }));
}

function check(...lines: Line[]) {
  return previewRecords(store.ctx.db, { set: 'members', options: {}, headers: HEADERS, mapping: MAPPING, rows: grid(lines) });
}

/** Commits the lines (error lines left out) and gives back what was stored for each name. */
function stored(...lines: Line[]) {
  const db = store.ctx.db;
  commitRecords(db, { set: 'members', options: {}, headers: HEADERS, mapping: MAPPING, rows: grid(lines), fileName: 'a.xlsx', sheet: 'a', headerRow: 3, skipInvalid: true });
  const ids = db.prepare<[], { id: number }>('SELECT id FROM members ORDER BY id').all();
  return ids.map((r) => getMember(db, r.id));
}

const OK_ID = '11010519491231002X';

describe('validating rows', () => {
  it('accepts a clean row and normalises it', () => {
    const line = { cells: ['1', ' 张 三 ', '女 ', '1949.12', ' 110105 19491231 002x ', '语文组', '１３９１２３４５６７８', '在编'] };
    const { rows } = check(line);
    expect(rows[0]!.issues).toEqual([]);
    expect(rows[0]!.status).toBe('valid');
    const [member] = stored(line);
    expect(member).toMatchObject({ name: '张三', gender: '女', birthDate: '1949-12-31', idNumber: OK_ID, phone: '13912345678', employmentType: '在编' });
  });

  it('errors: wrong checksum, wrong length, a number-stored ID, a repeated ID, data without a name', () => {
    const lines: Line[] = [
      { cells: ['1', '甲', '', '', '110105194912310021'] },
      { cells: ['2', '乙', '', '', '11010519491231002'] },
      { cells: ['3', '丙', '', '', '3.20482E+17'], numeric: [4] },
      { cells: ['4', '丁', '', '', OK_ID] },
      { cells: ['5', '戊', '', '', OK_ID] },
      { cells: ['6', '', '女', '', '', '语文组'] },
    ];
    const { rows, counts } = check(...lines);
    const errors = rows.map((r) => r.issues.filter((i) => i.level === 'error').map((i) => i.message).join());
    expect(errors[0]).toContain('校验位');
    expect(errors[1]).toContain('18 位');
    expect(errors[2]).toContain('存成了数字');
    expect(errors[3]).toBe('');
    expect(errors[4]).toContain('与第 7 行重复');
    expect(errors[5]).toContain('姓名为空');
    expect(rows.map((r) => r.status === 'error')).toEqual([true, true, true, false, true, true]);
    expect(rows.map((r) => r.action)).toEqual([null, null, null, 'create', null, null]);
    expect(counts).toMatchObject({ rows: 6, valid: 1, errors: 5 });
    // Only the line without an error is stored.
    expect(stored(...lines).map((m) => m.name)).toEqual(['丁']);
  });

  it('warnings: no ID; gender or birth date against the ID (the ID decides); unreadable values left empty', () => {
    const lines: Line[] = [
      { cells: ['1', '甲', '男', '', ''] },
      { cells: ['2', '乙', '男', '1950.1', OK_ID] },
      { cells: ['3', '丙', '', '不详', '', '', '12345', '外包'] },
    ];
    const { rows } = check(...lines);
    expect(rows[0]!.issues.map((i) => [i.level, i.column])).toEqual([['warning', '身份证号码']]);
    expect(rows[1]!.issues.map((i) => i.column)).toEqual(['性别', '出生年月']);
    expect(rows[2]!.issues.map((i) => i.column).sort()).toEqual(['出生年月', '用工性质', '联系电话', '身份证号码'].sort());
    expect(rows.map((r) => r.status)).toEqual(['warning', 'warning', 'warning']);
    const [, yi, bing] = stored(...lines);
    expect(yi).toMatchObject({ name: '乙', gender: '女', birthDate: '1949-12-31' });
    expect(bing).toMatchObject({ name: '丙', birthDate: null, phone: null, employmentType: null });
  });

  it('skips blank lines, merged-down values alone, stray serial numbers and footers without a word', () => {
    const result = check(
      { cells: ['1', '甲'] },
      { cells: ['', '', '', '', '', '数学组'], merged: [5] },
      { cells: ['37'] },
      { cells: ['合计：36人'] },
      { cells: ['制表人：', '', '', '审核人：'] },
      { cells: ['', '', '', '', '', '', '', ''] },
      { cells: ['', '合计：2人'] },
      { cells: ['', '制表人：李老师', '', '', '', '审核人：'] },
      { cells: ['', '王仁人'] },
    );
    expect(result.rows.map((r) => r.row)).toEqual([4, 12]);
    expect(result.counts.skipped).toBe(7);
    expect(result.counts.rows).toBe(2);
    expect(result.rows.flatMap((r) => r.issues.filter((i) => i.level === 'error'))).toEqual([]);
  });
});
