/**
 * Issue 14, item 5: delegates chosen in bulk from the register (department filter, 是否教师 guessed
 * from department and title and overridable, all or nothing), delegation counts, the make-up checks
 * (teachers, women, 中层以上干部) against the settings, and the 代表名单 workbook.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { guessIsTeacher, isCadre } from '../../../shared/congress/rules';
import { memberInputSchema } from '../../../shared/members/schema';
import { insertMember } from '../../../src-main/members/service';
import { apiOn, refused } from '../../helpers/api';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
const ids: Record<string, number> = {};

beforeEach(() => {
  store = tempStore();
  api = apiOn(store);
  for (const [name, gender, department, title, position] of [
    ['王校长', '男', '校长室', '正高级教师', '校长'],
    ['陈主任', '女', '教务处', '一级教师', '教务处主任'],
    ['刘老师', '女', '语文组', '一级教师', '班主任'],
    ['赵老师', '男', '数学组', '二级教师', '教研组长'],
    ['孙会计', '女', '行政后勤', '会计师', null],
    ['周师傅', '男', '总务处', null, null],
  ] as const) {
    ids[name] = insertMember(store.ctx.db, memberInputSchema.parse({ name, gender, department, title, position })).id;
  }
});
afterEach(() => store.close());

describe('defaults from the register', () => {
  it('guesses 是否教师 from department and title, and 中层以上干部 from 职务', () => {
    expect(guessIsTeacher('行政后勤', '一级教师')).toBe(false);
    expect(guessIsTeacher('语文组', '一级教师')).toBe(true);
    expect(guessIsTeacher('教务处', null)).toBe(true);
    expect(guessIsTeacher(null, '会计师')).toBe(false);
    expect(isCadre('教务处主任')).toBe(true);
    expect(isCadre('副校长')).toBe(true);
    expect(isCadre('班主任')).toBe(false);
    expect(isCadre('教研组长')).toBe(false);
    expect(isCadre(null)).toBe(false);
  });

  it('lists candidates by department, leaving out those already seated', async () => {
    const all = await api.call('congress.delegates.candidates', { term: 5 });
    expect(all.find((c) => c.name === '孙会计')).toMatchObject({ isTeacherGuess: false, cadre: false });
    expect(all.find((c) => c.name === '陈主任')).toMatchObject({ isTeacherGuess: true, cadre: true });
    const one = await api.call('congress.delegates.candidates', { term: 5, department: '语文组' });
    expect(one.map((c) => c.name)).toEqual(['刘老师']);
    await api.call('congress.delegates.addMany', { term: 5, memberIds: [ids.刘老师!], teacherMemberIds: [ids.刘老师!], delegateKind: '正式' });
    expect(await api.call('congress.delegates.candidates', { term: 5, department: '语文组' })).toEqual([]);
  });
});

describe('adding many at once', () => {
  it('adds the chosen members with 是否教师 as ticked, and the figures follow', async () => {
    const chosen = [ids.王校长!, ids.陈主任!, ids.刘老师!, ids.赵老师!, ids.孙会计!];
    const r = await api.call('congress.delegates.addMany', {
      term: 5,
      memberIds: chosen,
      teacherMemberIds: [ids.王校长!, ids.陈主任!, ids.刘老师!, ids.赵老师!],
      delegateKind: '正式',
      delegation: '第一代表团',
      electedOn: '2026-09-01',
    });
    expect(r.added).toBe(5);
    await api.call('congress.delegates.addMany', { term: 5, memberIds: [ids.周师傅!], teacherMemberIds: [], delegateKind: '列席', delegation: '第二代表团' });
    const list = await api.call('congress.delegates.list', { term: 5 });
    expect(list).toMatchObject({
      votingCount: 5,
      teacherCount: 4,
      teacherPercent: 80,
      teacherShareOk: true,
      womenCount: 3,
      womenPercent: 60,
      womenShareOk: true,
      cadreCount: 2,
      cadrePercent: 40,
      cadreShareMax: 20,
      cadreShareOk: false,
    });
    expect(list.delegations).toEqual([
      { name: '第一代表团', count: 5, voting: 5 },
      { name: '第二代表团', count: 1, voting: 0 },
    ]);
    await api.call('congress.settings.update', { cadreSharePercent: 40, womenSharePercent: 70 });
    expect(await api.call('congress.delegates.list', { term: 5 })).toMatchObject({ cadreShareOk: true, womenShareOk: false });
  });

  it('adds none when one of them cannot be added', async () => {
    await api.call('congress.delegates.addMany', { term: 5, memberIds: [ids.刘老师!], teacherMemberIds: [], delegateKind: '正式' });
    const e = await refused(
      api.call('congress.delegates.addMany', { term: 5, memberIds: [ids.赵老师!, ids.刘老师!], teacherMemberIds: [], delegateKind: '正式' }),
    );
    expect(e.message).toBe('刘老师 已是第五届代表，不能重复添加。');
    expect((await api.call('congress.delegates.list', { term: 5 })).rows.map((d) => d.name)).toEqual(['刘老师']);
    const empty = await refused(api.call('congress.delegates.addMany', { term: 5, memberIds: [], teacherMemberIds: [], delegateKind: '正式' }));
    expect(empty.message).toContain('请至少选择一名会员');
  });

  it('exports the 代表名单 workbook with the make-up figures', async () => {
    await api.call('settings.update', { schoolName: '实验中学' });
    await api.call('congress.delegates.addMany', {
      term: 5,
      memberIds: [ids.陈主任!, ids.孙会计!],
      teacherMemberIds: [ids.陈主任!],
      delegateKind: '正式',
      delegation: '第一代表团',
    });
    const file = await api.call('congress.delegates.export', { term: 5 });
    expect(file.fileName).toBe('第五届教职工代表大会代表名单.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('代表名单')!;
    expect(sheet.getCell('A1').value).toBe('实验中学第五届教职工代表大会代表名单');
    expect(String(sheet.getCell('A2').value)).toContain('正式代表 2 人，其中教师 1 人（50%）、女代表 2 人（100%）、中层以上干部 1 人（50%）');
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(3)).toEqual(['序号', '姓名', '性别', '部门', '代表团', '代表类别', '是否教师', '中层以上干部', '当选日期', '备注']);
    expect(row(4).slice(0, 8)).toEqual([1, '陈主任', '女', '教务处', '第一代表团', '正式', '是', '是']);
    expect(row(5).slice(0, 8)).toEqual([2, '孙会计', '女', '行政后勤', '第一代表团', '正式', '否', '否']);
  });
});
