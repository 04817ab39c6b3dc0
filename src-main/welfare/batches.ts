/**
 * Batch visits (批量慰问): one reason, date and amount for many members, saved in one transaction.
 * If any member fails, nothing of the batch is saved and the message names who failed and why.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { nowTimestamp, todayIso } from '../../shared/domain/dates';
import type { Batch, Person, batchInputSchema, peopleQuerySchema } from '../../shared/welfare/schema';
import type { Db } from '../db/types';
import { departmentOrderBy } from '../settings/department-order';
import { inList, whereClause } from '../db/sql';
import { countThisYear, standardFor, standardProblems } from './standards';
import { insertVisit } from './visits';

type BatchData = z.output<typeof batchInputSchema>;
type PeopleQuery = z.output<typeof peopleQuerySchema>;

interface BatchRow {
  id: number;
  title: string;
  visit_date: string;
  reason: string;
  visits: number;
  amount: number | null;
  goods: number | null;
  over: number | null;
  created_at: string;
}

const BATCH_SELECT = `SELECT b.id, b.title, b.visit_date, b.reason, b.created_at, count(v.id) AS visits,
  sum(v.amount_fen) AS amount, sum(v.goods_value_fen) AS goods, sum(v.over_standard) AS over
  FROM welfare_batches b LEFT JOIN welfare_visits v ON v.batch_id = b.id`;

function rowToBatch(r: BatchRow): Batch {
  return {
    id: r.id,
    title: r.title,
    visitDate: r.visit_date,
    reason: r.reason,
    visits: r.visits,
    amountFen: r.amount ?? 0,
    goodsValueFen: r.goods ?? 0,
    overStandard: r.over ?? 0,
    createdAt: r.created_at,
  };
}

export function getBatch(db: Db, id: number): Batch {
  const row = db.prepare<[number], BatchRow>(`${BATCH_SELECT} WHERE b.id = ? GROUP BY b.id`).get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该发放批次，可能已被删除。');
  return rowToBatch(row);
}

export function listBatches(db: Db): Batch[] {
  return db.prepare<[], BatchRow>(`${BATCH_SELECT} GROUP BY b.id ORDER BY b.visit_date DESC, b.id DESC`).all().map(rowToBatch);
}

interface Candidate {
  id: number;
  name: string;
  status: string;
  department: string | null;
}

export interface BatchProblem {
  memberId: number;
  name: string;
  problems: string[];
}

function loadMembers(db: Db, ids: number[]): Candidate[] {
  if (new Set(ids).size !== ids.length) {
    throw new AppError('VALIDATION', '慰问名单中有重复的会员，请检查后重试。', { memberIds: '名单有重复' });
  }
  const stmt = db.prepare<[number], Candidate>('SELECT id, name, status, department FROM members WHERE id = ?');
  return ids.map((id, i) => {
    const m = stmt.get(id);
    if (!m) throw new AppError('NOT_FOUND', `批量慰问未保存：名单第 ${i + 1} 人在会员名册中已不存在（可能已被删除），整批均未保存。`);
    return m;
  });
}

/** Hard failures (退会, future date) stop the batch; over-standard needs the user's confirmation. */
function validate(db: Db, data: BatchData, members: Candidate[]): BatchProblem[] {
  if (data.visitDate > todayIso()) {
    throw new AppError('VALIDATION', `慰问日期 ${data.visitDate} 晚于今天，不能登记未发生的慰问。`, { visitDate: '日期不能晚于今天' });
  }
  const left = members.filter((m) => m.status === '退会');
  if (left.length > 0) {
    const names = left.map((m) => m.name).join('、');
    throw new AppError('VALIDATION', `批量慰问未保存：会员 ${names} 已退会，不能登记慰问。整批均未保存，请从名单中移除后重试。`, {
      memberIds: `${names} 已退会`,
    });
  }
  const standard = standardFor(db, data.reason);
  return members
    .map((m) => {
      const count = countThisYear(db, { memberId: m.id, recipientName: null }, data.reason, data.visitDate);
      return { memberId: m.id, name: m.name, problems: standardProblems(standard, data, count) };
    })
    .filter((p) => p.problems.length > 0);
}

export function checkBatch(db: Db, data: BatchData): BatchProblem[] {
  return validate(db, data, loadMembers(db, data.memberIds));
}

export function createBatch(db: Db, data: BatchData): Batch & { visitIds: number[] } {
  return db.transaction(() => {
    const members = loadMembers(db, data.memberIds);
    const problems = validate(db, data, members);
    if (problems.length > 0 && !data.overStandardConfirmed) {
      const shown = problems.slice(0, 5).map((p) => `${p.name}：${p.problems.join('；')}`).join('\n');
      const more = problems.length > 5 ? `\n……共 ${problems.length} 人` : '';
      throw new AppError('CONFLICT', `批量慰问未保存：以下人员超出慰问标准，如确需发放，请确认后再保存。\n${shown}${more}`, {
        amountFen: '超出慰问标准',
      });
    }
    const byMember = new Map(problems.map((p) => [p.memberId, p.problems]));
    const now = nowTimestamp();
    const title = data.title ?? `${data.visitDate.slice(0, 4)}年${data.reason}`;
    const batchId = Number(
      db
        .prepare('INSERT INTO welfare_batches (title, visit_date, reason, created_at) VALUES (?, ?, ?, ?)')
        .run(title, data.visitDate, data.reason, now).lastInsertRowid,
    );
    const visitIds = members.map((m) =>
      insertVisit(
        db,
        {
          data: { ...data, memberId: m.id, recipientName: null, recipientRelation: null, evidence: [] },
          department: m.department,
          batchId,
          problems: byMember.get(m.id) ?? [],
        },
        now,
      ),
    );
    return { ...getBatch(db, batchId), visitIds };
  })();
}

/** Deletes the batch and all its visits (a batch entered by mistake). */
export function deleteBatch(db: Db, id: number): void {
  db.transaction(() => {
    getBatch(db, id);
    db.prepare('DELETE FROM welfare_visits WHERE batch_id = ?').run(id);
    db.prepare('DELETE FROM welfare_batches WHERE id = ?').run(id);
  })();
}

/** Members to pick from for a batch: by status, department, or the hardship register. */
export function listPeople(db: Db, query: PeopleQuery): Person[] {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  inList({ clauses, params }, 'm.status', 'st', query.statuses);
  inList({ clauses, params }, 'm.department', 'dp', query.departments);
  if (query.hardshipOnly) clauses.push('h.id IS NOT NULL');
  const where = whereClause(clauses);
  return db
    .prepare<Record<string, string>, Person>(
      `SELECT m.id, m.name, m.department, m.status, h.level AS hardshipLevel
       FROM members m LEFT JOIN hardship_files h ON h.member_id = m.id AND h.status = '在档'
       ${where} ORDER BY ${departmentOrderBy('m.department')}, m.name_pinyin, m.id`,
    )
    .all(params);
}
