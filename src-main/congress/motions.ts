/**
 * Motions (提案): numbering per session, proposer and co-signers checked against the term's
 * delegates, the late flag from the collection window. Editable only until the committee decides.
 */
import { AppError } from '../../shared/api/errors';
import { chineseNumber, motionNumber } from '../../shared/congress/rules';
import type { Motion, MotionData, MotionDetail, MotionStep, Session } from '../../shared/congress/schema';
import type { z } from 'zod';
import type { motionListQuerySchema } from '../../shared/congress/schema';
import { nowTimestamp, todayIso } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { escapeLike, inList } from '../db/sql';
import { getSession } from './sessions';
import { getCongressSettings } from './settings';

type ListQuery = z.output<typeof motionListQuerySchema>;

export interface MotionRow {
  id: number;
  session_id: number;
  number: string;
  title: string;
  reasons: string;
  proposals: string;
  category: string;
  proposer_id: number;
  proposer_name: string;
  proposer_delegation: string | null;
  submitted_on: string;
  late: number;
  state: Motion['state'];
  decision: Motion['decision'];
  decided_on: string | null;
  decision_reason: string | null;
  merged_into_id: number | null;
  merged_number: string | null;
  merged_title: string | null;
  lead_unit: string | null;
  support_units: string | null;
  deadline: string | null;
  reply_round: number;
  reply_text: string | null;
  replied_by: string | null;
  replied_on: string | null;
  implementation: Motion['implementation'];
  implementation_note: string | null;
  rating: Motion['rating'];
  rating_comment: string | null;
  rated_on: string | null;
  closed_on: string | null;
  closed_note: string | null;
  excellent: number;
}

export const MOTION_SELECT = `SELECT mo.id, mo.session_id, mo.number, mo.title, mo.reasons, mo.proposals, mo.category, mo.proposer_id,
  pm.name AS proposer_name, pd.delegation AS proposer_delegation, mo.submitted_on, mo.late, mo.state, mo.decision, mo.decided_on,
  mo.decision_reason, mo.merged_into_id, t.number AS merged_number, t.title AS merged_title, mo.lead_unit, mo.support_units,
  mo.deadline, mo.reply_round, mo.reply_text, mo.replied_by, mo.replied_on, mo.implementation, mo.implementation_note,
  mo.rating, mo.rating_comment, mo.rated_on, mo.closed_on, mo.closed_note, mo.excellent
  FROM congress_motions mo
  JOIN congress_delegates pd ON pd.id = mo.proposer_id
  JOIN members pm ON pm.id = pd.member_id
  LEFT JOIN congress_motions t ON t.id = mo.merged_into_id`;

type Cosigner = { id: number; name: string };

export function isOverdue(state: Motion['state'], deadline: string | null, today: string): boolean {
  return state === '办理中' && deadline !== null && deadline < today;
}

export function toMotion(r: MotionRow, cosigners: Cosigner[], today: string): Motion {
  return {
    id: r.id,
    sessionId: r.session_id,
    number: r.number,
    title: r.title,
    reasons: r.reasons,
    proposals: r.proposals,
    category: r.category,
    proposerId: r.proposer_id,
    proposerName: r.proposer_name,
    proposerDelegation: r.proposer_delegation,
    cosigners,
    submittedOn: r.submitted_on,
    late: r.late === 1,
    state: r.state,
    decision: r.decision,
    decidedOn: r.decided_on,
    decisionReason: r.decision_reason,
    leadUnit: r.lead_unit,
    supportUnits: r.support_units,
    deadline: r.deadline,
    replyRound: r.reply_round,
    replyText: r.reply_text,
    repliedBy: r.replied_by,
    repliedOn: r.replied_on,
    implementation: r.implementation,
    implementationNote: r.implementation_note,
    rating: r.rating,
    ratingComment: r.rating_comment,
    ratedOn: r.rated_on,
    closedOn: r.closed_on,
    closedNote: r.closed_note,
    excellent: r.excellent === 1,
    overdue: isOverdue(r.state, r.deadline, today),
    mergedInto: r.merged_into_id !== null ? { id: r.merged_into_id, number: r.merged_number ?? '', title: r.merged_title ?? '' } : null,
  };
}

const COSIGNER_SELECT = `SELECT c.motion_id, c.delegate_id AS id, m.name FROM congress_motion_cosigners c
  JOIN congress_delegates d ON d.id = c.delegate_id JOIN members m ON m.id = d.member_id`;

/** Co-signers of every motion of a session in one query, keyed by motion. */
export function cosignersOfSession(db: Db, sessionId: number): Map<number, Cosigner[]> {
  const rows = db
    .prepare<[number], { motion_id: number; id: number; name: string }>(
      `${COSIGNER_SELECT} WHERE c.motion_id IN (SELECT id FROM congress_motions WHERE session_id = ?) ORDER BY c.motion_id, c.position`,
    )
    .all(sessionId);
  const map = new Map<number, Cosigner[]>();
  for (const r of rows) {
    const list = map.get(r.motion_id);
    if (list) list.push({ id: r.id, name: r.name });
    else map.set(r.motion_id, [{ id: r.id, name: r.name }]);
  }
  return map;
}

function cosignersOf(db: Db, motionId: number): Cosigner[] {
  return db
    .prepare<[number], { id: number; name: string }>(`${COSIGNER_SELECT} WHERE c.motion_id = ? ORDER BY c.position`)
    .all(motionId)
    .map((r) => ({ id: r.id, name: r.name }));
}

export function getMotion(db: Db, id: number, today: string = todayIso()): Motion {
  const row = db.prepare<[number], MotionRow>(`${MOTION_SELECT} WHERE mo.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该提案，可能已被删除。');
  return toMotion(row, cosignersOf(db, id), today);
}

interface StepRow {
  id: number;
  kind: MotionStep['kind'];
  step_date: string;
  round: number;
  decision: MotionStep['decision'];
  reason: string | null;
  lead_unit: string | null;
  support_units: string | null;
  deadline: string | null;
  reply_text: string | null;
  replied_by: string | null;
  implementation: MotionStep['implementation'];
  rating: MotionStep['rating'];
  note: string | null;
  recorded_at: string;
}

function toStep(s: StepRow): MotionStep {
  return {
    id: s.id,
    kind: s.kind,
    stepDate: s.step_date,
    round: s.round,
    decision: s.decision,
    reason: s.reason,
    leadUnit: s.lead_unit,
    supportUnits: s.support_units,
    deadline: s.deadline,
    replyText: s.reply_text,
    repliedBy: s.replied_by,
    implementation: s.implementation,
    rating: s.rating,
    note: s.note,
    recordedAt: s.recorded_at,
  };
}

export function getMotionDetail(db: Db, id: number, today: string = todayIso()): MotionDetail {
  const motion = getMotion(db, id, today);
  const session = getSession(db, motion.sessionId);
  const mergedFrom = db
    .prepare<[number], { id: number; number: string; title: string }>(
      'SELECT id, number, title FROM congress_motions WHERE merged_into_id = ? ORDER BY seq',
    )
    .all(id);
  const steps = db
    .prepare<[number], StepRow>('SELECT * FROM congress_motion_steps WHERE motion_id = ? ORDER BY id')
    .all(id)
    .map(toStep);
  return { ...motion, sessionName: session.name, mergedFrom, steps };
}

/** Every motion of a session with its steps, for batch printing. */
export function motionsForPrint(db: Db, sessionId: number, today: string = todayIso()): MotionDetail[] {
  const session = getSession(db, sessionId);
  const ids = db.prepare<[number], { id: number }>('SELECT id FROM congress_motions WHERE session_id = ? ORDER BY seq').all(sessionId);
  return ids.map(({ id }) => ({ ...getMotionDetail(db, id, today), sessionName: session.name }));
}

export function listMotions(db: Db, query: ListQuery, today: string = todayIso()): Motion[] {
  getSession(db, query.sessionId);
  const params: Record<string, string | number> = { sessionId: query.sessionId };
  const where = ['mo.session_id = @sessionId'];
  inList({ clauses: where, params }, 'mo.state', 'st', query.states);
  const q = query.search?.trim();
  if (q) {
    params.q = `%${escapeLike(q)}%`;
    where.push(`(mo.title LIKE @q ESCAPE '\\' OR mo.number LIKE @q ESCAPE '\\' OR pm.name LIKE @q ESCAPE '\\' OR mo.lead_unit LIKE @q ESCAPE '\\')`);
  }
  const rows = db.prepare<Record<string, string | number>, MotionRow>(`${MOTION_SELECT} WHERE ${where.join(' AND ')} ORDER BY mo.seq`).all(params);
  const cosigners = cosignersOfSession(db, query.sessionId);
  return rows.map((r) => toMotion(r, cosigners.get(r.id) ?? [], today));
}

// ---- checks shared by create and update ----

interface SeatRow {
  id: number;
  term: number;
  name: string;
  left_on: string | null;
}

function seat(db: Db, delegateId: number): SeatRow | undefined {
  return db
    .prepare<[number], SeatRow>(
      'SELECT d.id, d.term, m.name, d.left_on FROM congress_delegates d JOIN members m ON m.id = d.member_id WHERE d.id = ?',
    )
    .get(delegateId);
}

function seatProblem(s: SeatRow | undefined, session: Session, on: string): string | null {
  if (!s) return '所选代表不存在';
  if (s.term !== session.term) return `${s.name} 不是第${chineseNumber(session.term)}届代表`;
  if (s.left_on !== null && s.left_on <= on) return `${s.name} 已于 ${s.left_on} 离任`;
  return null;
}

export function checkMotion(db: Db, data: MotionData, previousCategory?: string): Session {
  const session = getSession(db, data.sessionId);
  const settings = getCongressSettings(db);
  if (!settings.categories.includes(data.motionCategory) && data.motionCategory !== previousCategory) {
    throw new AppError('VALIDATION', `提案类别“${data.motionCategory}”不在类别列表中（${settings.categories.join('、')}）。`, {
      motionCategory: '请从列表中选择',
    });
  }
  const proposer = seatProblem(seat(db, data.proposerId), session, data.submittedOn);
  if (proposer) {
    throw new AppError('VALIDATION', `提案人必须是第${chineseNumber(session.term)}届的在任代表：${proposer}。`, { proposerId: proposer });
  }
  if (new Set(data.cosignerIds).size !== data.cosignerIds.length) {
    throw new AppError('VALIDATION', '附议人中有重复的代表。', { cosignerIds: '有重复' });
  }
  if (data.cosignerIds.includes(data.proposerId)) {
    throw new AppError('VALIDATION', '提案人不能同时作为自己提案的附议人。', { cosignerIds: '提案人不能附议' });
  }
  for (const id of data.cosignerIds) {
    const problem = seatProblem(seat(db, id), session, data.submittedOn);
    if (problem) throw new AppError('VALIDATION', `附议人必须是第${chineseNumber(session.term)}届的在任代表：${problem}。`, { cosignerIds: problem });
  }
  if (data.cosignerIds.length < settings.cosignerMin) {
    throw new AppError(
      'VALIDATION',
      `附议人不足：每件提案至少需要 ${settings.cosignerMin} 名代表附议，现在只有 ${data.cosignerIds.length} 名。`,
      { cosignerIds: `至少 ${settings.cosignerMin} 名` },
    );
  }
  return session;
}

function writeCosigners(db: Db, motionId: number, ids: number[]): void {
  db.prepare('DELETE FROM congress_motion_cosigners WHERE motion_id = ?').run(motionId);
  const insert = db.prepare('INSERT INTO congress_motion_cosigners (motion_id, delegate_id, position) VALUES (?, ?, ?)');
  ids.forEach((id, i) => insert.run(motionId, id, i + 1));
}

export interface StepValues {
  kind: MotionStep['kind'];
  stepDate: string;
  round?: number;
  decision?: string | null;
  reason?: string | null;
  leadUnit?: string | null;
  supportUnits?: string | null;
  deadline?: string | null;
  replyText?: string | null;
  repliedBy?: string | null;
  implementation?: string | null;
  rating?: string | null;
  note?: string | null;
}

export function addStep(db: Db, motionId: number, step: StepValues): void {
  db.prepare(
    `INSERT INTO congress_motion_steps (motion_id, kind, step_date, round, decision, reason, lead_unit, support_units, deadline,
     reply_text, replied_by, implementation, rating, note, recorded_at)
     VALUES (@motionId, @kind, @stepDate, @round, @decision, @reason, @leadUnit, @supportUnits, @deadline, @replyText, @repliedBy,
     @implementation, @rating, @note, @recordedAt)`,
  ).run({
    motionId,
    kind: step.kind,
    stepDate: step.stepDate,
    round: step.round ?? 0,
    decision: step.decision ?? null,
    reason: step.reason ?? null,
    leadUnit: step.leadUnit ?? null,
    supportUnits: step.supportUnits ?? null,
    deadline: step.deadline ?? null,
    replyText: step.replyText ?? null,
    repliedBy: step.repliedBy ?? null,
    implementation: step.implementation ?? null,
    rating: step.rating ?? null,
    note: step.note ?? null,
    recordedAt: nowTimestamp(),
  });
}

export function createMotion(db: Db, data: MotionData): Motion {
  return db.transaction(() => {
    const session = checkMotion(db, data);
    const { next } = db
      .prepare<[number], { next: number }>('SELECT coalesce(max(seq), 0) + 1 AS next FROM congress_motions WHERE session_id = ?')
      .get(session.id)!;
    const now = nowTimestamp();
    const info = db
      .prepare(
        `INSERT INTO congress_motions (session_id, seq, number, title, reasons, proposals, category, proposer_id, submitted_on, late, created_at, updated_at)
         VALUES (@sessionId, @seq, @number, @motionTitle, @motionReasons, @motionProposals, @motionCategory, @proposerId, @submittedOn, @late, @now, @now)`,
      )
      .run({
        ...data,
        seq: next,
        number: motionNumber(session.term, session.meeting, next),
        late: data.submittedOn > session.motionClose ? 1 : 0,
        now,
      });
    const id = Number(info.lastInsertRowid);
    writeCosigners(db, id, data.cosignerIds);
    addStep(db, id, { kind: '提交', stepDate: data.submittedOn, note: data.submittedOn > session.motionClose ? '征集截止后提交（逾期提案）' : null });
    return getMotion(db, id);
  })();
}

export function assertEditable(motion: Motion, action: string): void {
  if (motion.state !== '待审查') {
    throw new AppError('CONFLICT', `提案 ${motion.number} 已经审查（${motion.decision ?? motion.state}），不能再${action}。`);
  }
}

export function updateMotion(db: Db, id: number, data: MotionData): Motion {
  return db.transaction(() => {
    const before = getMotion(db, id);
    assertEditable(before, '修改');
    if (data.sessionId !== before.sessionId) throw new AppError('VALIDATION', '提案不能移到其他届次。', { sessionId: '不能更改' });
    const session = checkMotion(db, data, before.category);
    db.prepare(
      `UPDATE congress_motions SET title = @motionTitle, reasons = @motionReasons, proposals = @motionProposals, category = @motionCategory,
       proposer_id = @proposerId, submitted_on = @submittedOn, late = @late, updated_at = @now WHERE id = @id`,
    ).run({ ...data, late: data.submittedOn > session.motionClose ? 1 : 0, now: nowTimestamp(), id });
    writeCosigners(db, id, data.cosignerIds);
    addStep(db, id, { kind: '修改', stepDate: todayIso(), note: '提案内容或附议人已修改' });
    return getMotion(db, id);
  })();
}

export function deleteMotion(db: Db, id: number): void {
  db.transaction(() => {
    const motion = getMotion(db, id);
    assertEditable(motion, '删除');
    db.prepare('DELETE FROM congress_motions WHERE id = ?').run(id);
  })();
}
