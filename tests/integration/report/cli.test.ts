/**
 * `report year` and `report ledger` on a store file, through the same dispatch as the window.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { YearReport } from '../../../shared/report/schema';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { apiOn } from '../../helpers/api';
import { tempStore } from '../../helpers/store';
import { buildReportStore } from './fixture';

let store: ReturnType<typeof tempStore>;

beforeAll(async () => {
  store = tempStore();
  await buildReportStore(apiOn(store));
  // The CLI opens the file itself.
  store.ctx.db.close();
});
afterAll(() => store.close());

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('report CLI', () => {
  it('report year --json prints the year report', async () => {
    const io = capture();
    expect(await runCli(['report', 'year', '--year', '2026', '--db', store.file, '--json'], io)).toBe(0);
    const r = JSON.parse(io.stdout.join('')) as YearReport;
    expect(r.year).toBe(2026);
    expect(r.current.congress.filed).toBe(4);
    expect(r.previous.congress.motions).toBe(2);
    expect(r.current.welfare.amountFen).toBe(400000);
  });

  it('report year without --json prints a Chinese table and the sentences', async () => {
    const io = capture();
    expect(await runCli(['report', 'year', '--year', '2026', '--db', store.file], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('城南实验小学 2026年度台账');
    expect(text).toMatch(/统计项\s+2026年\s+2025年\s+增减/);
    expect(text).toMatch(/收到提案（件）\s+8\s+2\s+\+6/);
    expect(text).toMatch(/按期答复率\s+50%\s+100%/);
    expect(text).toMatch(/慰问金\s+¥4,000.00\s+¥0.00\s+\+¥4,000.00/);
    expect(text).toContain('共收到提案 8 件，较上年增加 6 件');
  });

  it('an empty year gives zeros; a bad year gives a Chinese message and exit 2', async () => {
    const io = capture();
    expect(await runCli(['report', 'year', '--year', '2003', '--db', store.file, '--json'], io)).toBe(0);
    const empty = (JSON.parse(io.stdout.join('')) as YearReport).current;
    // Only 钱五 (joined 2000) was on the roll in 2003; nothing else happened that year.
    expect([empty.members.total, empty.members.joined, empty.congress.motions, empty.disclosure.notices, empty.welfare.visits]).toEqual([1, 0, 0, 0, 0]);

    for (const bad of ['1999', '二〇二六', '2026.5']) {
      const e = capture();
      expect(await runCli(['report', 'year', '--year', bad, '--db', store.file], e), bad).toBe(2);
      expect(e.stderr.join(''), bad).toMatch(/^输入有误：「年份」/);
    }
    const missing = capture();
    expect(await runCli(['report', 'year', '--year', '2026', '--db', path.join(store.dir, 'nope.db')], missing)).toBe(2);
    expect(missing.stderr.join('')).toContain('找不到数据文件');
  });

  it('report ledger writes the workbook', async () => {
    const out = path.join(store.dir, 'out', '台账.xlsx');
    const io = capture();
    expect(await runCli(['report', 'ledger', out, '--year', '2026', '--db', store.file, '--full-ids'], io)).toBe(0);
    expect(io.stdout.join('')).toContain('已导出年度台账');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.name).toBe('年度汇总');
    const e = capture();
    expect(await runCli(['report', 'ledger', out, '--year', '1999', '--db', store.file], e)).toBe(2);
    expect(e.stderr.join('')).toBe('输入有误：「年份」不能早于 2000 年');
  });
});
