/**
 * Workbooks for import tests, built in the test: .xlsx with exceljs (title rows, merges, number and
 * date cells as Excel stores them), .xls with the same library the program reads it with
 * (@e965/xlsx's BIFF8 writer), and GBK CSV.
 */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type Cell = string | number | Date | null;

export interface SheetSpec {
  name?: string;
  rows: Cell[][];
  /** Ranges such as 'B3:B5' (a department merged down over its group). */
  merges?: string[];
}

export async function xlsxOf(...sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((spec, i) => {
    const ws = wb.addWorksheet(spec.name ?? `Sheet${i + 1}`);
    for (const row of spec.rows) ws.addRow(row);
    for (const m of spec.merges ?? []) ws.mergeCells(m);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function xlsOf(...sheets: SheetSpec[]): Buffer {
  const wb = XLSX.utils.book_new();
  sheets.forEach((spec, i) => {
    const ws = XLSX.utils.aoa_to_sheet(spec.rows.map((r) => r.map((c) => (c === null ? undefined : c))), { cellDates: true });
    if (spec.merges) ws['!merges'] = spec.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, spec.name ?? `Sheet${i + 1}`);
  });
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Uint8Array);
}

export function gbkCsvOf(rows: Cell[][]): Buffer {
  const text = rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')).join('\r\n');
  return iconv.encode(text, 'gbk');
}

export function base64(bytes: Buffer): string {
  return bytes.toString('base64');
}
