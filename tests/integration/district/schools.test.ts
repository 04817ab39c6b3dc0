/**
 * 基层工会名单: typed in or imported from Excel, one school per name (spaces and full-width forms
 * ignored), imported through the import engine (every bad row named, undone as a batch), and 本机用途 defaulting to 基层工会.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { DISTRICT_VERSION } from '../../../src-main/db/migrations/014-district';
import { schemaVersion } from '../../../src-main/db/migrations';
import { apiOn, refused } from '../../helpers/api';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
beforeAll(() => {
  store = tempStore();
  api = apiOn(store);
});
afterAll(() => store.close());

async function sheet(rows: (string | number)[][]): Promise<{ fileName: string; contentBase64: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['城区基层工会名单']);
  for (const r of rows) ws.addRow(r);
  return { fileName: '名单.xlsx', contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}

describe('本机用途', () => {
  it('defaults to 基层工会 with the 80-staff threshold and can be switched', async () => {
    expect(schemaVersion(store.ctx.db)).toBeGreaterThanOrEqual(DISTRICT_VERSION);
    expect(await api.call('district.settings', undefined)).toEqual({ role: '基层工会', congressStaffMin: 80 });
    expect(await api.call('district.updateSettings', { role: '上级教育工会' })).toEqual({ role: '上级教育工会', congressStaffMin: 80 });
  });
});

describe('基层工会名单', () => {
  it('a name already listed (with other spacing) is refused on the name field', async () => {
    await api.call('district.schools.save', { name: '城东小学', type: '小学', staff: 50 });
    const e = await refused(api.call('district.schools.save', { name: '城东 小学' }));
    expect(e.message).toBe('名单中已有“城东小学”，同一所学校不能重复添加。');
    expect(e.fields?.name).toContain('学校名称');
  });

  it('imports from a sheet through the import engine: new schools added, listed ones updated from filled cells, a bad row named, the batch undone', async () => {
    const read = async (file: { fileName: string; contentBase64: string }) => api.call('import.read', { set: 'schools', ...file });
    const rowsOf = (sheet: Awaited<ReturnType<typeof read>>) => ({ set: 'schools' as const, options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows });
    const bad = await read(
      await sheet([
        ['学校名称', '类型', '联系人', '教职工人数'],
        ['城南中学', '中学', '陈主席', 120],
        ['城北幼儿园', '托儿所', '黄老师', 30],
        ['城南 中学', '', '', '十个'],
      ]),
    );
    const checked = await api.call('import.preview', rowsOf(bad));
    expect(checked.rows.map((r) => [r.row, r.status])).toEqual([
      [3, 'valid'],
      [4, 'error'],
      [5, 'error'],
    ]);
    expect(checked.rows[1]!.issues.map((i) => i.message).join('')).toContain('学校类型');
    expect(checked.rows[2]!.issues.map((i) => i.message).join('')).toMatch(/教职工人数|与第 3 行重复/);
    const e = await refused(api.call('import.commit', { ...rowsOf(bad), fileName: bad.fileName, sheet: bad.sheet, headerRow: bad.headerRow, skipInvalid: false }));
    expect(e.message).toContain('有 2 行存在错误，未导入任何数据');
    expect((await api.call('district.schools.list', undefined)).schools).toHaveLength(1);

    const good = await read(
      await sheet([
        ['学校名称', '学校类型', '联系人', '联系电话', '教职工人数'],
        ['城南中学', '初级中学', '陈主席', '13900001111', '120人'],
        ['城东 小学', '小学', '李老师', '', ''],
      ]),
    );
    const plan = await api.call('import.preview', rowsOf(good));
    expect(plan.rows.map((r) => r.action)).toEqual(['create', 'update']);
    // The listed school's row says what it changes; its blank cells change nothing.
    expect(plan.rows[1]!.summary).toBe('城东小学：联系人 未填 → 李老师');
    const batch = await api.call('import.commit', { ...rowsOf(good), fileName: good.fileName, sheet: good.sheet, headerRow: good.headerRow, skipInvalid: false });
    expect(batch).toMatchObject({ set: 'schools', created: 1, updated: 1 });
    const list = (await api.call('district.schools.list', undefined)).schools;
    expect(list.map((s) => [s.name, s.type, s.contact, s.staff])).toEqual([
      ['城南中学', '中学', '陈主席', 120],
      ['城东小学', '小学', '李老师', 50],
    ]);

    // Undo removes the added school and puts the listed one's contact back.
    expect(await api.call('import.undo', { id: batch.id })).toMatchObject({ removed: 1, gone: 0, restored: 1 });
    expect((await api.call('district.schools.list', undefined)).schools.map((s) => [s.name, s.contact, s.staff])).toEqual([['城东小学', null, 50]]);
    await api.call('import.commit', { ...rowsOf(good), fileName: good.fileName, sheet: good.sheet, headerRow: good.headerRow, skipInvalid: false });
  });

  it('a school without reports can be deleted', async () => {
    const s = (await api.call('district.schools.list', undefined)).schools.find((x) => x.name === '城南中学')!;
    await api.call('district.schools.delete', { id: s.id });
    expect((await api.call('district.schools.list', undefined)).schools.map((x) => x.name)).toEqual(['城东小学']);
  });
});
