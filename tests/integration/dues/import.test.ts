/**
 * `dues import` through the one import engine: 姓名, 月份, 金额 and their variants; months and
 * quarters written every way; the bad rows of the issue (a member who had left, a month paid twice,
 * negative or letter-filled amounts) each refused with a Chinese message and nothing written; the
 * CLI's report has the shape of `members import`; a batch is undone as a whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { parseMonths } from '../../../shared/dues/months';
import type { CliIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/program';
import { apiOn } from '../../helpers/api';
import { base64, xlsxOf, type Cell } from '../../helpers/sheets';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
beforeEach(async () => {
  store = tempStore();
  api = apiOn(store);
  await api.call('members.create', { name: '张一', department: '语文组', joinDate: '2010-09-01' });
  const wang = await api.call('members.create', { name: '王三', department: '数学组', joinDate: '2020-09-01' });
  await api.call('members.changeStatus', { id: wang.id, status: '调出', date: '2026-06-30' });
});
afterEach(() => store.close());

async function check(rows: Cell[][], options: { year?: number } = {}) {
  const sheet = await api.call('import.read', { set: 'dues', fileName: '会费.xlsx', contentBase64: base64(await xlsxOf({ rows })) });
  const input = { set: 'dues' as const, options, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows };
  return { sheet, input, check: await api.call('import.preview', input) };
}

const errorsOf = (c: Awaited<ReturnType<typeof check>>['check']) => c.rows.flatMap((r) => r.issues.filter((i) => i.level === 'error').map((i) => [r.row, i.column, i.message]));

describe('月份', () => {
  it('reads single months, runs of months and quarters, and refuses what it cannot read', () => {
    expect(parseMonths('2026年3月')).toEqual({ ok: true, year: 2026, from: 3, to: 3 });
    expect(parseMonths('2026-03')).toMatchObject({ from: 3, to: 3 });
    expect(parseMonths('202603')).toMatchObject({ from: 3, to: 3 });
    expect(parseMonths('2026年1-3月')).toMatchObject({ from: 1, to: 3 });
    expect(parseMonths('2026年1月至3月')).toMatchObject({ from: 1, to: 3 });
    expect(parseMonths('2026年第二季度')).toMatchObject({ from: 4, to: 6 });
    expect(parseMonths('2026Q4')).toMatchObject({ from: 10, to: 12 });
    expect(parseMonths('3月', 2026)).toMatchObject({ year: 2026, from: 3, to: 3 });
    expect(parseMonths('3月')).toEqual({ ok: false, message: '月份“3月”没有写年份：请写成 2026年3月，或在导入时指定年度' });
    expect(parseMonths('2026年13月')).toMatchObject({ ok: false, message: expect.stringContaining('不是 1 到 12 月') });
    expect(parseMonths('2025.12-2026.1')).toMatchObject({ ok: false, message: expect.stringContaining('跨了年度') });
    expect(parseMonths('三月份吧')).toMatchObject({ ok: false, message: expect.stringContaining('无法识别的月份') });
  });
});

describe('dues import', () => {
  it('maps header variants, imports a quarter and a month, and undoes the batch as a whole', async () => {
    const { sheet, input, check: c } = await check([
      ['2026年会费收缴登记'],
      ['会员姓名', '所属月份', '实缴金额', '缴费方式', '缴费日期'],
      ['张一', '2026年第一季度', '75', '代扣', '2026-03-31'],
      ['王三', '2026年4月', '¥30.00', '', ''],
    ]);
    expect(sheet.mapping.slice(0, 5)).toEqual(['name', 'month', 'amount', 'method', 'paidOn']);
    expect(errorsOf(c)).toEqual([]);
    expect(c.rows.map((r) => r.summary)).toEqual(['张一 · 2026年1–3月（第一季度） · ¥75.00 · 2026年3月31日 工资代扣', '王三 · 2026年4月 · ¥30.00 · 2026年4月30日 工资代扣']);
    const batch = await api.call('import.commit', { ...input, fileName: '会费.xlsx', sheet: sheet.sheet, headerRow: sheet.headerRow, skipInvalid: false });
    expect(batch.created).toBe(2);
    expect((await api.call('dues.payments.list', { year: 2026 })).map((p) => [p.memberName, p.monthFrom, p.monthTo, p.amountFen])).toEqual([
      ['王三', 4, 4, 3000],
      ['张一', 1, 3, 7500],
    ]);
    // The same file again adds nothing twice.
    const again = await check([
      ['姓名', '月份', '金额'],
      ['张一', '2026年1-3月', '75'],
    ]);
    expect(again.check.counts).toMatchObject({ create: 0, unchanged: 1, errors: 0 });
    await api.call('import.undo', { id: batch.id });
    expect(await api.call('dues.payments.list', { year: 2026 })).toEqual([]);
  });

  it('refuses a member who had left, a month paid twice, negative and letter-filled amounts, each with its message', async () => {
    await api.call('dues.payments.create', { memberId: 1, year: 2026, monthFrom: 1, monthTo: 1, amountFen: 2500, paidOn: '2026-01-31', method: '工资代扣' });
    const { check: c } = await check([
      ['姓名', '月份', '金额'],
      ['王三', '2026年7月', '30'],
      ['张一', '2026年1月', '25'],
      ['张一', '2026年2月', '25'],
      ['张一', '2026-02', '25'],
      ['张一', '2026年3月', '-25'],
      ['张一', '2026年4月', '二十五元'],
      ['李四', '2026年5月', '25'],
    ]);
    expect(errorsOf(c)).toEqual([
      [2, '月份', '王三 2026年7月不在册（2026年6月30日调出），不需缴纳会费，不能登记'],
      [5, '月份', expect.stringContaining('张一 2026年2月的会费已登记')],
      [6, '金额', '金额“-25”是负数，会费金额不能为负'],
      [7, '金额', expect.stringContaining('金额“二十五元”不是数字')],
      [8, '姓名', '“李四”不在会员名册中：会费只能登记给名册中的会员，请先在会员名册中添加此人'],
    ]);
    // Row 3 (张一 January, already paid at ¥25) is the same record: left as it is, not an error.
    expect(c.rows.find((r) => r.row === 3)!.action).toBe('unchanged');
    expect(errorsOf(c)[1]![2]).toContain('本文件第 4 行');
  });

  it('`dues import` on the command line: --dry-run writes nothing, errors block, --skip-invalid imports the rest, --json has the members import shape', async () => {
    const file = path.join(store.dir, '会费.xlsx');
    fs.writeFileSync(file, await xlsxOf({ rows: [['姓名', '月份', '金额'], ['张一', '3月', '25'], ['王三', '8月', '30']] }));
    const run = async (...args: string[]) => {
      const out: string[] = [];
      const io: CliIo = { out: (t) => out.push(t), err: (t) => out.push(t) };
      return { code: await runCli(args, io), out: out.join('\n') };
    };
    const dry = await run('dues', 'import', file, '--db', store.file, '--year', '2026', '--dry-run', '--json');
    expect(dry.code).toBe(1);
    expect(JSON.parse(dry.out)).toEqual({
      file,
      sheet: 'Sheet1',
      headerRow: 1,
      rows: 2,
      valid: 1,
      created: 1,
      updated: 0,
      errors: [{ row: 3, column: '月份', message: '王三 2026年8月不在册（2026年6月30日调出），不需缴纳会费，不能登记' }],
      warnings: [],
    });
    expect(await api.call('dues.payments.list', { year: 2026 })).toEqual([]);
    const blocked = await run('dues', 'import', file, '--db', store.file, '--year', '2026');
    expect(blocked.code).toBe(1);
    expect(blocked.out).toContain('未导入任何数据');
    const skipped = await run('dues', 'import', file, '--db', store.file, '--year', '2026', '--skip-invalid', '--json');
    expect(skipped.code).toBe(0);
    expect(JSON.parse(skipped.out)).toMatchObject({ created: 1 });
    const summary = await run('dues', 'summary', '--db', store.file, '--year', '2026', '--json');
    expect(JSON.parse(summary.out)).toMatchObject({ year: 2026, amountFen: 2500, payments: 1 });
  });
});
