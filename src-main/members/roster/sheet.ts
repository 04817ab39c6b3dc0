/**
 * Finding the roster inside a workbook: the sheet (by default the first with a name column) and
 * its header row under title lines, merged titles and “填报单位/填报日期” lines.
 */
import { AppError } from '../../../shared/api/errors';
import { matchHeader, suggestMapping } from '../../../shared/members/roster/fields';
import type { GridRow, RosterSheet } from '../../../shared/members/roster/schema';
import { trimAll } from '../../../shared/domain/text';
import { TOP_ROWS } from './limits';
import type { RawSheet, RawWorkbook } from './raw';

const HEADER_SEARCH_ROWS = 30;

/** The header is the early row naming the most member fields, one of them 姓名. */
export function findHeaderRow(rows: readonly GridRow[]): number | null {
  let best: { row: number; score: number } | null = null;
  for (const r of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const fields = new Set(r.cells.map((c) => matchHeader(c)).filter((f) => f !== null));
    if (!fields.has('name')) continue;
    if (!best || fields.size > best.score) best = { row: r.row, score: fields.size };
  }
  return best?.row ?? null;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function pickSheet(workbook: RawWorkbook, fileName: string, wanted: string | undefined): RawSheet {
  if (wanted !== undefined) {
    const found = workbook.sheets.find((s) => s.name === wanted);
    if (!found) throw new AppError('FILE', `“${fileName}”中没有名为“${wanted}”的工作表。`);
    return found;
  }
  const withName = workbook.sheets.find((s) => findHeaderRow(s.rows) !== null);
  if (withName) return withName;
  const withData = workbook.sheets.find((s) => s.rows.length > 0);
  if (!withData) throw new AppError('FILE', `“${fileName}”是空的：所有工作表都没有内容。`);
  return withData;
}

export function toRosterSheet(fileName: string, workbook: RawWorkbook, options: { sheet?: string; headerRow?: number }): RosterSheet {
  const sheet = pickSheet(workbook, fileName, options.sheet);
  const where = workbook.format === 'csv' ? `“${fileName}”` : `“${fileName}”的工作表“${sheet.name}”`;
  if (sheet.rows.length === 0) throw new AppError('FILE', `${where}是空的，没有可导入的内容。`);
  const headerRow = options.headerRow ?? findHeaderRow(sheet.rows) ?? sheet.rows[0]!.row;
  const header = sheet.rows.find((r) => r.row === headerRow);
  if (!header) throw new AppError('FILE', `${where}的第 ${headerRow} 行是空行，不能作为表头。`);
  const rows = sheet.rows.filter((r) => r.row > headerRow);
  if (rows.length === 0) {
    throw new AppError('FILE', `${where}只有表头（第 ${headerRow} 行），下面没有会员数据。请填写会员后再导入。`);
  }
  const width = Math.max(header.cells.length, ...rows.slice(0, 2000).map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => trimAll(header.cells[i] ?? '') || `（${columnLetter(i)}列）`);
  return {
    fileName,
    format: workbook.format,
    encoding: workbook.encoding,
    sheets: workbook.sheets.map((s) => ({ name: s.name, hasNameColumn: findHeaderRow(s.rows) !== null })),
    sheet: sheet.name,
    headerRow,
    headers,
    mapping: suggestMapping(headers),
    topRows: sheet.rows.slice(0, TOP_ROWS).map((r) => ({ row: r.row, cells: r.cells })),
    rows,
    stoppedAtRow: sheet.stoppedAtRow,
  };
}
