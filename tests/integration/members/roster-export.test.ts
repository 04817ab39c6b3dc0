/**
 * 导出花名册 and the import template: what the xlsx holds, read back with exceljs.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memberInputSchema } from '../../../shared/members/schema';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { createMember } from '../../../src-main/members/service';
import { exportRoster } from '../../../src-main/members/roster/export';
import { previewRecords, readRecordBytes } from '../../../src-main/import/records';
import { recordTemplate } from '../../../src-main/import/template';
import { updateGeneralSettings } from '../../../src-main/settings/service';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
  const db = store.ctx.db;
  updateGeneralSettings(db, { schoolName: '某某市实验小学' });
  createMember(db, memberInputSchema.parse({ name: '张三', idNumber: '11010519491231002X', department: '语文组', phone: '13912345678' }));
  createMember(db, memberInputSchema.parse({ name: '李四', department: '数学组', notes: '=HYPERLINK("http://x","点我")' }));
  createMember(db, memberInputSchema.parse({ name: '王五', department: '数学组', position: '+教研组长', title: '-', ethnicity: '@族' }));
});
afterEach(() => store.close());

/** The roster as the import engine reads it (record set 'members'). */
function readRosterBytes(fileName: string, bytes: Buffer, options?: { sheet?: string; headerRow?: number }) {
  return readRecordBytes('members', fileName, bytes, options);
}

async function load(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

describe('roster export', () => {
  it('has the title with the school name, one header row, frozen panes and A4 landscape print titles', async () => {
    const file = await exportRoster(store.ctx.db, undefined);
    expect(file.fileName).toBe('会员花名册.xlsx');
    const sheet = (await load(file.contentBase64)).getWorksheet('会员花名册')!;
    expect(sheet.getCell('A1').value).toBe('某某市实验小学工会会员花名册');
    expect(String(sheet.getCell('A2').value)).toContain('共 3 人');
    expect(String(sheet.getCell('A2').value)).toContain('个人信息');
    const headers = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(headers).toContain('身份证号');
    expect(headers).toContain('联系电话');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '3:3' });
    expect(sheet.getColumn(headers.indexOf('身份证号') + 1).width).toBeGreaterThanOrEqual(20);
  });

  it('writes IDs and phones as full text cells, and formula-like text as text', async () => {
    const sheet = (await load((await exportRoster(store.ctx.db, undefined)).contentBase64)).getWorksheet('会员花名册')!;
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, n) => {
      if (n > 3) rows.set(String(row.getCell(2).value), row);
    });
    const zhang = rows.get('张三')!;
    const id = zhang.getCell(6);
    expect(id.value).toBe('11010519491231002X');
    expect(id.type).toBe(ExcelJS.ValueType.String);
    expect(id.numFmt).toBe('@');
    expect(zhang.getCell(12).value).toBe('13912345678');
    expect(zhang.getCell(12).type).toBe(ExcelJS.ValueType.String);
    const li = rows.get('李四')!;
    expect(li.getCell(16).type).toBe(ExcelJS.ValueType.String);
    expect(li.getCell(16).value).toBe('=HYPERLINK("http://x","点我")');
    const wang = rows.get('王五')!;
    for (const col of [4, 9, 11]) expect(wang.getCell(col).type).toBe(ExcelJS.ValueType.String);
    // No formula anywhere in the file.
    const xml = Buffer.from((await exportRoster(store.ctx.db, undefined)).contentBase64, 'base64');
    expect(xml.includes(Buffer.from('<f>'))).toBe(false);
  });

  it('exports the list filter only', async () => {
    const sheet = (await load((await exportRoster(store.ctx.db, { departments: ['数学组'] })).contentBase64)).getWorksheet('会员花名册')!;
    expect(sheet.rowCount).toBe(5);
    expect(String(sheet.getCell('A2').value)).toContain('部门：数学组');
  });

  it('round-trips: the export imports back as the same members, unchanged', async () => {
    const file = await exportRoster(store.ctx.db, undefined);
    const sheet = await readRosterBytes(file.fileName, Buffer.from(file.contentBase64, 'base64'));
    expect(sheet.headerRow).toBe(3);
    const check = previewRecords(store.ctx.db, { set: 'members', options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows });
    expect(check.counts).toMatchObject({ rows: 3, errors: 0, create: 0, update: 0, unchanged: 3 });
  });

  it('CLI members export writes the file', async () => {
    store.ctx.db.close();
    const out = path.join(store.dir, '导出', '会员花名册.xlsx');
    const lines: string[] = [];
    const io: CliIo = { out: (t) => lines.push(t), err: (t) => lines.push(t) };
    expect(await runCli(['members', 'export', out, '--db', store.file], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('会员花名册')!.rowCount).toBe(6);
    expect(lines.join()).toContain('已导出');
  });
});

describe('import template', () => {
  it('has the expected headers, the ID column formatted as text, and imports as nothing but headers', async () => {
    // The template 下载模板 gives: the engine's template of the record set 'members'.
    const file = await recordTemplate('members');
    expect(file.fileName).toBe('会员导入模板.xlsx');
    const wb = await load(file.contentBase64);
    const sheet = wb.worksheets[0]!;
    const headers = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
    expect(headers).toEqual(['姓名', '性别', '民族', '出生日期', '身份证号', '政治面貌', '学历', '职称', '部门', '职务', '联系电话', '用工性质', '入会时间', '备注']);
    const idColumn = headers.indexOf('身份证号') + 1;
    expect(sheet.getRow(10).getCell(idColumn).numFmt).toBe('@');
    expect(wb.getWorksheet('填写说明')).toBeDefined();
    // Filled in, it imports.
    sheet.getRow(3).getCell(1).value = '赵六';
    sheet.getRow(3).getCell(idColumn).value = '11010519491231002X';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const read = await readRosterBytes('会员导入模板.xlsx', filled);
    expect(read.rows).toHaveLength(1);
    expect(read.mapping.filter(Boolean)).toHaveLength(14);
  });
});
