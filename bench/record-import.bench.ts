/**
 * Part of `npm run bench:import` (after the roster's): the record sets of the import engine.
 *   - a 50,000-row 慰问登记表 (title row, members matched by name and department, people outside
 *     the roll, money written as 1,200.00 / ¥800 / 1200元): the bare exceljs read (xlsx.load) against
 *     our whole dry run (read, header, mapping, checking and matching every row), and the commit;
 *   - a 10,000-row roster saved as .xls: SheetJS's own bare read against our whole dry run.
 * Targets: visits dry run ≤ 1.5 × bare read, commit ≤ 2 s (right after the dry run, so it reuses the checked rows); .xls dry run reported against the
 * reader's bare read. Each step runs in its own child process; the better of two runs is kept.
 * Not a test: nothing fails here, the figures are reported.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '../shared/domain/resident-id';
import { memberInputSchema } from '../shared/members/schema';
import { openStore } from '../src-main/db/open';
import { commitRecords, previewRecords, readRecordBytes } from '../src-main/import/records';
import { insertMember } from '../src-main/members/service';
import { peakMb } from './peak-memory';

const VISITS = 50_000;
const XLS_ROSTER = 10_000;
const MEMBERS = 300;
const DEPARTMENTS = ['语文组', '数学组', '英语组', '物理组', '化学组', '体育组', '教务处', '总务处'];
const REASONS = ['生病住院', '结婚', '生育', '春节慰问', '教师节慰问', '金秋助学', '住院', '春节'];
const MONEY = ['1,200.00', '¥800', '500元', '0.05万', '300'];

let seed = 20261201;
function random(): number {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function memberName(i: number): string {
  return `会员${String(i).padStart(4, '0')}`;
}

async function writeVisits(file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = wb.addWorksheet('慰问登记表');
  sheet.addRow(['某某学校工会慰问登记表']).commit();
  sheet.addRow(['序号', '慰问对象', '部门/身份', '慰问日期', '慰问事由', '慰问金（元）', '慰问品', '走访人员', '备注']).commit();
  for (let i = 0; i < VISITS; i++) {
    const member = Math.floor(random() * (MEMBERS + 20));
    const onRoll = member < MEMBERS;
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    sheet
      .addRow([
        i + 1,
        onRoll ? memberName(member) : `退休教师${member}`,
        onRoll ? DEPARTMENTS[member % DEPARTMENTS.length] : '退休教师',
        i % 2 === 0 ? new Date(Date.UTC(2025, month - 1, day)) : `2025.${month}.${day}`,
        pick(REASONS),
        pick(MONEY),
        random() < 0.2 ? '水果篮' : '',
        '工会主席',
        '',
      ])
      .commit();
  }
  await wb.commit();
}

function writeXlsRoster(file: string): void {
  const rows: Array<Array<string | number>> = [['某某学校工会会员花名册'], ['序号', '姓名', '性别', '出生日期', '身份证号码', '所在部门', '联系电话']];
  for (let i = 0; i < XLS_ROSTER; i++) {
    const y = 1960 + Math.floor(random() * 45);
    const m = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const first17 = `320482${y}${m}${d}${String(i % 1000).padStart(3, '0')}`;
    rows.push([i + 1, memberName(i), Number(first17[16]) % 2 ? '男' : '女', `${y}-${m}-${d}`, first17 + residentIdCheckChar(first17), pick(DEPARTMENTS), `139${String(i).padStart(8, '0')}`]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '花名册');
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Uint8Array);
}

function seedStore(file: string): void {
  const db = openStore(file);
  db.transaction(() => {
    for (let i = 0; i < MEMBERS; i++) insertMember(db, memberInputSchema.parse({ name: memberName(i), department: DEPARTMENTS[i % DEPARTMENTS.length] }));
  })();
  db.close();
}

const ms = (start: number) => Math.round(performance.now() - start);

async function child(step: string, file: string, store: string): Promise<void> {
  const bytes = fs.readFileSync(file);
  const result: Record<string, number> = {};
  if (step === 'bare-read') {
    const start = performance.now();
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    result.ms = ms(start);
  } else if (step === 'visits-dry-run' || step === 'visits-commit') {
    const db = openStore(store);
    const start = performance.now();
    const sheet = await readRecordBytes('visits', path.basename(file), bytes);
    result.readMs = ms(start);
    const input = { set: 'visits' as const, options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows };
    const checkStart = performance.now();
    const check = previewRecords(db, input);
    result.checkMs = ms(checkStart);
    result.ms = ms(start);
    result.valid = check.counts.valid;
    if (step === 'visits-commit') {
      const commitStart = performance.now();
      const batch = commitRecords(db, { ...input, fileName: path.basename(file), sheet: sheet.sheet, headerRow: sheet.headerRow, skipInvalid: true });
      result.commitMs = ms(commitStart);
      result.created = batch.created;
    }
    db.close();
  } else if (step === 'xls-bare-read') {
    const start = performance.now();
    XLSX.read(bytes, { type: 'buffer', dense: true });
    result.ms = ms(start);
  } else if (step === 'xls-dry-run') {
    const db = openStore(store);
    const start = performance.now();
    const sheet = await readRecordBytes('members', path.basename(file), bytes);
    const check = previewRecords(db, { set: 'members', options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows });
    result.ms = ms(start);
    result.valid = check.counts.valid;
    db.close();
  }
  result.peakMb = peakMb();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runOnce(step: string, file: string, store: string): Record<string, number> {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', step, file, store], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

function run(step: string, file: string, store: (attempt: number) => string): Record<string, number> {
  const a = runOnce(step, file, store(1));
  const b = runOnce(step, file, store(2));
  return a.ms! <= b.ms! ? a : b;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-import-bench-'));
  try {
    console.log(`\n工会台账 登记表导入基准（${os.cpus().length} 核，Node ${process.version}）`);
    const visits = path.join(dir, 'visits.xlsx');
    await writeVisits(visits);
    const seeded = (name: string) => (n: number) => {
      const file = path.join(dir, `${name}-${n}.db`);
      if (!fs.existsSync(file)) seedStore(file);
      return file;
    };
    console.log(`\n== 慰问登记表 ${VISITS} 行（文件 ${(fs.statSync(visits).size / 1024 / 1024).toFixed(1)} MB，名册 ${MEMBERS} 人）==`);
    const bare = run('bare-read', visits, () => '');
    const dry = run('visits-dry-run', visits, seeded('dry'));
    const commit = run('visits-commit', visits, seeded('commit'));
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(`exceljs 读取（xlsx.load）        ${bare.ms} ms，峰值内存 ${bare.peakMb} MB`);
    console.log(`导入检查（--dry-run，全流程）    ${dry.ms} ms = ${ratio(dry.ms!, bare.ms!)} × 读取（读取 ${dry.readMs} ms，逐行检查 ${dry.checkMs} ms），峰值内存 ${dry.peakMb} MB（目标 ≤ 1.5 ×）`);
    console.log(`写入（提交，沿用预检结果）       ${commit.commitMs} ms（目标 ≤ 2000 ms），新增 ${commit.created}`);

    const xls = path.join(dir, 'roster.xls');
    writeXlsRoster(xls);
    console.log(`\n== 旧版 .xls 花名册 ${XLS_ROSTER} 行（文件 ${(fs.statSync(xls).size / 1024 / 1024).toFixed(1)} MB）==`);
    const xbare = run('xls-bare-read', xls, () => '');
    const xdry = run('xls-dry-run', xls, (n) => path.join(dir, `xls-${n}.db`));
    console.log(`SheetJS 读取（XLSX.read）        ${xbare.ms} ms，峰值内存 ${xbare.peakMb} MB`);
    console.log(`导入检查（--dry-run，全流程）    ${xdry.ms} ms = ${ratio(xdry.ms!, xbare.ms!)} × 读取，峰值内存 ${xdry.peakMb} MB，无错误 ${xdry.valid} 行`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, process.argv[4]!, process.argv[5]!);
} else {
  await main();
}
