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
import { escapeLike } from '../db/sql';
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
  proposer_kind: Motion['proposerKind'];
  lead_state: Motion['state'] | null;
  lead_deadline: string | null;
  lead_reply_round: number | null;
  lead_reply_text: string | null;
  lead_replied_by: string | null;
  lead_replied_on: string | null;
  lead_implementation: Motion['implementation'];
  lead_implementation_note: string | null;
  lead_closed_on: string | null;
  lead_lead_unit: string | null;
  lead_support_units: string | null;
  original_deadline: string | null;
}

/**
 * The state a list shows: a merged motion follows its lead, except that once its own proposer is
 * satisfied with the lead's reply it reads 已办结.
 */
export const EFFECTIVE_STATE = `CASE WHEN mo.state <> '已合并' OR t.id IS NULL THEN mo.state
  WHEN mo.rating IN ('满意', '基本满意') AND t.state IN ('待反馈', '已办结') THEN '已办结' ELSE t.state END`;

export const MOTION_SELECT = `SELECT mo.id, mo.session_id, mo.number, mo.title, mo.reasons, mo.proposals, mo.category, mo.proposer_id,
  pm.name AS proposer_name, pd.delegation AS proposer_delegation, mo.submitted_on, mo.late, mo.state, mo.decision, mo.decided_on,
  mo.decision_reason, mo.merged_into_id, t.number AS merged_number, t.title AS merged_title, mo.lead_unit, mo.support_units,
  mo.deadline, mo.reply_round, mo.reply_text, mo.replied_by, mo.replied_on, mo.implementation, mo.implementation_note,
  mo.rating, mo.rating_comment, mo.rated_on, mo.closed_on, mo.closed_note, mo.excellent, pd.kind AS proposer_kind,
  t.state AS lead_state, t.deadline AS lead_deadline, t.reply_round AS lead_reply_round, t.reply_text AS lead_reply_text,
  t.replied_by AS lead_replied_by, t.replied_on AS lead_replied_on, t.implementation AS lead_implementation,
  t.implementation_note AS lead_implementation_note, t.closed_on AS lead_closed_on, t.lead_unit AS lead_lead_unit,
  t.support_units AS lead_support_units,
  (SELECT st.deadline FROM congress_motion_steps st WHERE st.motion_id = coalesce(t.id, mo.id) AND st.kind = '审查'
     AND st.decision = '立案' AND st.withdrawn_by IS NULL ORDER BY st.id DESC LIMIT 1) AS original_deadline
  FROM congress_motions mo
  JOIN congress_delegates pd ON pd.id = mo.proposer_id
  JOIN members pm ON pm.id = pd.member_id
  LEFT JOIN congress_motions t ON t.id = mo.merged_into_id`;

type Cosigner = { id: number; name: string };

export function isOverdue(state: Motion['state'], deadline: string | null, today: string): boolean {
  return state === '办理中' && deadline !== null && deadline < today;
}

/** The stored state, whatever a merged motion shows: the services' rules are about this one. */
export function storedState(db: Db, id: number): Motion['state'] {
  const row = db.prepare<[number], { state: Motion['state'] }>('SELECT state FROM congress_motions WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该提案，可能已被删除。');
  return row.state;
}

function followLead(r: MotionRow): MotionRow {
  if (r.state !== '已合并' || r.merged_into_id === null || r.lead_state === null) return r;
  const ownSatisfied = (r.rating === '满意' || r.rating === '基本满意') && (r.lead_state === '待反馈' || r.lead_state === '已办结');
  return {
    ...r,
    state: ownSatisfied ? '已办结' : r.lead_state,
    deadline: r.lead_deadline,
    lead_unit: r.lead_lead_unit,
    support_units: r.lead_support_units,
    reply_round: r.lead_reply_round ?? 0,
    reply_text: r.lead_reply_text,
    replied_by: r.lead_replied_by,
    replied_on: r.lead_replied_on,
    implementation: r.lead_implementation,
    implementation_note: r.lead_implementation_note,
    closed_on: ownSatisfied ? (r.rated_on ?? r.lead_closed_on) : r.lead_closed_on,
  };
}

export function toMotion(stored: MotionRow, cosigners: Cosigner[], today: string): Motion {
  const r = followLead(stored);
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
    proposerKind: r.proposer_kind,
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
    originalDeadline: r.original_deadline,
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
  op: number | null;
  before_json: string | null;
  withdrawn_by: number | null;
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
    op: s.op ?? s.id,
    withdrawnBy: s.withdrawn_by,
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
  const rows = db.prepare<[number], StepRow>('SELECT * FROM congress_motion_steps WHERE motion_id = ? ORDER BY id').all(id);
  const last = lastWithdrawable(rows);
  return {
    ...motion,
    sessionName: session.name,
    mergedFrom,
    steps: rows.map(toStep),
    withdrawable: last ? { stepId: last.id, label: stepLabel(last) } : null,
  };
}

/** The last action that can be withdrawn: it kept the columns it changed (before_json) and stands. */
export function lastWithdrawable<T extends { before_json: string | null; withdrawn_by: number | null }>(rows: T[]): T | undefined {
  return rows.filter((r) => r.before_json !== null && r.withdrawn_by === null).at(-1);
}

/** 立案 / 第 2 次答复 / 反馈“不满意” — how a withdrawal names the step it withdraws. */
export function stepLabel(s: { kind: string; decision: string | null; round: number; rating: string | null; implementation: string | null }): string {
  switch (s.kind) {
    case '审查':
      return `审查意见“${s.decision ?? ''}”`;
    case '答复':
      return `第 ${s.round} 次答复`;
    case '落实':
      return `落实情况“${s.implementation ?? ''}”`;
    case '反馈':
      return `提案人反馈“${s.rating ?? ''}”`;
    default:
      return s.kind;
  }
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
  if (query.states?.length) {
    const list = query.states.map((s, i) => ((params[`st${i}`] = s), `@st${i}`)).join(', ');
    // 已合并 finds the merged motions; any other state finds them too when their lead stands there.
    where.push(`(mo.state IN (${list}) OR (${EFFECTIVE_STATE}) IN (${list}))`);
  }
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
  kind: Motion['proposerKind'];
  left_on: string | null;
}

function seat(db: Db, delegateId: number): SeatRow | undefined {
  return db
    .prepare<[number], SeatRow>(
      'SELECT d.id, d.term, m.name, d.kind, d.left_on FROM congress_delegates d JOIN members m ON m.id = d.member_id WHERE d.id = ?',
    )
    .get(delegateId);
}

function seatProblem(s: SeatRow | undefined, session: Session, on: string, nonVotingMay: boolean): string | null {
  if (!s) return '所选代表不存在';
  if (s.term !== session.term) return `${s.name} 不是第${chineseNumber(session.term)}届代表`;
  if (s.left_on !== null && s.left_on <= on) return `${s.name} 已于 ${s.left_on} 离任`;
  if (s.kind !== '正式' && !nonVotingMay) return `${s.name} 是${s.kind}代表，按设置不能提案或附议`;
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
  const may = settings.nonVotingMayPropose;
  const proposer = seatProblem(seat(db, data.proposerId), session, data.submittedOn, may);
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
    const problem = seatProblem(seat(db, id), session, data.submittedOn, may);
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
  /** The motion's columns before this action: makes the step withdrawable (撤销). */
  before?: Record<string, unknown>;
  /** The first step of the same action, when this is a later one. */
  op?: number;
}

/** Writes one step and returns its id; a step without `op` starts an action of its own. */
export function addStep(db: Db, motionId: number, step: StepValues): number {
  const info = db.prepare(
    `INSERT INTO congress_motion_steps (motion_id, kind, step_date, round, decision, reason, lead_unit, support_units, deadline,
     reply_text, replied_by, implementation, rating, note, recorded_at, op, before_json)
     VALUES (@motionId, @kind, @stepDate, @round, @decision, @reason, @leadUnit, @supportUnits, @deadline, @replyText, @repliedBy,
     @implementation, @rating, @note, @recordedAt, @op, @before)`,
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
    op: step.op ?? null,
    before: step.before ? JSON.stringify(step.before) : null,
  });
  const id = Number(info.lastInsertRowid);
  if (step.op === undefined) db.prepare('UPDATE congress_motion_steps SET op = id WHERE id = ?').run(id);
  return id;
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
