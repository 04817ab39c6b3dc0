/**
 * CSV as Chinese offices produce it: UTF-8 with or without BOM, GBK/GB18030 from Chinese-locale
 * Excel and WPS, UTF-16 from Excel's “Unicode 文本”; commas, tabs or semicolons; CRLF or LF.
 */
import iconv from 'iconv-lite';
import { AppError } from '../../shared/api/errors';
import type { GridRow } from '../../shared/import/grid';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_IMPORT_ROWS } from './limits';
import type { RawWorkbook } from './raw';

export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not valid UTF-8: the Chinese-locale default. GB18030 is a superset of GBK and GB2312.
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'GB18030' };
  }
}

function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.min(text.length, 4096)).split(/\r\n|\n|\r/, 1)[0] ?? '';
  const counts = [',', '\t', ';'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ',';
}

/** RFC 4180 with line numbers: a record's number is the line it starts on, as a text editor shows it. */
export function parseCsv(text: string, delimiter = guessDelimiter(text)): GridRow[] {
  const rows: GridRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const endCell = () => {
    if (cells.length < MAX_COLUMNS) cells.push(cell.length > MAX_CELL_CHARS ? cell.slice(0, MAX_CELL_CHARS) : cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (cells.some((c) => c.trim() !== '')) {
      if (rows.length >= MAX_IMPORT_ROWS + 100) {
        throw new AppError('FILE', `文件的数据行超过 ${MAX_IMPORT_ROWS.toLocaleString('en-US')} 行，超出一次导入的上限，请分成几个文件导入。`);
      }
      rows.push({ row: startLine, cells });
    }
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      startLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

export function readCsv(bytes: Buffer, sheetName: string): RawWorkbook {
  const { text, encoding } = decodeText(bytes);
  return { format: 'csv', encoding, sheets: [{ name: sheetName, rows: parseCsv(text), stoppedAtRow: null }] };
}
