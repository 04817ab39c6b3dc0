/**
 * Finding the table inside a workbook: the sheet (by default the first whose header names the
 * record set's key field) and its header row under title lines, merged titles and
 * “填报单位/填报日期” lines.
 */
import { AppError } from '../../shared/api/errors';
import { trimAll } from '../../shared/domain/text';
import type { FileFormat, GridRow } from '../../shared/import/grid';
import type { HeaderMatcher } from '../../shared/import/headers';
import { TOP_ROWS } from './limits';
import type { RawSheet, RawWorkbook } from './raw';

const HEADER_SEARCH_ROWS = 30;

/** What the engine needs to know of a record set to find its table. */
export interface SheetSpec<F extends string> {
  matcher: HeaderMatcher<F>;
  /** The field a header must name (姓名, 案由 …) to be taken for the header row. */
  keyField: F;
  /** The words for “the records” in messages: 会员数据, 慰问记录 … */
  recordsWord: string;
}

/** The header is the early row naming the most fields, one of them the key field. */
export function findHeaderRow<F extends string>(rows: readonly GridRow[], spec: Pick<SheetSpec<F>, 'matcher' | 'keyField'>): number | null {
  let best: { row: number; score: number } | null = null;
  for (const r of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const fields = new Set(r.cells.map((c) => spec.matcher.match(c)).filter((f) => f !== null));
    if (!fields.has(spec.keyField)) continue;
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

function pickSheet<F extends string>(workbook: RawWorkbook, fileName: string, wanted: string | undefined, spec: SheetSpec<F>): RawSheet {
  if (wanted !== undefined) {
    const found = workbook.sheets.find((s) => s.name === wanted);
    if (!found) throw new AppError('FILE', `“${fileName}”中没有名为“${wanted}”的工作表。`);
    return found;
  }
  const withKey = workbook.sheets.find((s) => findHeaderRow(s.rows, spec) !== null);
  if (withKey) return withKey;
  const withData = workbook.sheets.find((s) => s.rows.length > 0);
  if (!withData) throw new AppError('FILE', `“${fileName}”是空的：所有工作表都没有内容。`);
  return withData;
}

export interface FoundSheet<F extends string> {
  fileName: string;
  format: FileFormat;
  encoding: string | null;
  sheets: Array<{ name: string; hasNameColumn: boolean }>;
  sheet: string;
  headerRow: number;
  headers: string[];
  mapping: Array<F | null>;
  topRows: Array<{ row: number; cells: string[] }>;
  rows: GridRow[];
  stoppedAtRow: number | null;
}

export function toSheet<F extends string>(
  fileName: string,
  workbook: RawWorkbook,
  options: { sheet?: string; headerRow?: number },
  spec: SheetSpec<F>,
): FoundSheet<F> {
  const sheet = pickSheet(workbook, fileName, options.sheet, spec);
  const where = workbook.format === 'csv' ? `“${fileName}”` : `“${fileName}”的工作表“${sheet.name}”`;
  if (sheet.rows.length === 0) throw new AppError('FILE', `${where}是空的，没有可导入的内容。`);
  const headerRow = options.headerRow ?? findHeaderRow(sheet.rows, spec) ?? sheet.rows[0]!.row;
  const header = sheet.rows.find((r) => r.row === headerRow);
  if (!header) throw new AppError('FILE', `${where}的第 ${headerRow} 行是空行，不能作为表头。`);
  const rows = sheet.rows.filter((r) => r.row > headerRow);
  if (rows.length === 0) {
    throw new AppError('FILE', `${where}只有表头（第 ${headerRow} 行），下面没有${spec.recordsWord}。请填写后再导入。`);
  }
  const width = Math.max(header.cells.length, ...rows.slice(0, 2000).map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => trimAll(header.cells[i] ?? '') || `（${columnLetter(i)}列）`);
  return {
    fileName,
    format: workbook.format,
    encoding: workbook.encoding,
    sheets: workbook.sheets.map((s) => ({ name: s.name, hasNameColumn: findHeaderRow(s.rows, spec) !== null })),
    sheet: sheet.name,
    headerRow,
    headers,
    mapping: spec.matcher.suggest(headers),
    topRows: sheet.rows.slice(0, TOP_ROWS).map((r) => ({ row: r.row, cells: r.cells })),
    rows,
    stoppedAtRow: sheet.stoppedAtRow,
  };
}
