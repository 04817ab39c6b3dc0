/**
 * 慰问记录: one visit to a member, a member's family member, or a person not in the register.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { nowTimestamp, todayIso } from '../../shared/domain/dates';
import { normalizeName, toHalfWidth, trimAll } from '../../shared/domain/text';
import type {
  MemberVisits,
  StandardCheck,
  Visit,
  VisitData,
  VisitList,
  standardCheckInput,
  visitListQuerySchema,
} from '../../shared/welfare/schema';
import type { Db } from '../db/types';
import { departmentOrderBy } from '../settings/department-order';
import { escapeLike, inList, whereClause, type Where } from '../db/sql';
import { getHardshipForMember } from './hardship';
import { countThisYear, standardFor, standardProblems } from './standards';

type ListQuery = z.output<typeof visitListQuerySchema>;
type CheckInput = z.output<typeof standardCheckInput>;

interface VisitRow {
  id: number;
  member_id: number | null;
  member_name: string | null;
  member_status: Visit['memberStatus'];
  recipient_name: string | null;
  recipient_relation: string | null;
  department: string | null;
  visit_date: string;
  reason: string;
  amount_fen: number;
  goods: string | null;
  goods_value_fen: number;
  visitors: string | null;
  evidence: string;
  notes: string | null;
  batch_id: number | null;
  over_standard: number;
  over_standard_reasons: string | null;
  over_standard_note: string | null;
  confirmed_at: string | null;
  created_at: string;
  updated_at: string;
}

export const VISIT_SELECT = `SELECT v.*, m.name AS member_name, m.status AS member_status
  FROM welfare_visits v LEFT JOIN members m ON m.id = v.member_id`;

export function displayName(memberName: string | null, recipientName: string | null, relation: string | null): string {
  if (memberName && recipientName) return `${recipientName}（${memberName}${relation ? `的${relation}` : '家属'}）`;
  return memberName ?? recipientName ?? '';
}

function parseList(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function rowToVisit(r: VisitRow): Visit {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    memberStatus: r.member_status,
    recipientName: r.recipient_name,
    recipientRelation: r.recipient_relation,
    displayName: displayName(r.member_name, r.recipient_name, r.recipient_relation),
    department: r.department,
    visitDate: r.visit_date,
    reason: r.reason,
    amountFen: r.amount_fen,
    goods: r.goods,
    goodsValueFen: r.goods_value_fen,
    visitors: r.visitors,
    evidence: parseList(r.evidence),
    notes: r.notes,
    batchId: r.batch_id,
    overStandard: r.over_standard === 1,
    overStandardReasons: r.over_standard_reasons,
    overStandardNote: r.over_standard_note,
    confirmedAt: r.confirmed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getVisit(db: Db, id: number): Visit {
  const row = db.prepare<[number], VisitRow>(`${VISIT_SELECT} WHERE v.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该慰问记录，可能已被删除。');
  return rowToVisit(row);
}

interface MemberFacts {
  id: number;
  name: string;
  status: string;
  department: string | null;
}

/** The member must exist and, for a new visit, must not have left the union (退会). */
export function memberForVisit(db: Db, memberId: number, allowLeft = false): MemberFacts {
  const m = db
    .prepare<[number], MemberFacts>('SELECT id, name, status, department FROM members WHERE id = ?')
    .get(memberId);
  if (!m) throw new AppError('NOT_FOUND', '找不到所选会员，可能已被删除。', { memberId: '会员不存在' });
  if (m.status === '退会' && !allowLeft) {
    throw new AppError('VALIDATION', `会员 ${m.name} 已退会，不能登记慰问。`, { memberId: '该会员已退会' });
  }
  return m;
}

/** Dates are checked again here: a form left open past midnight must not sneak in a future day. */
function assertNotFuture(visitDate: string): void {
  if (visitDate > todayIso()) {
    throw new AppError('VALIDATION', `慰问日期 ${visitDate} 晚于今天，不能登记未发生的慰问。`, { visitDate: '日期不能晚于今天' });
  }
}

export function checkStandard(db: Db, input: CheckInput): StandardCheck {
  const standard = standardFor(db, input.reason);
  const who = { memberId: input.memberId, recipientName: input.recipientName };
  const count = countThisYear(db, who, input.reason, input.visitDate, input.excludeVisitId);
  return { standard, countThisYear: count, problems: standardProblems(standard, input, count) };
}

export interface VisitWrite {
  data: VisitData;
  department: string | null;
  batchId: number | null;
  problems: string[];
}

/** Throws when the visit breaks the standard and the user has not confirmed it. */
export function requireConfirmation(problems: string[], confirmed: boolean, who: string): void {
  if (problems.length > 0 && !confirmed) {
    throw new AppError('CONFLICT', `${who}超出慰问标准：${problems.join('；')}。如确需发放，请确认后再保存。`, {
      amountFen: problems.join('；'),
    });
  }
}

const INSERT = `INSERT INTO welfare_visits (member_id, recipient_name, recipient_relation, department, visit_date, reason,
  amount_fen, goods, goods_value_fen, visitors, evidence, notes, batch_id, over_standard, over_standard_reasons,
  over_standard_note, confirmed_at, created_at, updated_at)
  VALUES (@memberId, @recipientName, @recipientRelation, @department, @visitDate, @reason, @amountFen, @goods,
  @goodsValueFen, @visitors, @evidence, @notes, @batchId, @overStandard, @overReasons, @overNote, @confirmedAt, @now, @now)`;

function bindings(w: VisitWrite, now: string) {
  const d = w.data;
  const over = w.problems.length > 0;
  return {
    memberId: d.memberId,
    recipientName: d.recipientName,
    recipientRelation: d.recipientRelation,
    department: w.department,
    visitDate: d.visitDate,
    reason: d.reason,
    amountFen: d.amountFen,
    goods: d.goods,
    goodsValueFen: d.goodsValueFen,
    visitors: d.visitors,
    evidence: JSON.stringify(d.evidence),
    notes: d.notes,
    batchId: w.batchId,
    overStandard: over ? 1 : 0,
    overReasons: over ? w.problems.join('；') : null,
    overNote: over ? d.overStandardNote : null,
    confirmedAt: over ? now : null,
    now,
  };
}

/** One prepared insert for many visits (an import of a year's register), inside the caller's transaction. */
export function visitInserter(db: Db, now: string): (w: VisitWrite) => number {
  const statement = db.prepare(INSERT);
  return (w) => Number(statement.run(bindings(w, now)).lastInsertRowid);
}

/** Inserts one checked visit; batch creation calls this inside its own transaction. */
export function insertVisit(db: Db, w: VisitWrite, now: string = nowTimestamp()): number {
  return Number(db.prepare(INSERT).run(bindings(w, now)).lastInsertRowid);
}

/** `keptMemberId`: editing a visit whose member is unchanged (it may predate the member leaving). */
function prepareWrite(db: Db, data: VisitData, excludeVisitId?: number, keptMemberId?: number | null): VisitWrite {
  assertNotFuture(data.visitDate);
  let department: string | null = null;
  let who = data.recipientName ?? '';
  if (data.memberId !== null) {
    const m = memberForVisit(db, data.memberId, keptMemberId === data.memberId);
    department = m.department;
    who = data.recipientName ? `${data.recipientName}（${m.name}家属）` : m.name;
  }
  const check = checkStandard(db, { ...data, excludeVisitId });
  requireConfirmation(check.problems, data.overStandardConfirmed, `对 ${who} 的慰问`);
  return { data, department, batchId: null, problems: check.problems };
}

export function createVisit(db: Db, data: VisitData): Visit {
  return db.transaction(() => getVisit(db, insertVisit(db, prepareWrite(db, data))))();
}

export function updateVisit(db: Db, id: number, data: VisitData): Visit {
  return db.transaction(() => {
    const before = getVisit(db, id);
    const w = prepareWrite(db, data, id, before.memberId);
    // A visit keeps the department it was recorded with unless it moves to another person.
    const department = before.memberId === data.memberId ? before.department : w.department;
    const b = bindings({ ...w, department, batchId: before.batchId }, nowTimestamp());
    db.prepare(
      `UPDATE welfare_visits SET member_id = @memberId, recipient_name = @recipientName, recipient_relation = @recipientRelation,
        department = @department, visit_date = @visitDate, reason = @reason, amount_fen = @amountFen, goods = @goods,
        goods_value_fen = @goodsValueFen, visitors = @visitors, evidence = @evidence, notes = @notes,
        over_standard = @overStandard, over_standard_reasons = @overReasons, over_standard_note = @overNote,
        confirmed_at = CASE WHEN @overStandard = 1 THEN coalesce(confirmed_at, @now) ELSE NULL END, updated_at = @now
       WHERE id = @id`,
    ).run({ ...b, id });
    return getVisit(db, id);
  })();
}

export function deleteVisit(db: Db, id: number): void {
  db.transaction(() => {
    const v = getVisit(db, id);
    db.prepare('DELETE FROM welfare_visits WHERE id = ?').run(id);
    // A batch emptied by deleting its last visit has nothing left to print.
    if (v.batchId !== null) {
      db.prepare('DELETE FROM welfare_batches WHERE id = ? AND NOT EXISTS (SELECT 1 FROM welfare_visits WHERE batch_id = ?)').run(
        v.batchId,
        v.batchId,
      );
    }
  })();
}

// ---- list ----

export type VisitWhere = Where;

export function visitWhere(query: {
  year?: number;
  from?: string | null;
  to?: string | null;
  reasons?: string[];
  departments?: string[];
  memberId?: number;
  batchId?: number;
  search?: string;
  overStandardOnly?: boolean;
}): VisitWhere {
  const w: VisitWhere = { clauses: [], params: {} };
  if (query.year !== undefined) {
    w.clauses.push('v.visit_date BETWEEN @yFrom AND @yTo');
    w.params.yFrom = `${query.year}-01-01`;
    w.params.yTo = `${query.year}-12-31`;
  }
  if (query.from) {
    w.clauses.push('v.visit_date >= @from');
    w.params.from = query.from;
  }
  if (query.to) {
    w.clauses.push('v.visit_date <= @to');
    w.params.to = query.to;
  }
  inList(w, 'v.reason', 'rs', query.reasons);
  inList(w, "coalesce(v.department, '')", 'dp', query.departments);
  if (query.memberId !== undefined) {
    w.clauses.push('v.member_id = @memberId');
    w.params.memberId = query.memberId;
  }
  if (query.batchId !== undefined) {
    w.clauses.push('v.batch_id = @batchId');
    w.params.batchId = query.batchId;
  }
  const q = query.search ? normalizeName(trimAll(toHalfWidth(query.search))) : '';
  if (q) {
    w.clauses.push(`(m.name LIKE @q ESCAPE '\\' OR v.recipient_name LIKE @q ESCAPE '\\' OR m.name_initials LIKE @qi ESCAPE '\\')`);
    w.params.q = `%${escapeLike(q)}%`;
    w.params.qi = `${escapeLike(q.toLowerCase())}%`;
  }
  if (query.overStandardOnly) w.clauses.push('v.over_standard = 1');
  return w;
}

export function listVisits(db: Db, query: ListQuery): VisitList {
  const w = visitWhere(query);
  const whereSql = whereClause(w.clauses);
  const from = 'FROM welfare_visits v LEFT JOIN members m ON m.id = v.member_id';
  const sums = db
    .prepare<Record<string, string | number>, { n: number; amount: number | null; goods: number | null }>(
      `SELECT count(*) AS n, sum(v.amount_fen) AS amount, sum(v.goods_value_fen) AS goods ${from} ${whereSql}`,
    )
    .get(w.params)!;
  const rows = db
    .prepare<Record<string, string | number>, VisitRow>(
      `${VISIT_SELECT} ${whereSql} ORDER BY v.visit_date DESC, v.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...w.params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return {
    rows: rows.map(rowToVisit),
    total: sums.n,
    amountFen: sums.amount ?? 0,
    goodsValueFen: sums.goods ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export function visitDepartments(db: Db): string[] {
  return db
    .prepare<[], { d: string }>(
      `SELECT d FROM (SELECT DISTINCT department AS d FROM welfare_visits WHERE department IS NOT NULL
       UNION SELECT DISTINCT department FROM members WHERE department IS NOT NULL) ORDER BY ${departmentOrderBy('d')}`,
    )
    .all()
    .map((r) => r.d);
}

export function memberVisits(db: Db, memberId: number): MemberVisits {
  const visits = db
    .prepare<[number], VisitRow>(`${VISIT_SELECT} WHERE v.member_id = ? ORDER BY v.visit_date DESC, v.id DESC`)
    .all(memberId)
    .map(rowToVisit);
  const byYear = db
    .prepare<[number], { year: string; visits: number; amount: number; goods: number }>(
      `SELECT substr(visit_date, 1, 4) AS year, count(*) AS visits, sum(amount_fen) AS amount, sum(goods_value_fen) AS goods
       FROM welfare_visits WHERE member_id = ? GROUP BY year ORDER BY year DESC`,
    )
    .all(memberId)
    .map((r) => ({ year: Number(r.year), visits: r.visits, amountFen: r.amount, goodsValueFen: r.goods }));
  return { visits, byYear, hardship: getHardshipForMember(db, memberId) };
}
