/**
 * Files that are not rosters, or not whole, or too big: each gets a Chinese message saying what is
 * wrong and what to do, reading stays bounded, and the store is left as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { checkedDispatch as dispatch } from '../../helpers/api';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { readRecordBytes } from '../../../src-main/import/records';
import { buildXlsx, SMALL_ROSTER } from '../../fixtures/roster-xlsx';
import { tempStore } from '../../helpers/store';

/** The roster as the import engine reads it (record set 'members'). */
function readRosterBytes(fileName: string, bytes: Buffer, options?: { sheet?: string; headerRow?: number }) {
  return readRecordBytes('members', fileName, bytes, options);
}

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.close());

async function failure(fileName: string, bytes: Buffer): Promise<AppError> {
  try {
    await readRosterBytes(fileName, bytes);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

function memberCount(): number {
  return store.ctx.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM members').get()!.n;
}

async function cliJson(file: string): Promise<{ code: number; out: Record<string, unknown> }> {
  const io = capture();
  const code = await runCli(['members', 'import', file, '--db', store.file, '--json'], io);
  return { code, out: JSON.parse(io.stdout.join('')) as Record<string, unknown> };
}

function write(name: string, bytes: Buffer): string {
  const file = path.join(store.dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('bad input', () => {
  it('random bytes named .xlsx: not a workbook', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect((await failure('花名册.xlsx', bytes)).message).toContain('不是有效的 Excel 工作簿');
    const { code, out } = await cliJson(write('random.xlsx', bytes));
    expect(code).toBe(2);
    expect(out.error).toContain('不是有效的 Excel 工作簿');
    expect(memberCount()).toBe(0);
  });

  it('an empty file', async () => {
    expect((await failure('花名册.xlsx', Buffer.alloc(0))).message).toContain('文件是空的');
    const { code, out } = await cliJson(write('empty.csv', Buffer.alloc(0)));
    expect(code).toBe(2);
    expect(out.error).toContain('文件是空的');
  });

  it('a truncated workbook', async () => {
    const whole = buildXlsx([SMALL_ROSTER]);
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    expect((await failure('花名册.xlsx', cut)).message).toContain('不完整');
    const { code, out } = await cliJson(write('cut.xlsx', cut));
    expect(code).toBe(2);
    expect(out.error).toContain('截断');
  });

  it('a workbook whose sheet XML is damaged', async () => {
    const whole = buildXlsx([SMALL_ROSTER]);
    // Keep the zip's structure but flip bytes inside the compressed sheet.
    const damaged = Buffer.from(whole);
    for (let i = 1200; i < 1260 && i < damaged.length - 200; i++) damaged[i] = damaged[i]! ^ 0xff;
    const error = await failure('花名册.xlsx', damaged);
    expect(error.message).toMatch(/无法读取|已损坏/);
  });

  it('a whole zip holding XML that is not a worksheet', async () => {
    const bytes = buildXlsx([SMALL_ROSTER]);
    const { zip } = await import('../../fixtures/roster-xlsx');
    const broken = zip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row><row') },
    ]);
    expect(bytes.length).toBeGreaterThan(0);
    const error = await failure('花名册.xlsx', broken);
    expect(error.message).toMatch(/无法读取|已损坏|没有|空/);
  });

  it('a workbook with only the header row', async () => {
    const bytes = buildXlsx([{ name: '花名册', rows: [['姓名', '性别', '身份证号']] }]);
    expect((await failure('花名册.xlsx', bytes)).message).toContain('只有表头');
    const { code, out } = await cliJson(write('headers.xlsx', bytes));
    expect(code).toBe(2);
    expect(out.error).toContain('只有表头');
  });

  it('a workbook with no name column', async () => {
    const bytes = buildXlsx([{ name: '工资', rows: [['工号', '金额'], ['001', 1200], ['002', 1300]] }]);
    const sheet = await readRosterBytes('工资.xlsx', bytes);
    expect(sheet.mapping).not.toContain('name');
    const reply = await dispatch(store.ctx, 'import.preview', { set: 'members', options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows }, () => undefined);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toContain('没有找到“姓名”列');
    const { code, out } = await cliJson(write('wages.xlsx', bytes));
    expect(code).toBe(2);
    expect(out.error).toContain('没有找到“姓名”列');
    expect(memberCount()).toBe(0);
  });

  it('an old .xls is refused with the advice to save it as .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
    const message = (await failure('花名册.xls', ole)).message;
    expect(message).toContain('.xls');
    expect(message).toContain('另存为');
    expect(message).toContain('.xlsx');
  });

  it('a 100 MB file is refused before it is read', async () => {
    const file = path.join(store.dir, 'huge.xlsx');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 100 * 1024 * 1024);
    const { code, out } = await cliJson(file);
    expect(code).toBe(2);
    expect(out.error).toContain('文件太大（100.0 MB）');
    expect((await failure('huge.xlsx', Buffer.alloc(100 * 1024 * 1024))).message).toContain('文件太大');
  });

  it('through the API, an oversized upload gets the same message', async () => {
    // 80 MB of base64 text (60 MB of bytes): the size is judged from the text before decoding.
    const reply = await dispatch(store.ctx, 'import.read', { set: 'members', fileName: 'big.xlsx', contentBase64: 'A'.repeat(80 * 1024 * 1024) }, () => undefined);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toContain('文件太大');
  });

  it('a sheet with a million formatted empty rows: reading stops after the empty run, the data is kept', async () => {
    const bytes = buildXlsx([{ ...SMALL_ROSTER, emptyFormattedRows: 1_000_000 }]);
    const sheet = await readRosterBytes('formatted.xlsx', bytes);
    expect(sheet.rows.map((r) => r.cells[0])).toEqual(['张三', '李四', '王五']);
    expect(sheet.stoppedAtRow).not.toBeNull();
    expect(sheet.stoppedAtRow!).toBeLessThan(5000);
    const io = capture();
    expect(await runCli(['members', 'import', write('formatted.xlsx', bytes), '--db', store.file, '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout.join(''))).toMatchObject({ rows: 3, valid: 3, created: 3 });
  });

  it('a file that is not a spreadsheet type', async () => {
    expect((await failure('花名册.docx', Buffer.from('PK\u0003\u0004xxxx'))).message).toContain('不支持');
  });

  it('an xlsx renamed to .csv is recognised', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['姓名']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await failure('花名册.csv', bytes)).message).toContain('实际上是 Excel 工作簿');
  });
});
