/**
 * The 年度台账 workbook read back with exceljs: sheet order, frozen headers, print setup, masked IDs
 * as text, real dates in the Chinese format, money as ¥ numbers, formula-like text kept as text.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { apiOn } from '../../helpers/api';
import { tempStore } from '../../helpers/store';
import { buildReportStore } from './fixture';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;

beforeAll(async () => {
  store = tempStore();
  api = apiOn(store);
  await buildReportStore(api);
});
afterAll(() => store.close());

async function ledger(fullIds = false): Promise<{ fileName: string; wb: ExcelJS.Workbook }> {
  const d = await api.call('report.ledger', { year: 2026, fullIds });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(d.contentBase64, 'base64') as unknown as ArrayBuffer);
  return { fileName: d.fileName, wb };
}

/** The data rows of a sheet (below the title, subtitle and header rows) as plain values. */
function dataRows(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 4; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as ExcelJS.CellValue[]).slice(1));
  return rows;
}

function findCell(ws: ExcelJS.Worksheet, match: (v: ExcelJS.CellValue) => boolean): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= ws.columnCount; c++) if (match(row.getCell(c).value)) return row.getCell(c);
  }
  throw new Error('cell not found');
}

describe('the 年度台账 workbook', () => {
  it('has the summary first, then a sheet per record set, each titled with the school and ready to print', async () => {
    const { fileName, wb } = await ledger();
    expect(fileName).toBe('城南实验小学2026年度台账.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['年度汇总', '会员花名册', '会员变动', '教代会提案', '票决', '校务公开', '异议处理', '慰问记录', '困难职工档案', '活动记录', '评优评先', '会费收缴台账', '会费收缴记录']);
    for (const ws of wb.worksheets) {
      expect(String(ws.getCell('A1').value), ws.name).toContain('城南实验小学');
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 3 });
      expect(ws.pageSetup.paperSize, ws.name).toBe(9);
      expect(ws.pageSetup.printTitlesRow, ws.name).toBe('3:3');
      expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
    }
    expect(wb.getWorksheet('年度汇总')!.pageSetup.orientation).toBe('portrait');
    expect(wb.getWorksheet('教代会提案')!.pageSetup.orientation).toBe('landscape');
  });

  it('年度汇总 holds the figures with last year beside them and the summary sentences', async () => {
    const { wb } = await ledger();
    const ws = wb.getWorksheet('年度汇总')!;
    expect((ws.getRow(3).values as ExcelJS.CellValue[]).slice(1)).toEqual(['类别', '统计项', '单位', '2026年', '2025年', '较上年增减']);
    const rows = dataRows(ws);
    const line = (label: string) => rows.find((r) => r[1] === label);
    expect(line('年末在册会员')).toEqual(['会员', '年末在册会员', '人', 3, 3, 0]);
    expect(line('收到提案')).toEqual(['教代会', '收到提案', '件', 8, 2, 6]);
    expect(line('按期答复率')!.slice(3, 5)).toEqual([0.5, 1]);
    const money = findCell(ws, (v) => v === 4000);
    expect(money.numFmt).toBe('"¥"#,##0.00');
    expect(line('慰问金')).toEqual(['慰问', '慰问金', '元', 4000, 0, 4000]);
    const sentence = findCell(ws, (v) => typeof v === 'string' && v.startsWith('全年共走访慰问教职工 8 人次'));
    expect(sentence.alignment?.wrapText).toBe(true);
  });

  it('会员花名册 is the year-end roll with masked IDs as text and real dates in the Chinese format', async () => {
    const { wb } = await ledger();
    const ws = wb.getWorksheet('会员花名册')!;
    const rows = dataRows(ws);
    expect(rows.map((r) => r[1])).toEqual(['李二', '孙六', '张一']);
    const id = findCell(ws, (v) => typeof v === 'string' && v.startsWith('110105'));
    expect(id.value).toBe('110105********002X');
    expect(id.numFmt).toBe('@');
    const phone = findCell(ws, (v) => typeof v === 'string' && v.startsWith('138'));
    expect(phone.value).toBe('138****5678');
    const joined = ws.getRow(4).getCell(14);
    expect(joined.value).toBeInstanceOf(Date);
    expect((joined.value as Date).toISOString().slice(0, 10)).toBe('2015-09-01');
    expect(joined.numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(ws.getRow(4).getCell(2).alignment?.wrapText).toBe(true);
  });

  it('full IDs only when asked for', async () => {
    const { wb } = await ledger(true);
    const ws = wb.getWorksheet('会员花名册')!;
    expect(findCell(ws, (v) => typeof v === 'string' && v.startsWith('110105')).value).toBe('11010519491231002X');
    expect(String(ws.getCell('A2').value)).toContain('完整身份证号');
  });

  it('会员变动 lists the joins and leaves of the year in date order', async () => {
    const { wb } = await ledger();
    const rows = dataRows(wb.getWorksheet('会员变动')!).map((r) => [r[1], r[4], (r[5] as Date).toISOString().slice(0, 10)]);
    expect(rows).toEqual([
      ['赵四', '入会', '2026-02-01'],
      ['王三', '调出', '2026-06-30'],
      ['孙六', '入会', '2026-09-01'],
      ['赵四', '退会', '2026-10-01'],
    ]);
  });

  it('motions, votes, notices, objections, visits and hardship files are the sets the summary counts', async () => {
    const { wb } = await ledger();
    expect(dataRows(wb.getWorksheet('教代会提案')!)).toHaveLength(8);
    expect(dataRows(wb.getWorksheet('票决')!).map((r) => [r[2], r[12]])).toEqual([
      ['绩效工资分配方案', '通过'],
      ['教职工考勤办法', '未通过'],
    ]);
    expect(dataRows(wb.getWorksheet('校务公开')!).map((r) => r[8])).toEqual(['已归档', '已撤回：方案需修改', '已发布']);
    expect(dataRows(wb.getWorksheet('异议处理')!)).toHaveLength(2);
    // 8 visits and the total row.
    const visits = dataRows(wb.getWorksheet('慰问记录')!);
    expect(visits).toHaveLength(9);
    expect(visits[8]!.slice(1, 8)).toEqual(['合计', undefined, undefined, undefined, 4000, undefined, 100]);
    // 李二 and 张一 on file, 孙六 filed and closed within the year.
    expect(dataRows(wb.getWorksheet('困难职工档案')!).map((r) => r[1])).toEqual(['李二', '张一', '孙六']);
  });

  it('the merged motion follows its parent, and formula-like text stays text', async () => {
    const { wb } = await ledger();
    const ws = wb.getWorksheet('教代会提案')!;
    const merged = dataRows(ws)[2]!;
    expect(merged[7]).toBe('合并立案（并入 5-1-001）');
    expect((merged[10] as Date).toISOString().slice(0, 10)).toBe('2026-04-01');
    const plus = findCell(ws, (v) => typeof v === 'string' && v.startsWith('+关于建立'));
    expect(plus.type).toBe(ExcelJS.ValueType.String);
    expect(plus.numFmt).toBe('@');
    const eq = findCell(wb.getWorksheet('校务公开')!, (v) => typeof v === 'string' && v.startsWith('=2026'));
    expect(eq.type).toBe(ExcelJS.ValueType.String);
    expect(eq.formula).toBeUndefined();
  });

  it('money cells are numbers with the ¥ format, and tall rows fit wrapped text', async () => {
    const { wb } = await ledger();
    const ws = wb.getWorksheet('慰问记录')!;
    const cell = ws.getRow(8).getCell(6);
    expect(cell.value).toBe(2000);
    expect(cell.numFmt).toBe('"¥"#,##0.00');
    const notes = wb.getWorksheet('教代会提案')!;
    // Row heights follow the longest wrapped cell: never below one line.
    for (let r = 4; r <= notes.rowCount; r++) expect(notes.getRow(r).height).toBeGreaterThanOrEqual(18);
  });
});
