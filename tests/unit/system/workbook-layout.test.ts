/**
 * Every workbook prints legibly outside Excel: long text wraps inside its column and the row is tall
 * enough for the lines (LibreOffice Calc and WPS do not grow rows by themselves), and dates are real
 * dates shown as 2026年3月1日, not text.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addTableSheet, DATE_FORMAT, linesNeeded, newWorkbook, workbookToBuffer } from '../../../src-main/excel/workbook';

const LONG = '关于改善教师午餐条件、延长食堂供餐时间并增加素食窗口以及在教学楼各层设置饮水机的建议';

async function roundTrip(sharedStyles: boolean): Promise<ExcelJS.Worksheet> {
  const wb = newWorkbook();
  addTableSheet(wb, {
    name: '表',
    title: '测试表',
    headers: ['编号', '案由', '答复日期', '提交日期'],
    widths: [8, 20, 16, 16],
    rows: [
      ['T001', LONG, '2026年3月1日', '2026-02-15'],
      ['T002', '短', '', null],
    ],
    sharedStyles,
  });
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbookToBuffer(wb)) as unknown as ArrayBuffer);
  return back.getWorksheet('表')!;
}

describe.each([false, true])('addTableSheet (shared styles: %s)', (shared) => {
  it('wraps long text and makes the row tall enough for every line', async () => {
    const sheet = await roundTrip(shared);
    const cell = sheet.getRow(3).getCell(2);
    expect(cell.alignment?.wrapText).toBe(true);
    const lines = linesNeeded(LONG, 20);
    expect(lines).toBeGreaterThanOrEqual(5);
    expect(sheet.getRow(3).height).toBeGreaterThanOrEqual(lines * 14);
    // A one-line row stays one line high.
    expect(sheet.getRow(4).height).toBeLessThan(20);
  });

  it('writes dates as real dates formatted 2026年3月1日', async () => {
    const sheet = await roundTrip(shared);
    for (const col of [3, 4]) {
      const cell = sheet.getRow(3).getCell(col);
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect(cell.numFmt).toBe(DATE_FORMAT);
    }
    expect((sheet.getRow(3).getCell(3).value as Date).toISOString().slice(0, 10)).toBe('2026-03-01');
    expect((sheet.getRow(3).getCell(4).value as Date).toISOString().slice(0, 10)).toBe('2026-02-15');
    // Codes and empty cells stay text.
    expect(sheet.getRow(3).getCell(1).type).toBe(ExcelJS.ValueType.String);
  });
});

describe('linesNeeded', () => {
  it('counts CJK characters double and honours line breaks', () => {
    expect(linesNeeded('一二三四五', 11)).toBe(1);
    expect(linesNeeded('一二三四五六', 11)).toBe(2);
    expect(linesNeeded('abc\ndef', 20)).toBe(2);
  });
});
