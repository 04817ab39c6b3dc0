/**
 * The year's 会费收缴台账: every member owing dues in the year, month by month (已缴/未缴/未到期/
 * 非会员), what is due so far, what was paid and the arrears. Arrears are the unpaid months due so
 * far at the member's monthly amount, plus any shortfall on months paid for less than their due.
 */
import { todayIso } from '../../shared/domain/dates';
import { monthlyDueFen, ruleText, type DuesLedger, type DuesLedgerRow, type MonthState } from '../../shared/dues/schema';
import type { Db } from '../db/types';
import { duesRoll } from './roll';
import { getDuesSettings } from './settings';

/** 12 for a past year, the current month for this year, 0 for a later one. */
export function throughMonth(year: number, today: string): number {
  const y = Number(today.slice(0, 4));
  if (year < y) return 12;
  if (year > y) return 0;
  return Number(today.slice(5, 7));
}

export function duesLedger(db: Db, year: number, today: string = todayIso()): DuesLedger {
  return db.transaction(() => {
    const settings = getDuesSettings(db);
    const through = throughMonth(year, today);
    const roll = duesRoll(db, year);
    const bases = new Map(
      db.prepare<[number], { member_id: number; base_fen: number }>('SELECT member_id, base_fen FROM dues_bases WHERE year = ?').all(year).map((r) => [r.member_id, r.base_fen]),
    );
    const covered = new Map<number, Set<number>>();
    for (const r of db.prepare<[number], { member_id: number; month: number }>('SELECT member_id, month FROM dues_payment_months WHERE year = ?').all(year)) {
      const set = covered.get(r.member_id) ?? new Set<number>();
      set.add(r.month);
      covered.set(r.member_id, set);
    }
    const paid = new Map<number, { fen: number; n: number }>();
    for (const r of db
      .prepare<[number], { member_id: number; fen: number; n: number }>('SELECT member_id, sum(amount_fen) AS fen, count(*) AS n FROM dues_payments WHERE year = ? GROUP BY member_id')
      .all(year)) {
      paid.set(r.member_id, { fen: r.fen, n: r.n });
    }

    const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, due: 0, paid: 0 }));
    const rows: DuesLedgerRow[] = [];
    for (const m of roll) {
      const baseFen = bases.get(m.id) ?? null;
      const monthlyFen = monthlyDueFen(settings, baseFen);
      const months = covered.get(m.id) ?? new Set<number>();
      const states: MonthState[] = m.due.map((due, i) => {
        const month = i + 1;
        if (months.has(month)) return '已缴';
        if (!due) return '非会员';
        return month <= through ? '未缴' : '未到期';
      });
      states.forEach((s, i) => {
        if (m.due[i]) byMonth[i]!.due++;
        if (s === '已缴') byMonth[i]!.paid++;
      });
      const unpaidMonths = states.flatMap((s, i) => (s === '未缴' ? [i + 1] : []));
      const dueMonths = m.due.filter((d, i) => d && i + 1 <= through).length;
      const paidFen = paid.get(m.id)?.fen ?? 0;
      const unit = monthlyFen ?? 0;
      const shortfall = Math.max(0, unit * months.size - paidFen);
      rows.push({
        memberId: m.id,
        name: m.name,
        department: m.department,
        status: m.status,
        baseFen,
        monthlyFen,
        months: states,
        dueMonths,
        paidMonths: months.size,
        dueFen: unit * dueMonths,
        paidFen,
        arrearsFen: unit * unpaidMonths.length + shortfall,
        unpaidMonths,
        note: [m.note, monthlyFen === null ? '未填缴费基数' : ''].filter(Boolean).join('；'),
      });
    }
    // A record for a member no longer in the roll's months (e.g. entered before a later status change) still counts as collected.
    const amountFen = [...paid.values()].reduce((s, p) => s + p.fen, 0);
    const payments = [...paid.values()].reduce((s, p) => s + p.n, 0);
    return {
      year,
      settings,
      rule: ruleText(settings),
      throughMonth: through,
      rows,
      totals: {
        members: rows.length,
        paidMembers: paid.size,
        arrearsMembers: rows.filter((r) => r.arrearsFen > 0 || r.unpaidMonths.length > 0).length,
        missingBase: rows.filter((r) => r.monthlyFen === null).length,
        dueFen: rows.reduce((s, r) => s + r.dueFen, 0),
        amountFen,
        arrearsFen: rows.reduce((s, r) => s + r.arrearsFen, 0),
        payments,
      },
      byMonth,
    };
  })();
}
