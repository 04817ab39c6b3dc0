/**
 * The common shape of every workbook the program writes: a merged title row, one header row,
 * frozen panes below it, A4 page setup with the header repeated on every printed page.
 */
import ExcelJS from 'exceljs';
import { displayWidth, setCell, setTextCell } from './cells';

export interface SheetSpec {
  name: string;
  title: string;
  /** A second line under the title, e.g. 导出时间 or the filter used. */
  subtitle?: string;
  headers: string[];
  rows: Array<Array<string | number | Date | null | undefined>>;
  landscape?: boolean;
  /** Column widths in characters; computed from the content when absent. */
  widths?: number[];
  /**
   * The data cells share one style object per kind (text, date, other), which exceljs writes without
   * serialising a style per cell: several times faster for tens of thousands of rows. Only for
   * sheets whose data cells are not restyled one by one afterwards (a change would reach them all).
   */
  sharedStyles?: boolean;
  /**
   * Number formats by column for the data cells that are numbers or dates, e.g. '"¥"#,##0.00' for
   * money kept as yuan, 'yyyy"年"m"月"d"日"' for dates. Text cells stay '@' whatever is given here.
   */
  numFmts?: Array<string | undefined>;
  /** Alignment of every data cell, e.g. { wrapText: true, vertical: 'top' } for long text. */
  cellAlignment?: Partial<ExcelJS.Alignment>;
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '工会台账';
  wb.created = new Date();
  return wb;
}

export function addTableSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const headerRowNumber = spec.subtitle ? 3 : 2;
  const sheet = wb.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: headerRowNumber }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: spec.landscape === false ? 'portrait' : 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRowNumber}:${headerRowNumber}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  const columns = spec.headers.length;
  const title = sheet.getRow(1);
  setTextCell(title.getCell(1), spec.title);
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 28;
  if (columns > 1) sheet.mergeCells(1, 1, 1, columns);
  if (spec.subtitle) {
    setTextCell(sheet.getRow(2).getCell(1), spec.subtitle);
    sheet.getRow(2).getCell(1).alignment = { horizontal: 'left' };
    if (columns > 1) sheet.mergeCells(2, 1, 2, columns);
  }
  const header = sheet.getRow(headerRowNumber);
  spec.headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    setTextCell(cell, h);
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  const thin = { style: 'thin' as const };
  if (spec.sharedStyles) addRowsSharingStyles(sheet, spec.rows, columns, spec.numFmts, spec.cellAlignment);
  else {
    for (const values of spec.rows) {
      const row = sheet.addRow([]);
      values.forEach((v, i) => {
        const cell = row.getCell(i + 1);
        setCell(cell, v);
        const fmt = spec.numFmts?.[i];
        if (fmt && (typeof v === 'number' || v instanceof Date)) cell.numFmt = fmt;
        if (spec.cellAlignment) cell.alignment = spec.cellAlignment;
      });
    }
  }
  const lastBordered = spec.sharedStyles ? headerRowNumber : sheet.rowCount;
  for (let r = headerRowNumber; r <= lastBordered; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= columns; c++) row.getCell(c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  spec.headers.forEach((h, i) => {
    const width = spec.widths?.[i];
    if (width) sheet.getColumn(i + 1).width = width;
    else {
      let w = Math.max(6, displayWidth(h) + 2);
      for (const values of spec.rows.slice(0, 2000)) {
        const v = values[i];
        const text = v instanceof Date ? '2026-01-01' : v === null || v === undefined ? '' : String(v);
        w = Math.max(w, displayWidth(text) + 2);
      }
      sheet.getColumn(i + 1).width = Math.min(w, 50);
    }
  });
  return sheet;
}

function addRowsSharingStyles(
  sheet: ExcelJS.Worksheet,
  rows: SheetSpec['rows'],
  columns: number,
  numFmts: SheetSpec['numFmts'] = [],
  alignment?: Partial<ExcelJS.Alignment>,
): void {
  const thin = { style: 'thin' as const };
  const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
  const withAlignment = (style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> => (alignment ? { ...style, alignment } : style);
  // Strings as text cells ('@'), as setCell writes them: never formulas, IDs keep their digits on edit.
  const text: Partial<ExcelJS.Style> = withAlignment({ numFmt: '@', border });
  const dates: Partial<ExcelJS.Style>[] = [];
  const plains: Partial<ExcelJS.Style>[] = [];
  for (let i = 0; i < columns; i++) {
    dates.push(withAlignment({ numFmt: numFmts[i] ?? 'yyyy-mm-dd', border }));
    plains.push(withAlignment(numFmts[i] ? { numFmt: numFmts[i], border } : { border }));
  }
  for (const values of rows) {
    const row = sheet.addRow([]);
    for (let i = 0; i < columns; i++) {
      const v = values[i];
      const cell = row.getCell(i + 1);
      if (v === null || v === undefined || v === '') {
        // An empty cell keeps its border and text format but needs no shared string.
        cell.style = text;
      } else if (typeof v === 'string') {
        cell.value = v;
        cell.style = text;
      } else {
        cell.value = v;
        cell.style = v instanceof Date ? dates[i]! : plains[i]!;
      }
    }
  }
}

export async function workbookToBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
