/**
 * Old Excel 97–2003 workbooks (.xls, WPS “另存为 .xls”) through SheetJS CE (@e965/xlsx, the
 * registry build of the maintained 0.20.x line; the xlsx@0.18.5 on npm has known advisories).
 * SheetJS parses the whole file at once, so the file size cap (MAX_IMPORT_BYTES) and `sheetRows`
 * bound memory: a sheet of a million formatted empty rows is cut at the row cap, not materialised.
 * Cells come out as the same text rows the .xlsx reader gives, merges spread down the same way.
 */
import * as XLSX from '@e965/xlsx';
import type { GridRow } from '../../shared/import/grid';
import { excelSerialToIso } from '../../shared/import/values';
import { EMPTY_RUN_LIMIT, MAX_CELL_CHARS, MAX_COLUMNS, MAX_IMPORT_ROWS } from './limits';
import type { RawSheet, RawWorkbook } from './raw';
import { numberText } from './read-xlsx';
import { AppError } from '../../shared/api/errors';

function cellText(cell: XLSX.CellObject | undefined): { text: string; numeric: boolean } {
  if (!cell || cell.v === undefined || cell.v === null) return { text: '', numeric: false };
  switch (cell.t) {
    case 's':
      return { text: String(cell.v), numeric: false };
    case 'b':
      return { text: cell.v ? '是' : '否', numeric: false };
    case 'n': {
      const n = Number(cell.v);
      // A date cell is a serial day count with a date format.
      if (cell.z !== undefined && XLSX.SSF.is_date(String(cell.z))) {
        const iso = excelSerialToIso(Math.floor(n));
        if (iso) return { text: iso, numeric: false };
      }
      return { text: numberText(n), numeric: true };
    }
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      if (Number.isNaN(d.getTime())) return { text: '', numeric: false };
      return { text: d.toISOString().slice(0, 10), numeric: false };
    }
    default:
      return { text: '', numeric: false };
  }
}

type DenseSheet = XLSX.WorkSheet & { '!data'?: Array<Array<XLSX.CellObject | undefined> | undefined> };

function readSheet(name: string, sheet: DenseSheet): RawSheet {
  const data = sheet['!data'] ?? [];
  const rows: GridRow[] = [];
  let emptyRun = 0;
  let stoppedAtRow: number | null = null;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const cells: string[] = [];
    let numeric: number[] | undefined;
    let any = false;
    if (source) {
      const width = Math.min(source.length, MAX_COLUMNS);
      for (let c = 0; c < width; c++) {
        const { text, numeric: isNumber } = cellText(source[c]);
        if (text === '') continue;
        while (cells.length < c) cells.push('');
        cells[c] = text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text;
        if (isNumber) (numeric ??= []).push(c);
        any = true;
      }
    }
    if (!any) {
      if (++emptyRun >= EMPTY_RUN_LIMIT) {
        stoppedAtRow = r + 1;
        break;
      }
      continue;
    }
    emptyRun = 0;
    if (rows.length >= MAX_IMPORT_ROWS + 100) {
      throw new AppError('FILE', `工作表的数据行超过 ${MAX_IMPORT_ROWS.toLocaleString('en-US')} 行，超出一次导入的上限，请分成几个文件导入。`);
    }
    rows.push(numeric ? { row: r + 1, cells, numeric } : { row: r + 1, cells });
  }
  return { name, rows: spreadMerges(rows, sheet['!merges'] ?? []), stoppedAtRow };
}

/** A value merged over several rows belongs to each of them (a department over its group). */
function spreadMerges(rows: GridRow[], merges: XLSX.Range[]): GridRow[] {
  if (merges.length === 0) return rows;
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  const added: GridRow[] = [];
  for (const m of merges) {
    if (m.e.r <= m.s.r || m.s.c >= MAX_COLUMNS) continue;
    const col = m.s.c;
    const value = byNumber.get(m.s.r + 1)?.cells[col] ?? '';
    if (value === '') continue;
    for (let r = m.s.r + 2; r <= Math.min(m.e.r + 1, m.s.r + 1 + MAX_IMPORT_ROWS); r++) {
      let row = byNumber.get(r);
      if (!row) {
        row = { row: r, cells: [] };
        byNumber.set(r, row);
        added.push(row);
      }
      while (row.cells.length <= col) row.cells.push('');
      row.cells[col] = value;
      (row.merged ??= []).push(col);
    }
  }
  return added.length ? [...rows, ...added].sort((x, y) => x.row - y.row) : rows;
}

/** Throws whatever SheetJS throws; the caller turns it into a message naming the file. */
export function readXls(bytes: Buffer): RawWorkbook {
  const workbook = XLSX.read(bytes, {
    type: 'buffer',
    dense: true,
    cellNF: true,
    cellDates: false,
    cellStyles: false,
    cellHTML: false,
    cellFormula: false,
    // Past the row cap plus an empty run nothing more is wanted; this is what bounds memory.
    sheetRows: MAX_IMPORT_ROWS + EMPTY_RUN_LIMIT + 200,
  });
  const sheets = workbook.SheetNames.map((name) => readSheet(name, workbook.Sheets[name] as DenseSheet));
  return { format: 'xls', encoding: null, sheets };
}
