/**
 * The two sample rosters (tests/fixtures/samples/README.md) give exactly the outcome their README
 * states, through the CLI and through the API the UI uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { checkedDispatch as dispatch } from '../../helpers/api';
import { tempStore } from '../../helpers/store';

const SAMPLES = path.resolve(import.meta.dirname, '../../fixtures/samples');
const XLSX = path.join(SAMPLES, 'roster-title-merged.xlsx');
const CSV = path.join(SAMPLES, 'roster-gbk.csv');

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
  store.ctx.db.close();
});
afterEach(() => store.close());

interface Report {
  file: string;
  sheet: string;
  headerRow: number;
  rows: number;
  valid: number;
  created: number;
  updated: number;
  errors: Array<{ row: number; column: string; message: string }>;
  warnings: Array<{ row: number; column: string; message: string }>;
}

async function importJson(args: string[]): Promise<{ code: number; report: Report }> {
  const stdout: string[] = [];
  const io: CliIo = { out: (t) => stdout.push(t), err: () => undefined };
  const code = await runCli(['members', 'import', ...args, '--db', store.file, '--json'], io);
  expect(stdout).toHaveLength(1);
  return { code, report: JSON.parse(stdout[0]!) as Report };
}

function departments(): Record<string, number> {
  const db = tempStoreDb();
  const rows = db.prepare<[], { department: string; n: number }>('SELECT department, count(*) AS n FROM members GROUP BY department').all();
  db.close();
  return Object.fromEntries(rows.map((r) => [r.department, r.n]));
}

/** A fresh handle on the file the CLI wrote. */
function tempStoreDb() {
  return new Database(store.file, { readonly: true });
}

describe('roster-title-merged.xlsx', () => {
  it('reports 37 data rows, 34 valid, errors on rows 13, 18 and 41, warnings on rows 21 and 26; imports nothing without --skip-invalid', async () => {
    const { code, report } = await importJson([XLSX]);
    expect(code).toBe(1);
    expect(report).toMatchObject({ file: XLSX, sheet: '会员花名册', headerRow: 3, rows: 37, valid: 34, created: 0, updated: 0 });
    expect(report.errors.map((e) => e.row)).toEqual([13, 18, 41]);
    expect(report.warnings.map((w) => w.row)).toEqual([21, 26]);
    expect(report.errors.every((e) => e.column === '身份证号码')).toBe(true);
    expect(report.errors[0]!.message).toContain('存成了数字');
    expect(report.errors[0]!.message).toContain('文本');
    expect(report.errors[1]!.message).toContain('校验位');
    expect(report.errors[2]!.message).toContain('第 6 行重复');
    expect(report.warnings[0]).toMatchObject({ row: 21, column: '性别' });
    expect(report.warnings[1]).toMatchObject({ row: 26, column: '身份证号码' });
    expect(fs.existsSync(store.file)).toBe(true);
    expect(departments()).toEqual({});
  });

  it('--dry-run says what would happen and writes nothing', async () => {
    const { code, report } = await importJson([XLSX, '--dry-run', '--skip-invalid']);
    expect(code).toBe(0);
    expect(report).toMatchObject({ rows: 37, valid: 34, created: 34, updated: 0 });
    expect(departments()).toEqual({});
  });

  it('--skip-invalid imports the 34 valid members, by department 语文组 8, 数学组 7, 英语组 6, 综合组 7, 行政后勤 6', async () => {
    const { code, report } = await importJson([XLSX, '--skip-invalid']);
    expect(code).toBe(0);
    expect(report).toMatchObject({ rows: 37, valid: 34, created: 34, updated: 0 });
    expect(departments()).toEqual({ 语文组: 8, 数学组: 7, 英语组: 6, 综合组: 7, 行政后勤: 6 });
    const db = tempStoreDb();
    const get = (name: string) => db.prepare<[string], Record<string, string | null>>('SELECT * FROM members WHERE name = ?').get(name);
    // Stray spaces trimmed; full-width phone digits; spaces inside an ID; the ID decides gender.
    expect(get('卢晓东')).toMatchObject({ gender: '男', birth_date: '1970-02-20', join_date: '2020-08-01' });
    expect(get('万文博')).toMatchObject({ phone: '13843329202' });
    expect(get('潘丽')).toMatchObject({ id_number: '320482198906101420' });
    expect(get('汤玉兰')).toMatchObject({ gender: '女' });
    expect(get('严建国')).toMatchObject({ gender: '男' });
    // No ID: the month-only 出生年月 is kept as the first of the month.
    expect(get('万雨萱')).toMatchObject({ id_number: null, birth_date: '1966-12-01' });
    db.close();

    // The same file again updates nobody and creates nobody.
    const again = await importJson([XLSX, '--skip-invalid']);
    expect(again.report).toMatchObject({ created: 0, updated: 0, valid: 34 });
  });
});

describe('roster-gbk.csv', () => {
  it('reads GBK with CRLF: all 12 valid and imported', async () => {
    const { code, report } = await importJson([CSV]);
    expect(code).toBe(0);
    expect(report).toMatchObject({ headerRow: 1, rows: 12, valid: 12, created: 12, updated: 0, errors: [], warnings: [] });
    expect(departments()).toEqual({ 语文组: 8, 数学组: 4 });
  });

  it('through the API: read → preview → commit gives the same', async () => {
    const reopened = tempStore();
    try {
      const contentBase64 = fs.readFileSync(CSV).toString('base64');
      const read = await dispatch(reopened.ctx, 'import.read', { set: 'members', fileName: 'roster-gbk.csv', contentBase64 }, () => undefined);
      if (!read.ok) throw new Error(read.error.message);
      const sheet = read.data as { encoding: string; headers: string[]; mapping: string[]; rows: unknown[]; sheet: string; headerRow: number };
      expect(sheet.encoding).toBe('GB18030');
      expect(sheet.headers).toEqual(['姓名', '性别', '身份证号', '部门', '手机号码']);
      expect(sheet.mapping).toEqual(['name', 'gender', 'idNumber', 'department', 'phone']);
      const input = { set: 'members', options: {}, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows };
      const preview = await dispatch(reopened.ctx, 'import.preview', input, () => undefined);
      expect(preview.ok && preview.data).toMatchObject({ counts: { rows: 12, valid: 12, errors: 0, warnings: 0, create: 12, update: 0 } });
      const commit = await dispatch(reopened.ctx, 'import.commit', { ...input, fileName: 'roster-gbk.csv', sheet: sheet.sheet, headerRow: sheet.headerRow }, () => undefined);
      expect(commit.ok && commit.data).toMatchObject({ fileName: 'roster-gbk.csv', created: 12, updated: 0, rows: 12 });
    } finally {
      reopened.close();
    }
  });
});
