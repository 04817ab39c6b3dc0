/**
 * Finding the roster in a workbook: the sheet, the header row under titles, merged cells, cell
 * types (dates, serials, numbers), and CSV in its encodings.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readRecordBytes } from '../../../src-main/import/records';
import { buildXlsx } from '../../fixtures/roster-xlsx';

/** The roster as the import engine reads it (record set 'members'). */
function readRosterBytes(fileName: string, bytes: Buffer, options?: { sheet?: string; headerRow?: number }) {
  return readRecordBytes('members', fileName, bytes, options);
}

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading a roster workbook', () => {
  it('picks the first sheet with a name column, under title and 填报 lines', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('填表说明').addRow(['请用文本格式填写身份证号']);
      const ws = wb.addWorksheet('教职工');
      ws.addRow(['某某中学教职工花名册']);
      ws.mergeCells('A1:E1');
      ws.addRow(['填报单位：某某中学', '', '', '填报日期：2026年9月1日']);
      ws.addRow(['序号', '姓名', '公民身份号码', '年级组', '手机号码']);
      ws.addRow([1, '张三', '11010519491231002X', '初一', '13912345678']);
    });
    const sheet = await readRosterBytes('花名册.xlsx', bytes);
    expect(sheet.sheets).toEqual([
      { name: '填表说明', hasNameColumn: false },
      { name: '教职工', hasNameColumn: true },
    ]);
    expect(sheet.sheet).toBe('教职工');
    expect(sheet.headerRow).toBe(3);
    expect(sheet.mapping).toEqual([null, 'name', 'idNumber', 'department', 'phone']);
    // The review offers every member field; 姓名 is required, ID and phone are shown masked.
    expect(sheet.set).toBe('members');
    expect(sheet.fields.find((f) => f.field === 'name')).toMatchObject({ label: '姓名', required: true, mask: null });
    expect(sheet.fields.find((f) => f.field === 'idNumber')).toMatchObject({ required: false, mask: 'resident-id' });
    expect(sheet.fields.find((f) => f.field === 'phone')).toMatchObject({ mask: 'phone' });
    expect(sheet.fields).toHaveLength(14);
    expect(sheet.rows).toEqual([{ row: 4, cells: ['1', '张三', '11010519491231002X', '初一', '13912345678'], numeric: [0] }]);
    // Another sheet and another header row on request.
    await expect(readRosterBytes('花名册.xlsx', bytes, { sheet: '没有这个表' })).rejects.toThrow('没有名为“没有这个表”的工作表');
    const lower = await readRosterBytes('花名册.xlsx', bytes, { sheet: '教职工', headerRow: 2 });
    expect(lower.headerRow).toBe(2);
    expect(lower.mapping).not.toContain('name');
  });

  it('gives a vertically merged value to every row it covers, and marks it as merged', async () => {
    const bytes = buildXlsx([
      {
        name: 'Sheet1',
        rows: [['姓名', '部门'], ['甲', '语文组'], ['乙', null], ['丙', null], ['丁', '数学组']],
        merges: ['B2:B4'],
      },
    ]);
    const sheet = await readRosterBytes('a.xlsx', bytes);
    expect(sheet.rows.map((r) => r.cells[1])).toEqual(['语文组', '语文组', '语文组', '数学组']);
    expect(sheet.rows.map((r) => r.merged ?? [])).toEqual([[], [1], [1], []]);
  });

  it('knows the sheet names and their order when workbook.xml comes after the sheets in the zip', async () => {
    const bytes = buildXlsx(
      [
        { name: '说明', rows: [['请用文本格式填写']] },
        { name: '花名册 & 2026', rows: [['姓名'], ['张三']] },
      ],
      { workbookLast: true },
    );
    const sheet = await readRosterBytes('a.xlsx', bytes);
    expect(sheet.sheets.map((s) => s.name)).toEqual(['说明', '花名册 & 2026']);
    expect(sheet.sheet).toBe('花名册 & 2026');
    expect(sheet.rows).toEqual([{ row: 2, cells: ['张三'] }]);
  });

  it('turns dates into ISO dates and keeps numbers as Excel shows them', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('a');
      ws.addRow(['姓名', '出生日期', '身份证号', '入会时间']);
      ws.addRow(['张三', new Date(Date.UTC(1985, 2, 1)), 320482198507111740, 31107]);
    });
    const sheet = await readRosterBytes('a.xlsx', bytes);
    expect(sheet.rows[0]).toEqual({ row: 2, cells: ['张三', '1985-03-01', '3.20482E+17', '31107'], numeric: [2, 3] });
  });

  it('reads CSV in UTF-8 with BOM and in GBK, with line numbers', async () => {
    const text = '\r\n姓名,部门\r\n张三,语文组\r\n';
    const bom = await readRosterBytes('a.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(bom).toMatchObject({ encoding: 'UTF-8', headerRow: 2, rows: [{ row: 3, cells: ['张三', '语文组'] }] });
    const gbk = await readRosterBytes('a.csv', iconv.encode(text, 'gbk'));
    expect(gbk).toMatchObject({ encoding: 'GB18030', headerRow: 2, rows: [{ row: 3, cells: ['张三', '语文组'] }] });
  });
});
