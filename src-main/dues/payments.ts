/**
 * 会费收缴记录: one record per member for a month, a quarter or any run of months of one year.
 * Every month a record covers must be a month the member owes (on the roll) and not yet paid; the
 * store's dues_payment_months key refuses a month paid twice even if a check were missed.
 */
import { AppError } from '../../shared/api/errors';
import { formatDateCn, nowTimestamp } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import { monthlyDueFen, type CollectInput, type Payment, type PaymentInput } from '../../shared/dues/schema';
import type { Db } from '../db/types';
import { duesMember, type DuesMember } from './roll';
import { getDuesSettings } from './settings';

export interface PaymentWrite {
  memberId: number;
  year: number;
  monthFrom: number;
  monthTo: number;
  amountFen: number;
  paidOn: string;
  method: string;
  notes: string | null;
}

const SELECT = `SELECT p.id, p.member_id AS memberId, m.name AS memberName, m.department, p.year, p.month_from AS monthFrom,
  p.month_to AS monthTo, p.amount_fen AS amountFen, p.paid_on AS paidOn, p.method, p.notes, p.created_at AS createdAt
  FROM dues_payments p JOIN members m ON m.id = p.member_id`;

export function monthsText(year: number, from: number, to: number): string {
  if (from === to) return `${year}年${from}月`;
  const quarter = from % 3 === 1 && to === from + 2 ? `（第${'一二三四'[(from - 1) / 3]}季度）` : '';
  return `${year}年${from}–${to}月${quarter}`;
}

/** Inserts checked records (the service and the import both call this inside their transaction). */
export function paymentInserter(db: Db, now: string): (w: PaymentWrite) => number {
  const insert = db.prepare(
    `INSERT INTO dues_payments (member_id, year, month_from, month_to, amount_fen, paid_on, method, notes, created_at)
     VALUES (@memberId, @year, @monthFrom, @monthTo, @amountFen, @paidOn, @method, @notes, @now)`,
  );
  const month = db.prepare('INSERT INTO dues_payment_months (member_id, year, month, payment_id) VALUES (?, ?, ?, ?)');
  return (w) => {
    const id = Number(insert.run({ ...w, now }).lastInsertRowid);
    for (let m = w.monthFrom; m <= w.monthTo; m++) month.run(w.memberId, w.year, m, id);
    return id;
  };
}

export interface PaidMonth {
  paidOn: string;
  method: string;
  amountFen: number;
}

/** The months of a year already paid, per member: month → the record that paid it. */
export function paidMonths(db: Db, year: number, memberId?: number): Map<number, Map<number, PaidMonth>> {
  const rows = db
    .prepare<{ year: number; member: number | null }, { member_id: number; month: number; paid_on: string; method: string; amount_fen: number }>(
      `SELECT pm.member_id, pm.month, p.paid_on, p.method, p.amount_fen FROM dues_payment_months pm JOIN dues_payments p ON p.id = pm.payment_id
       WHERE pm.year = @year AND (@member IS NULL OR pm.member_id = @member)`,
    )
    .all({ year, member: memberId ?? null });
  const out = new Map<number, Map<number, PaidMonth>>();
  for (const r of rows) {
    const m = out.get(r.member_id) ?? new Map<number, PaidMonth>();
    m.set(r.month, { paidOn: r.paid_on, method: r.method, amountFen: r.amount_fen });
    out.set(r.member_id, m);
  }
  return out;
}

/**
 * Why the months cannot be recorded for the member, in one Chinese sentence, or null: a month the
 * member was not on the roll (had left, not yet joined) or a month already paid.
 */
export function monthProblem(member: DuesMember, year: number, from: number, to: number, paid: Map<number, PaidMonth> | undefined): string | null {
  const notDue: number[] = [];
  for (let m = from; m <= to; m++) if (!member.due[m - 1]) notDue.push(m);
  if (notDue.length > 0) {
    const why = member.leftText(notDue[0]!);
    return `${member.name} ${year}年${notDue.join('、')}月不在册${why ? `（${why}）` : ''}，不需缴纳会费，不能登记`;
  }
  for (let m = from; m <= to; m++) {
    const p = paid?.get(m);
    if (p) return `${member.name} ${year}年${m}月的会费已登记（${formatDateCn(p.paidOn)} ${p.method} ${formatFen(p.amountFen)}），同一个月不能重复缴纳`;
  }
  return null;
}

function requireMember(db: Db, memberId: number, year: number): DuesMember {
  const m = duesMember(db, memberId, year);
  if (!m) throw new AppError('NOT_FOUND', '找不到该会员，可能已被删除', { memberId: '找不到该会员' });
  return m;
}

function assertYear(year: number, paidOn: string) {
  const now = new Date().getFullYear();
  if (year > now + 1) throw new AppError('VALIDATION', `不能登记 ${year} 年的会费（最多到 ${now + 1} 年）`, { year: `最多到 ${now + 1} 年` });
  if (Number(paidOn.slice(0, 4)) < year - 1) {
    throw new AppError('VALIDATION', `缴纳日期 ${formatDateCn(paidOn)} 早于 ${year - 1} 年，请核对年度和日期`, { paidOn: '请核对缴纳日期' });
  }
}

export function getPayment(db: Db, id: number): Payment {
  const p = db.prepare<[number], Payment>(`${SELECT} WHERE p.id = ?`).get(id);
  if (!p) throw new AppError('NOT_FOUND', '找不到该收缴记录，可能已被删除');
  return p;
}

export function listPayments(db: Db, year: number, memberId?: number): Payment[] {
  return db
    .prepare<{ year: number; member: number | null }, Payment>(
      `${SELECT} WHERE p.year = @year AND (@member IS NULL OR p.member_id = @member) ORDER BY p.paid_on DESC, p.id DESC`,
    )
    .all({ year, member: memberId ?? null });
}

export function createPayment(db: Db, input: PaymentInput): Payment {
  assertYear(input.year, input.paidOn);
  if (input.amountFen <= 0) throw new AppError('VALIDATION', '金额应大于 0', { amountFen: '金额应大于 0' });
  const id = db.transaction(() => {
    const member = requireMember(db, input.memberId, input.year);
    const problem = monthProblem(member, input.year, input.monthFrom, input.monthTo, paidMonths(db, input.year, input.memberId).get(input.memberId));
    if (problem) throw new AppError('CONFLICT', problem, { monthFrom: problem });
    return paymentInserter(db, nowTimestamp())(input);
  })();
  return getPayment(db, id);
}

/**
 * 集中收缴: the same months for many members at once, each at the amount the rule gives them. All or
 * nothing: one member who cannot pay those months stops the whole collection, with every reason listed.
 */
export function collectPayments(db: Db, input: CollectInput): { created: number; amountFen: number } {
  assertYear(input.year, input.paidOn);
  return db.transaction(() => {
    const settings = getDuesSettings(db);
    const bases = new Map(
      db.prepare<[number], { member_id: number; base_fen: number }>('SELECT member_id, base_fen FROM dues_bases WHERE year = ?').all(input.year).map((r) => [r.member_id, r.base_fen]),
    );
    const paid = paidMonths(db, input.year);
    const months = input.monthTo - input.monthFrom + 1;
    const problems: string[] = [];
    const writes: PaymentWrite[] = [];
    for (const memberId of new Set(input.memberIds)) {
      const member = duesMember(db, memberId, input.year);
      if (!member) {
        problems.push(`会员（编号 ${memberId}）不存在，可能已被删除`);
        continue;
      }
      const problem = monthProblem(member, input.year, input.monthFrom, input.monthTo, paid.get(memberId));
      if (problem) {
        problems.push(problem);
        continue;
      }
      const monthly = monthlyDueFen(settings, bases.get(memberId) ?? null);
      if (monthly === null) {
        problems.push(`${member.name} 未填写 ${input.year} 年的月工资基数，无法按比例计算会费`);
        continue;
      }
      writes.push({ memberId, year: input.year, monthFrom: input.monthFrom, monthTo: input.monthTo, amountFen: monthly * months, paidOn: input.paidOn, method: input.method, notes: input.notes });
    }
    if (problems.length > 0) {
      const shown = problems.slice(0, 5).join('；');
      throw new AppError('CONFLICT', `未登记任何收缴记录：${shown}${problems.length > 5 ? `；等共 ${problems.length} 人` : ''}`);
    }
    const insert = paymentInserter(db, nowTimestamp());
    for (const w of writes) insert(w);
    return { created: writes.length, amountFen: writes.reduce((s, w) => s + w.amountFen, 0) };
  })();
}

export function deletePayment(db: Db, id: number): void {
  getPayment(db, id);
  db.prepare('DELETE FROM dues_payments WHERE id = ?').run(id);
}
