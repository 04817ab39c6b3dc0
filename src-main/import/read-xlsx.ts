/**
 * Reading .xlsx with exceljs's streaming reader, so memory stays flat for large rosters and a sheet
 * of a million formatted empty rows is abandoned after a long empty run instead of loaded.
 * The streaming reader ignores <mergeCell>; a tap on each sheet's XML collects the merge ranges so
 * a department merged down over its group's rows is given to every row it covers.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { GridRow } from '../../shared/import/grid';
import { EMPTY_RUN_LIMIT, MAX_CELL_CHARS, MAX_COLUMNS, MAX_IMPORT_ROWS } from './limits';
import type { RawSheet, RawWorkbook } from './raw';
import { AppError } from '../../shared/api/errors';
import { sheetNames } from './sheet-names';
import { centralEntries, readZipText } from './zip-check';
import { reportProgress } from '../../shared/jobs/progress';

/** Collects merge ranges from a sheet's raw XML as it streams past. */
class SheetTap {
  readonly merges = new Set<string>();
  constructor(
    source: AsyncIterable<Buffer>,
    readonly sheetNo: string,
  ) {
    this.source = source[Symbol.asyncIterator]();
  }
  private readonly source: AsyncIterator<Buffer>;
  private tail = '';

  private scan(chunk: Buffer): void {
    const text = this.tail + chunk.toString('latin1');
    if (text.includes('mergeCell')) {
      for (const m of text.matchAll(/<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g)) this.merges.add(m[1]!);
    }
    this.tail = text.slice(-80);
  }

  async *iterate(): AsyncGenerator<Buffer> {
    for (;;) {
      const next = await this.source.next();
      if (next.done) return;
      this.scan(next.value);
      yield next.value;
    }
  }

  /** Reads the rest of the sheet's XML without parsing rows: only the merges are wanted. */
  async drain(): Promise<void> {
    for (;;) {
      const next = await this.source.next();
      if (next.done) return;
      this.scan(next.value);
    }
  }
}

type ParseWorksheet = (iterator: AsyncIterable<Buffer>, sheetNo: string) => Generator<unknown>;

/** exceljs's reader with a tap on every worksheet's XML; the method is internal, hence the cast. */
function tappedReader(input: Readable): { reader: ExcelJS.stream.xlsx.WorkbookReader; taps: SheetTap[] } {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const taps: SheetTap[] = [];
  const internals = reader as unknown as { _parseWorksheet: ParseWorksheet };
  const original = internals._parseWorksheet.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => {
    const tap = new SheetTap(iterator, sheetNo);
    taps.push(tap);
    // exceljs looks the sheet's name up in workbook.xml's model, which is missing when that part
    // comes later in the zip; names are taken from sheetNames() instead.
    const model = reader as unknown as { model?: { sheets?: unknown[] } };
    model.model ??= { sheets: [] };
    return original(tap.iterate(), sheetNo);
  };
  return { reader, taps };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Numbers as Excel's General format shows them; long ones the way Excel mangles IDs (3.20482E+17). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (Math.abs(n) >= 1e15) {
    const [mantissa, exponent] = n.toExponential(5).split('e');
    return `${mantissa!.replace(/\.?0+$/, '')}E+${exponent!.replace('+', '')}`;
  }
  return String(Number(n.toPrecision(15)));
}

interface CellText {
  text: string;
  numeric: boolean;
}

function cellText(value: ExcelJS.CellValue): CellText {
  if (value === null || value === undefined) return { text: '', numeric: false };
  if (typeof value === 'string') return { text: value, numeric: false };
  if (typeof value === 'number') return { text: numberText(value), numeric: true };
  if (typeof value === 'boolean') return { text: value ? '是' : '否', numeric: false };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '', numeric: false };
    return { text: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`, numeric: false };
  }
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), numeric: false };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date))) {
      return { text: '', numeric: false };
    }
    return cellText(result as ExcelJS.CellValue);
  }
  if ('text' in value && typeof value.text === 'string') return { text: value.text, numeric: false };
  return { text: '', numeric: false };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return { col: columnNumber(m[1]!), row: Number(m[2]) };
}

/** A value merged over several rows belongs to each of them (a department over its group). */
function applyVerticalMerges(rows: GridRow[], merges: Iterable<string>): GridRow[] {
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  const added: GridRow[] = [];
  for (const range of merges) {
    const [a, b] = range.split(':') as [string, string];
    const from = parseRef(a);
    const to = parseRef(b);
    if (to.row <= from.row || from.col > MAX_COLUMNS) continue;
    const col = from.col - 1;
    const value = byNumber.get(from.row)?.cells[col] ?? '';
    if (value === '') continue;
    for (let r = from.row + 1; r <= Math.min(to.row, from.row + MAX_IMPORT_ROWS); r++) {
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

async function readSheetRows(worksheet: AsyncIterable<ExcelJS.Row>, tap: SheetTap | undefined): Promise<RawSheet['rows'] & { stoppedAt?: number }> {
  const rows: GridRow[] & { stoppedAt?: number } = [];
  let emptyRun = 0;
  for await (const row of worksheet) {
    const cells: string[] = [];
    let numeric: number[] | undefined;
    let any = false;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > MAX_COLUMNS) return;
      const { text, numeric: isNumber } = cellText(cell.value);
      if (text === '') return;
      while (cells.length < col - 1) cells.push('');
      cells[col - 1] = text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text;
      if (isNumber) (numeric ??= []).push(col - 1);
      any = true;
    });
    if (!any) {
      if (++emptyRun >= EMPTY_RUN_LIMIT) {
        rows.stoppedAt = row.number;
        break;
      }
      continue;
    }
    emptyRun = 0;
    if (rows.length >= MAX_IMPORT_ROWS + 100) {
      throw new AppError('FILE', `工作表的数据行超过 ${MAX_IMPORT_ROWS.toLocaleString('en-US')} 行，超出一次导入的上限，请分成几个文件导入。`);
    }
    rows.push(numeric ? { row: row.number, cells, numeric } : { row: row.number, cells });
    // The number of rows is known only at the end of the sheet: the count goes up, the total stays open.
    reportProgress('读取', rows.length, null);
  }
  if (rows.stoppedAt !== undefined) await tap?.drain();
  return rows;
}

type ParseSharedStrings = (entry: Readable) => AsyncGenerator<unknown>;
type ParseStyles = (entry: Readable) => Promise<void>;

/**
 * exceljs's own multi-sheet writer (our 年度台账) puts every worksheet before xl/sharedStrings.xml
 * and xl/styles.xml. The streaming reader then meets cells that point at strings it has not read
 * and gives empty text. Such a workbook has those two small parts read first, from the zip's
 * directory, by the reader's own parsers (the styles tell a date from a number); the sheets then
 * stream as usual. The inflate is capped at 16 MB like the other small parts.
 */
async function preloadParts(reader: ExcelJS.stream.xlsx.WorkbookReader, bytes: Buffer): Promise<void> {
  const order = (centralEntries(bytes) ?? []).map((e) => e.name);
  const firstSheet = order.findIndex((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  const strings = order.indexOf('xl/sharedStrings.xml');
  if (strings < 0 || firstSheet < 0 || strings < firstSheet) return;
  const part = (name: string) => {
    const text = readZipText(bytes, name);
    return text === null ? null : Readable.from([Buffer.from(text, 'utf8')]);
  };
  const internals = reader as unknown as { _parseSharedStrings: ParseSharedStrings; _parseStyles: ParseStyles };
  const styles = order.indexOf('xl/styles.xml') > firstSheet ? part('xl/styles.xml') : null;
  if (styles) await internals._parseStyles(styles);
  // Date cells read the workbook's date system from workbook.xml, which such a file has last.
  const workbook = readZipText(bytes, 'xl/workbook.xml') ?? '';
  const props = reader as unknown as { properties?: { model?: { date1904?: boolean } } };
  props.properties ??= { model: { date1904: /date1904="(1|true)"/.test(workbook) } };
  const shared = part('xl/sharedStrings.xml');
  if (!shared) return;
  for await (const _ of internals._parseSharedStrings(shared)) {
    // 'cache' mode fills reader.sharedStrings and yields nothing.
  }
}

export async function readXlsx(bytes: Buffer): Promise<RawWorkbook> {
  const names = sheetNames(bytes);
  const input = Readable.from([bytes]);
  const { reader, taps } = tappedReader(input);
  await preloadParts(reader, bytes);
  const sheets: RawSheet[] = [];
  try {
    for await (const worksheet of reader) {
      const tap = taps[taps.length - 1];
      const rows = await readSheetRows(worksheet as unknown as AsyncIterable<ExcelJS.Row>, tap);
      const name = names.find((n) => n.sheetNo === tap?.sheetNo)?.name ?? `Sheet${tap?.sheetNo ?? sheets.length + 1}`;
      sheets.push({ name, rows: applyVerticalMerges(rows, tap?.merges ?? []), stoppedAtRow: rows.stoppedAt ?? null });
    }
  } finally {
    input.destroy();
  }
  const read = sheets.reduce((n, sheet) => n + sheet.rows.length, 0);
  reportProgress('读取', read, read);
  // Sheets stream in the zip's order; the user knows them in the order of the tabs.
  const order = names.map((n) => n.name);
  const position = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  sheets.sort((a, b) => position(a.name) - position(b.name));
  return { format: 'xlsx', encoding: null, sheets };
}
