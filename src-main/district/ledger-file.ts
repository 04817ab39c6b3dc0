/**
 * The sending file's machine part: a very hidden sheet 报送数据 holding the format version, the
 * school, the year, the data as canonical JSON in chunks, and a SHA-256 over that JSON. The data
 * also carries a digest of every human sheet's cells, so an edit anywhere in the workbook after
 * export is seen. Reading checks everything and refuses with a Chinese sentence naming the file.
 *
 * A SHA-256 without a key cannot stop a determined forger who recomputes it; it does stop every
 * edit made in Excel or WPS, which is what the district needs to trust the figures it adds up.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/api/errors';
import { LEDGER_FORMAT, LEDGER_FORMAT_VERSION, ledgerPayloadSchema, type LedgerPayload } from '../../shared/district/schema';

export const MACHINE_SHEET = '报送数据';
/** Under Excel's 32,767 characters per cell. */
const CHUNK = 30_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** JSON with object keys sorted at every level: the same data always gives the same text and hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A cell as compared: dates as Excel serials (how the file stores them), text with one kind of line end. */
function cellText(cell: ExcelJS.Cell): string | null {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const v = cell.value;
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return `n:${Math.round(((v.getTime() - EXCEL_EPOCH) / 86_400_000) * 1e6) / 1e6}`;
  if (typeof v === 'number') return `n:${Math.round(v * 1e6) / 1e6}`;
  if (typeof v === 'string') return `s:${v.replace(/\r\n?/g, '\n')}`;
  if (typeof v === 'boolean') return `b:${v ? 1 : 0}`;
  if (typeof v === 'object') {
    if ('richText' in v) return `s:${v.richText.map((t) => t.text).join('').replace(/\r\n?/g, '\n')}`;
    if ('formula' in v || 'sharedFormula' in v) return `f:${JSON.stringify(v)}`;
    if ('text' in v) return `s:${String(v.text)}`;
    if ('error' in v) return `e:${String(v.error)}`;
  }
  return `?:${JSON.stringify(v)}`;
}

/** SHA-256 of one sheet's non-empty cells in reading order, address by address. */
export function sheetDigest(ws: ExcelJS.Worksheet): string {
  const hash = createHash('sha256');
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const t = cellText(cell);
      if (t !== null) hash.update(`${cell.address}\t${t}\n`, 'utf8');
    });
  });
  return hash.digest('hex');
}

export function humanSheetDigests(wb: ExcelJS.Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  wb.eachSheet((ws) => {
    if (ws.name !== MACHINE_SHEET) out[ws.name] = sheetDigest(ws);
  });
  return out;
}

/** Adds the machine sheet for `data` (its `sheets` digests are computed here, from the workbook as it is now). */
export function addMachineSheet(wb: ExcelJS.Workbook, data: Omit<LedgerPayload, 'sheets'>): LedgerPayload {
  const payload: LedgerPayload = { ...data, sheets: humanSheetDigests(wb) };
  const json = canonicalJson(payload);
  const ws = wb.addWorksheet(MACHINE_SHEET, { state: 'veryHidden' });
  const rows: [string, string | number][] = [
    [LEDGER_FORMAT, payload.version],
    ['学校', payload.schoolName],
    ['年度', payload.year],
    ['SHA-256', sha256(json)],
    ['数据分段', Math.ceil(json.length / CHUNK)],
  ];
  rows.forEach(([a, b], i) => {
    ws.getCell(i + 1, 1).value = a;
    ws.getCell(i + 1, 2).value = b;
  });
  for (let i = 0, r = 6; i < json.length; i += CHUNK, r++) ws.getCell(r, 1).value = json.slice(i, i + CHUNK);
  return payload;
}

export interface ReadLedger {
  payload: LedgerPayload;
  hash: string;
}

const refuse = (message: string) => new AppError('FILE', message);

function hasZipEnd(bytes: Buffer): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  return bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) >= from;
}

/**
 * Files that passed every check, by the SHA-256 of their bytes: 接收台账 checks the files first and
 * takes them a moment later, and the same bytes need not be opened twice. Only a file byte for
 * byte the same is found here (a refusal is never kept), so no check is weakened; a few hundred at
 * most are kept, the oldest dropped first.
 */
const passed = new Map<string, ReadLedger>();
const KEEP_PASSED = 300;

/** Reads and checks one received file; every refusal names the file and says what is wrong. */
export async function readLedgerFile(fileName: string, bytes: Buffer): Promise<ReadLedger> {
  const key = createHash('sha256').update(bytes).digest('hex');
  const known = passed.get(key);
  if (known && /\.xlsx$/i.test(fileName)) return known;
  const read = await readAndCheck(fileName, bytes);
  passed.set(key, read);
  if (passed.size > KEEP_PASSED) passed.delete(passed.keys().next().value!);
  return read;
}

async function readAndCheck(fileName: string, bytes: Buffer): Promise<ReadLedger> {
  const f = `“${fileName}”`;
  if (bytes.length === 0) throw refuse(`${f}是空文件（0 字节），不是报送的年度台账。`);
  if (bytes.length > MAX_FILE_BYTES) throw refuse(`${f}太大（超过 50 MB），不像是一份报送的年度台账。`);
  if (!/\.xlsx$/i.test(fileName)) throw refuse(`${f}不是 Excel 工作簿（.xlsx）。请接收学校用“报送上级工会”导出的“学校名-年度台账.xlsx”文件。`);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw refuse(`${f}不是有效的 Excel 工作簿：文件已损坏，或是把别的文件改成了 .xlsx 扩展名。`);
  if (!hasZipEnd(bytes)) throw refuse(`${f}不完整：文件在复制、下载或发送时被截断了。请让学校重新发送一份。`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse(`${f}已损坏，无法读取。请让学校重新导出并发送。`);
  }
  const ws = wb.getWorksheet(MACHINE_SHEET);
  if (!ws) {
    throw refuse(`${f}不是工会台账“报送上级工会”导出的台账文件（没有报送数据）。其他程序的表格或普通的年度台账导出不能接收，请让学校在“年度台账 → 报送上级工会”中导出。`);
  }
  const text = (r: number, c: number): string => {
    const v = ws.getCell(r, c).value;
    return v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : String(v);
  };
  if (text(1, 1) !== LEDGER_FORMAT) throw refuse(`${f}的报送数据格式无法识别，文件可能被修改过。请让学校重新导出并发送。`);
  const version = Number(text(1, 2));
  if (!Number.isInteger(version) || version < 1) throw refuse(`${f}的报送数据格式无法识别，文件可能被修改过。请让学校重新导出并发送。`);
  if (version > LEDGER_FORMAT_VERSION) {
    throw refuse(`${f}由更新版本的工会台账导出（报送格式第 ${version} 版，本程序支持到第 ${LEDGER_FORMAT_VERSION} 版），请升级本程序后再接收。`);
  }
  const chunks = Number(text(5, 2));
  let json = '';
  for (let i = 0; i < chunks; i++) json += text(6 + i, 1);
  const hash = text(4, 2);
  if (!/^[0-9a-f]{64}$/.test(hash) || sha256(json) !== hash) {
    throw refuse(`${f}的报送数据与校验码（SHA-256）不符：文件在导出后被修改过或是伪造的，不能接收。请让学校重新导出并发送，导出后不要再在 Excel 或 WPS 中修改。`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw refuse(`${f}的报送数据已损坏，不能接收。请让学校重新导出并发送。`);
  }
  const parsed = ledgerPayloadSchema.safeParse(raw);
  if (!parsed.success) throw refuse(`${f}的报送数据不完整，不能接收。请让学校用最新版本的工会台账重新导出并发送。`);
  const payload = parsed.data;
  if (text(2, 2) !== payload.schoolName || Number(text(3, 2)) !== payload.year) {
    throw refuse(`${f}的学校名称或年度在导出后被修改过，不能接收。请让学校重新导出并发送。`);
  }
  const now = humanSheetDigests(wb);
  for (const [name, digest] of Object.entries(payload.sheets)) {
    if (!(name in now)) throw refuse(`${f}缺少工作表“${name}”：文件在导出后被修改过，不能接收。请让学校重新导出并发送。`);
    if (now[name] !== digest) throw refuse(`${f}的工作表“${name}”在导出后被修改过，与报送数据不一致，不能接收。请让学校重新导出并发送，导出后不要再修改。`);
  }
  const added = Object.keys(now).filter((n) => !(n in payload.sheets));
  if (added.length > 0) throw refuse(`${f}在导出后被加入了工作表“${added.join('”“')}”，不能接收。请让学校重新导出并发送。`);
  return { payload, hash };
}
