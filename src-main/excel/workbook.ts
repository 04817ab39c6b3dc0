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

type CellValue = string | number | Date | null | undefined;

/** How every date in a workbook reads: 2026年3月1日, as a real date Excel/WPS/Calc can sort and sum. */
export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
/** Long text wraps inside its column instead of running past the cell edge (or being cut in print). */
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'middle' };
/** Points per line of 11-point text (Excel's default row is 15pt; CJK fonts need about as much). */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409; // Excel's limit

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/**
 * A whole-cell date, given as YYYY-MM-DD or 2026年3月1日, becomes a Date (UTC midnight, which exceljs
 * writes as that day's serial number); anything else is left as it is.
 */
export function toCellValue(v: CellValue): CellValue {
  if (typeof v !== 'string') return v;
  const m = ISO_DATE.exec(v) ?? CN_DATE.exec(v);
  if (!m) return v;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : v;
}

function cellText(v: CellValue): string {
  if (v instanceof Date) return '2026年12月31日';
  return v === null || v === undefined ? '' : String(v);
}

/** Lines a text needs in a column `width` characters wide (CJK counted double, as Excel shows it). */
export function linesNeeded(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  // Most cells are short: two columns per character at most means one line, no need to measure.
  if (text.length * 2 <= usable && !text.includes('\n')) return 1;
  return text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

function fitRowHeight(row: ExcelJS.Row, values: CellValue[], widths: number[]): void {
  let lines = 1;
  values.forEach((v, i) => (lines = Math.max(lines, linesNeeded(cellText(v), widths[i] ?? 10))));
  row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
}

function columnWidths(spec: SheetSpec): number[] {
  return spec.headers.map((h, i) => {
    const given = spec.widths?.[i];
    if (given) return given;
    let w = Math.max(6, displayWidth(h) + 2);
    for (const values of spec.rows.slice(0, 2000)) w = Math.max(w, displayWidth(cellText(toCellValue(values[i]))) + 2);
    return Math.min(w, 50);
  });
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
  // Widths first: the row heights below are estimated from them.
  const widths = columnWidths(spec);
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const rows = spec.rows.map((values) => values.map(toCellValue));
  const thin = { style: 'thin' as const };
  if (spec.sharedStyles) addRowsSharingStyles(sheet, rows, columns, spec.numFmts, spec.cellAlignment);
  else {
    for (const values of rows) {
      const row = sheet.addRow([]);
      values.forEach((v, i) => {
        const cell = row.getCell(i + 1);
        setCell(cell, v);
        const fmt = spec.numFmts?.[i];
        if (fmt && (typeof v === 'number' || v instanceof Date)) cell.numFmt = fmt;
        else if (v instanceof Date) cell.numFmt = DATE_FORMAT;
        cell.alignment = spec.cellAlignment ?? WRAP;
      });
    }
  }
  const lastBordered = spec.sharedStyles ? headerRowNumber : sheet.rowCount;
  for (let r = headerRowNumber; r <= lastBordered; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= columns; c++) row.getCell(c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  fitRowHeight(header, spec.headers, widths);
  rows.forEach((values, i) => fitRowHeight(sheet.getRow(headerRowNumber + 1 + i), values, widths));
  return sheet;
}

function addRowsSharingStyles(
  sheet: ExcelJS.Worksheet,
  rows: CellValue[][],
  columns: number,
  numFmts: SheetSpec['numFmts'] = [],
  alignment: Partial<ExcelJS.Alignment> = WRAP,
): void {
  const thin = { style: 'thin' as const };
  const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
  const withAlignment = (style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> => ({ ...style, alignment });
  // Strings as text cells ('@'), as setCell writes them: never formulas, IDs keep their digits on edit.
  const text: Partial<ExcelJS.Style> = withAlignment({ numFmt: '@', border });
  const dates: Partial<ExcelJS.Style>[] = [];
  const plains: Partial<ExcelJS.Style>[] = [];
  for (let i = 0; i < columns; i++) {
    dates.push(withAlignment({ numFmt: numFmts[i] ?? DATE_FORMAT, border }));
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

/** A sheet of notes, one paragraph per row in one wide column, wrapped with the rows sized to fit. */
export function addTextSheet(wb: ExcelJS.Workbook, name: string, paragraphs: string[], width = 110): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name);
  sheet.getColumn(1).width = width;
  paragraphs.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    const cell = row.getCell(1);
    setCell(cell, text);
    cell.alignment = { wrapText: true, vertical: 'top' };
    fitRowHeight(row, [text], [width]);
  });
  return sheet;
}
