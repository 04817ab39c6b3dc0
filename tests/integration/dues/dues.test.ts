/**
 * 会费收缴 on a hand-built store: the rule (0.5% rounded to the fen, or 定额), months due for members
 * who joined or left mid-year, payments by month and by quarter, arrears, and the refusals (a member
 * who had left, a month paid twice, negative or letter-filled amounts) that write nothing.
 *
 * Members: 张一 (joined 2010, base ¥5,000.00 → ¥25.00 a month), 李二 (joined 2026-03-15, base
 * ¥4,321.00 → 2160.5 fen → ¥21.61), 王三 (joined 2020, 调出 2026-06-30: due January–June), 赵四 (no base).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { monthlyDueFen } from '../../../shared/dues/schema';
import { duesLedger } from '../../../src-main/dues/ledger';
import { yearFigures } from '../../../src-main/report/figures';
import { apiOn, refused } from '../../helpers/api';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let api: ApiClient;
let ids: Record<'张一' | '李二' | '王三' | '赵四', number>;

beforeEach(async () => {
  store = tempStore();
  api = apiOn(store);
  const m = async (name: string, joinDate: string) => (await api.call('members.create', { name, department: '语文组', joinDate })).id;
  ids = { 张一: await m('张一', '2010-09-01'), 李二: await m('李二', '2026-03-15'), 王三: await m('王三', '2020-09-01'), 赵四: await m('赵四', '2015-09-01') };
  await api.call('members.changeStatus', { id: ids.王三, status: '调出', date: '2026-06-30' });
  await api.call('dues.bases.set', {
    year: 2026,
    items: [
      { memberId: ids.张一, baseFen: 500_000 },
      { memberId: ids.李二, baseFen: 432_100 },
      { memberId: ids.王三, baseFen: 600_000 },
    ],
  });
});
afterEach(() => store.close());

const Q1 = { year: 2026, monthFrom: 1, monthTo: 3, paidOn: '2026-03-31', method: '工资代扣' as const };

describe('the rule', () => {
  it('is 0.5% of the base rounded half up to the fen by default; 定额 gives everyone the same', async () => {
    const s = await api.call('dues.settings.get', {});
    expect(s).toEqual({ mode: '比例', rateBp: 50, fixedFen: 0 });
    expect(monthlyDueFen(s, 432_100)).toBe(2161);
    expect(monthlyDueFen(s, 432_000)).toBe(2160);
    expect(monthlyDueFen(s, null)).toBeNull();
    const err = await refused(api.call('dues.settings.update', { mode: '定额', rateBp: 50, fixedFen: 0 }));
    expect(err.message).toContain('按定额收缴时须填写每人每月金额');
    await api.call('dues.settings.update', { mode: '定额', rateBp: 50, fixedFen: 1000 });
    const ledger = duesLedger(store.ctx.db, 2026, '2026-08-15');
    expect(ledger.rows.map((r) => r.monthlyFen)).toEqual([1000, 1000, 1000, 1000]);
    expect(ledger.rule).toBe('每人每月定额 ¥10.00');
  });
});

describe('months due', () => {
  it('a mid-year joiner owes from the month they joined, a leaver up to the month they left', () => {
    const ledger = duesLedger(store.ctx.db, 2026, '2026-08-15');
    const row = (id: number) => ledger.rows.find((r) => r.memberId === id)!;
    expect(ledger.throughMonth).toBe(8);
    expect(row(ids.张一).months).toEqual([...Array(8).fill('未缴'), ...Array(4).fill('未到期')]);
    expect(row(ids.李二).months).toEqual(['非会员', '非会员', ...Array(6).fill('未缴'), ...Array(4).fill('未到期')]);
    expect(row(ids.李二).note).toBe('3月入会');
    expect(row(ids.王三).months).toEqual([...Array(6).fill('未缴'), ...Array(6).fill('非会员')]);
    expect(row(ids.王三).note).toBe('2026年6月30日调出');
    expect(row(ids.赵四).note).toContain('未填缴费基数');
    // 2027: 王三 has left, so he is not on that year's ledger at all. Rows are in pinyin order within a department.
    expect(duesLedger(store.ctx.db, 2027, '2026-08-15').rows.map((r) => r.name)).toEqual(['李二', '张一', '赵四']);
  });
});

describe('payments and arrears', () => {
  it('collects a quarter for several members at their own amounts, and counts what is still owed', async () => {
    const done = await api.call('dues.payments.collect', { ...Q1, memberIds: [ids.张一, ids.王三] });
    expect(done).toEqual({ created: 2, amountFen: 2500 * 3 + 3000 * 3 });
    await api.call('dues.payments.create', { memberId: ids.李二, year: 2026, monthFrom: 3, monthTo: 3, amountFen: 2161, paidOn: '2026-03-31', method: '现金' });
    const ledger = duesLedger(store.ctx.db, 2026, '2026-08-15');
    const row = (id: number) => ledger.rows.find((r) => r.memberId === id)!;
    // 张一: Apr–Aug unpaid, 5 × ¥25.00; 王三: Apr–Jun, 3 × ¥30.00; 李二: Apr–Aug, 5 × ¥21.61.
    expect([row(ids.张一).arrearsFen, row(ids.王三).arrearsFen, row(ids.李二).arrearsFen]).toEqual([12500, 9000, 10805]);
    expect(row(ids.张一).unpaidMonths).toEqual([4, 5, 6, 7, 8]);
    expect(ledger.totals).toEqual({
      members: 4,
      paidMembers: 3,
      arrearsMembers: 4,
      missingBase: 1,
      dueFen: 2500 * 8 + 2161 * 6 + 3000 * 6,
      amountFen: 7500 + 9000 + 2161,
      arrearsFen: 12500 + 9000 + 10805,
      payments: 3,
    });
    expect(ledger.byMonth[2]).toEqual({ month: 3, due: 4, paid: 3 });
    // The year's account reads the same totals.
    const f = yearFigures(store.ctx.db, 2026, '2026-08-15').dues;
    expect(f).toEqual({ members: 4, paidMembers: 3, amountFen: 18661, dueFen: ledger.totals.dueFen, arrearsFen: 32305, arrearsMembers: 4 });
  });

  it('a payment for less than the due leaves the shortfall in arrears', async () => {
    await api.call('dues.payments.create', { memberId: ids.张一, year: 2025, monthFrom: 1, monthTo: 12, amountFen: 20000, paidOn: '2025-12-20', method: '银行转账' });
    await api.call('dues.bases.set', { year: 2025, items: [{ memberId: ids.张一, baseFen: 500_000 }] });
    const row = duesLedger(store.ctx.db, 2025, '2026-08-15').rows.find((r) => r.memberId === ids.张一)!;
    expect([row.paidMonths, row.unpaidMonths.length, row.arrearsFen]).toEqual([12, 0, 30000 - 20000]);
  });
});

describe('bad input', () => {
  it('refuses a record for months after the member had left, and writes nothing', async () => {
    const err = await refused(api.call('dues.payments.create', { memberId: ids.王三, year: 2026, monthFrom: 6, monthTo: 7, amountFen: 6000, paidOn: '2026-07-10', method: '现金' }));
    expect(err.message).toBe('王三 2026年7月不在册（2026年6月30日调出），不需缴纳会费，不能登记');
    expect(await api.call('dues.payments.list', { year: 2026 })).toEqual([]);
  });

  it('refuses a month paid twice, also inside a quarter; a collection with one such member writes nothing', async () => {
    await api.call('dues.payments.create', { memberId: ids.张一, year: 2026, monthFrom: 2, monthTo: 2, amountFen: 2500, paidOn: '2026-02-28', method: '工资代扣' });
    const twice = await refused(api.call('dues.payments.create', { memberId: ids.张一, year: 2026, monthFrom: 1, monthTo: 3, amountFen: 7500, paidOn: '2026-03-31', method: '现金' }));
    expect(twice.message).toBe('张一 2026年2月的会费已登记（2026年2月28日 工资代扣 ¥25.00），同一个月不能重复缴纳');
    const collect = await refused(api.call('dues.payments.collect', { ...Q1, memberIds: [ids.王三, ids.张一, ids.李二] }));
    expect(collect.message).toContain('未登记任何收缴记录');
    expect(collect.message).toContain('张一 2026年2月的会费已登记');
    expect(collect.message).toContain('李二 2026年1、2月不在册（2026年3月15日才入会）');
    expect((await api.call('dues.payments.list', { year: 2026 })).length).toBe(1);
    // The store's own key refuses it too, should a service ever miss the check.
    expect(() => store.ctx.db.prepare('INSERT INTO dues_payment_months (member_id, year, month, payment_id) VALUES (?, 2026, 2, 1)').run(ids.张一)).toThrow(/UNIQUE|PRIMARY/);
  });

  it('refuses negative, fractional-fen and letter-filled amounts with Chinese messages', async () => {
    const base = { memberId: ids.张一, year: 2026, monthFrom: 1, monthTo: 1, paidOn: '2026-01-31', method: '现金' as const };
    expect((await refused(api.call('dues.payments.create', { ...base, amountFen: -2500 }))).message).toContain('不能为负数');
    expect((await refused(api.call('dues.payments.create', { ...base, amountFen: 25.5 }))).message).toContain('必须是以“分”为单位的整数');
    expect((await refused(api.call('dues.payments.create', { ...base, amountFen: 'abc' as unknown as number }))).message).toContain('必须是数字');
    expect((await refused(api.call('dues.payments.create', { ...base, amountFen: 0 }))).message).toBe('金额应大于 0');
    expect((await refused(api.call('dues.payments.create', { ...base, monthFrom: 3, monthTo: 1, amountFen: 100 }))).message).toContain('截止月份不能早于起始月份');
    expect(await api.call('dues.payments.list', { year: 2026 })).toEqual([]);
  });

  it('a collection needs every member\'s base under the 比例 rule', async () => {
    const err = await refused(api.call('dues.payments.collect', { ...Q1, memberIds: [ids.张一, ids.赵四] }));
    expect(err.message).toContain('赵四 未填写 2026 年的月工资基数');
    expect(await api.call('dues.payments.list', { year: 2026 })).toEqual([]);
  });
});

describe('bases', () => {
  it('copies last year\'s bases to members without one, keeping those already entered', async () => {
    await api.call('dues.bases.set', { year: 2027, items: [{ memberId: ids.张一, baseFen: 550_000 }] });
    expect(await api.call('dues.bases.copy', { year: 2027 })).toEqual({ saved: 2, cleared: 0 });
    const rows = duesLedger(store.ctx.db, 2027, '2027-01-15').rows;
    expect(rows.map((r) => [r.name, r.baseFen])).toEqual([['李二', 432_100], ['张一', 550_000], ['赵四', null]]);
    expect((await refused(api.call('dues.bases.copy', { year: 2030 }))).message).toBe('2029 年没有填写缴费基数，无法沿用');
  });
});
