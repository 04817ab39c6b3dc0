/**
 * Cell conventions of the 年度台账 workbook: real Excel dates shown 2026年3月1日, money as yuan
 * numbers with a ¥ format, personal numbers masked unless asked for, rows tall enough for wrapped text.
 */
import type ExcelJS from 'exceljs';
import { maskResidentId } from '../../shared/domain/resident-id';
import { displayWidth } from '../excel/cells';

export const DATE_FMT = 'yyyy"年"m"月"d"日"';
export const MONEY_FMT = '"¥"#,##0.00';
export const RATE_FMT = '0.0%';
export const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

/** '2026-03-01' → a Date at UTC midnight, which exceljs stores as exactly that day's serial. */
export function excelDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** Fen → yuan as a number; the cell's ¥ format shows it as ¥1,200.00. */
export function yuan(fen: number | null | undefined): number {
  return (fen ?? 0) / 100;
}

export function idText(value: string | null, full: boolean): string {
  return full ? (value ?? '') : maskResidentId(value);
}

/** 13812345678 → 138****5678; a landline keeps its area code and last digits. */
export function phoneText(value: string | null, full: boolean): string {
  if (!value) return '';
  if (full || value.length < 7) return value;
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** Points per wrapped line at the default 11 pt font, plus a little padding. */
const LINE_HEIGHT = 15;

/**
 * Sets each data row's height to the lines its longest wrapped cell needs at the column's width
 * (a CJK character takes two width units). Excel and WPS do not grow rows for wrapped text written
 * by a program, and LibreOffice only sometimes does, so the height is written explicitly.
 */
export function fitRowHeights(sheet: ExcelJS.Worksheet, firstDataRow: number, widths: number[]): void {
  for (let r = firstDataRow; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    let lines = 1;
    for (let c = 0; c < widths.length; c++) {
      const v = row.getCell(c + 1).value;
      if (typeof v !== 'string' || v === '') continue;
      const room = Math.max(1, (widths[c] ?? 10) - 0.5);
      let n = 0;
      for (const part of v.split('\n')) n += Math.max(1, Math.ceil(displayWidth(part) / room));
      if (n > lines) lines = n;
    }
    row.height = lines * LINE_HEIGHT + 3;
  }
}
