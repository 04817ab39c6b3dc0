/**
 * Turns an uploaded file into sheets of text rows, or an AppError saying in Chinese what is wrong
 * with it and what to do. Checks run cheapest first: size, then the first bytes, then the zip's end.
 */
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { MAX_IMPORT_BYTES } from './limits';
import type { RawWorkbook } from './raw';
import { readCsv } from './read-csv';
import { readXls } from './read-xls';
import { readXlsx } from './read-xlsx';
import { checkZip } from './zip-check';

const SAVE_AS_XLSX = '请在 Excel 或 WPS 中打开它，选择“文件 → 另存为”，保存类型选“Excel 工作簿 (*.xlsx)”，再导入另存的文件。';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function fileError(message: string): AppError {
  return new AppError('FILE', message);
}

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A zip ends with its central directory; a copy cut short has none. */
function hasZipEnd(bytes: Buffer): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  return bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) >= from;
}

/** The size check on its own, so callers can refuse a file before decoding or reading it. */
export function assertImportSize(size: number): void {
  if (size === 0) throw fileError('文件是空的（0 字节），没有可导入的内容。请确认选择了正确的文件，并且它已在 Excel 或 WPS 中保存过。');
  if (size > MAX_IMPORT_BYTES) {
    throw fileError(
      `文件太大（${megabytes(size)}），超过了 ${megabytes(MAX_IMPORT_BYTES)} 的上限。一份花名册或登记表通常只有几百 KB 到几 MB；请删除无关的工作表和图片后另存，或分成几个文件导入。`,
    );
  }
}

/**
 * .xls (and WPS .et saved in the same format) through SheetJS. A file it cannot read is most often
 * encrypted (打开密码) or not really an .xls; both are fixed by saving it again as .xlsx.
 */
function readOldWorkbook(fileName: string, bytes: Buffer): RawWorkbook {
  let workbook: RawWorkbook;
  try {
    workbook = readXls(bytes);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const text = error instanceof Error ? error.message : '';
    const encrypted = /password|encrypt/i.test(text);
    throw fileError(
      encrypted
        ? `“${fileName}”设有打开密码，无法读取。请在 Excel 或 WPS 中打开它并取消密码（文件 → 信息 → 保护工作簿），或${SAVE_AS_XLSX.replace(/^请/, '')}`
        : `无法读取旧版 Excel 文件“${fileName}”（.xls）：文件已损坏，或不是真正的 .xls 文件。${SAVE_AS_XLSX}`,
    );
  }
  if (workbook.sheets.length === 0) throw fileError(`“${fileName}”中没有找到任何工作表：文件可能已损坏。${SAVE_AS_XLSX}`);
  return workbook;
}

/** Any file an import accepts: .xlsx/.xlsm, .xls (and WPS .et), .csv/.txt. */
export async function readImportFile(fileName: string, bytes: Buffer): Promise<RawWorkbook> {
  assertImportSize(bytes.length);
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
      throw fileError(`“${fileName}”实际上是 Excel 工作簿，不是 CSV 文本。请把文件扩展名改回 .xlsx，或在 Excel/WPS 中重新另存为 CSV。`);
    }
    return readCsv(bytes, path.basename(fileName, ext));
  }
  if (ext === '.xls' || ext === '.et' || startsWith(bytes, OLE)) return readOldWorkbook(fileName, bytes);
  if (ext !== '.xlsx' && ext !== '.xlsm') {
    throw fileError(`不支持“${ext || '无扩展名'}”文件。请导入 Excel 工作簿（.xlsx、旧版 .xls）或 CSV 文件（.csv）。`);
  }
  if (!startsWith(bytes, ZIP)) {
    throw fileError(`“${fileName}”不是有效的 Excel 工作簿：文件内容已损坏，或只是把别的文件改成了 .xlsx 扩展名。${SAVE_AS_XLSX}`);
  }
  if (!hasZipEnd(bytes)) {
    throw fileError(`“${fileName}”不完整：文件在复制或下载时被截断了。请重新从原处复制一份完整的文件，或在 Excel/WPS 中重新保存后再导入。`);
  }
  const problem = await checkZip(bytes);
  if (problem === 'too-large') {
    throw fileError(`“${fileName}”解压后的内容过大，不像是一份花名册或登记表（可能含有大量图片或异常数据）。请只保留要导入的工作表后另存，再导入。`);
  }
  if (problem) throw fileError(`无法读取“${fileName}”：工作簿内容已损坏。${SAVE_AS_XLSX}如果 Excel/WPS 也打不开，请找一份完好的副本。`);
  let workbook: RawWorkbook;
  try {
    workbook = await readXlsx(bytes);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fileError(`无法读取“${fileName}”：工作簿内容已损坏或格式不正确。${SAVE_AS_XLSX}`);
  }
  if (workbook.sheets.length === 0) {
    throw fileError(`“${fileName}”中没有找到任何工作表：文件可能已损坏。${SAVE_AS_XLSX}`);
  }
  return workbook;
}
