/**
 * Review and handling (审查与办理): the committee's decision, the handling unit's reply and its
 * implementation, the proposer's rating. Each step is a dated row of congress_motion_steps; an
 * unsatisfied rating sends the motion back for another reply (条条有答复，件件有回音).
 */
import { AppError } from '../../shared/api/errors';
import type { Motion } from '../../shared/congress/schema';
import type { z } from 'zod';
import type {
  closeInputSchema,
  feedbackInputSchema,
  implementationInputSchema,
  replyInputSchema,
  reviewInputSchema,
} from '../../shared/congress/schema';
import { formatDateCn, nowTimestamp } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { replyDeadline } from './deadline';
import { addStep, getMotion } from './motions';
import { getSession } from './sessions';

type Review = z.output<typeof reviewInputSchema>;
type Reply = z.output<typeof replyInputSchema>;
type ImplementationUpdate = z.output<typeof implementationInputSchema>;
type Feedback = z.output<typeof feedbackInputSchema>;
type Close = z.output<typeof closeInputSchema>;

const FINISHED: Motion['state'][] = ['已办结', '已合并', '转为意见建议', '不予立案'];

function notBefore(date: string, earlier: string | null, what: string, field: string): void {
  if (earlier && date < earlier) {
    throw new AppError('VALIDATION', `${CN[field] ?? '日期'}不能早于${what}（${formatDateCn(earlier)}）。`, { [field]: `早于${what}` });
  }
}

const CN: Record<string, string> = {
  decidedOn: '审查日期',
  repliedOn: '答复日期',
  ratedOn: '反馈日期',
  closedOn: '办结日期',
  implementedOn: '日期',
};

/** The columns an action may change; what a step keeps so that 撤销 can put them back. */
export const HANDLING_COLUMNS = [
  'state',
  'decision',
  'decided_on',
  'decision_reason',
  'merged_into_id',
  'lead_unit',
  'support_units',
  'deadline',
  'reply_round',
  'reply_text',
  'replied_by',
  'replied_on',
  'implementation',
  'implementation_note',
  'rating',
  'rating_comment',
  'rated_on',
  'closed_on',
  'closed_note',
] as const;

export function snapshot(db: Db, id: number): Record<string, string | number | null> {
  return db
    .prepare<[number], Record<string, string | number | null>>(`SELECT ${HANDLING_COLUMNS.join(', ')} FROM congress_motions WHERE id = ?`)
    .get(id)!;
}

export function set(db: Db, id: number, columns: Record<string, string | number | null>): void {
  const names = Object.keys(columns);
  // Column names are this module's own literals, never user input.
  const sql = `UPDATE congress_motions SET ${names.map((n) => `${n} = @${n}`).join(', ')}, updated_at = @updatedAt WHERE id = @id`;
  db.prepare(sql).run({ ...columns, updatedAt: nowTimestamp(), id });
}

export function reviewMotion(db: Db, input: Review): Motion {
  return db.transaction(() => {
    const m = getMotion(db, input.id);
    if (m.state !== '待审查') throw new AppError('CONFLICT', `提案 ${m.number} 已经审查过（${m.decision ?? m.state}），不能重复审查。`);
    notBefore(input.decidedOn, m.submittedOn, '提交日期', 'decidedOn');
    const base = { decision: input.decision, decided_on: input.decidedOn, decision_reason: input.decisionReason };
    const before = snapshot(db, m.id);
    if (input.decision === '立案') {
      const session = getSession(db, m.sessionId);
      const deadline = input.replyDeadline ?? replyDeadline(db, input.decidedOn, session.replyDays);
      set(db, m.id, { ...base, state: '办理中', lead_unit: input.leadUnit, support_units: input.supportUnits, deadline });
      addStep(db, m.id, {
        kind: '审查',
        stepDate: input.decidedOn,
        before,
        decision: '立案',
        reason: input.decisionReason,
        leadUnit: input.leadUnit,
        supportUnits: input.supportUnits,
        deadline,
      });
    } else if (input.decision === '合并立案') {
      const target = getMotion(db, input.mergedIntoId!);
      if (target.sessionId !== m.sessionId) throw new AppError('VALIDATION', '只能并入同一届次的提案。', { mergedIntoId: '不是本届次的提案' });
      if (target.id === m.id) throw new AppError('VALIDATION', '提案不能并入它自己。', { mergedIntoId: '不能选择本提案' });
      if (target.decision !== '立案' || target.mergedInto) {
        throw new AppError('VALIDATION', `提案 ${target.number} 尚未立案（${target.state}），只能并入已立案的提案。`, {
          mergedIntoId: '并入的提案须已立案',
        });
      }
      set(db, m.id, { ...base, state: '已合并', merged_into_id: target.id, lead_unit: target.leadUnit, deadline: target.deadline });
      const op = addStep(db, m.id, {
        kind: '审查',
        stepDate: input.decidedOn,
        before,
        decision: '合并立案',
        reason: input.decisionReason,
        note: `并入提案 ${target.number}《${target.title}》，随该提案一并办理答复`,
      });
      addStep(db, target.id, { kind: '审查', stepDate: input.decidedOn, op, note: `提案 ${m.number}《${m.title}》合并至本提案一并办理` });
    } else {
      set(db, m.id, { ...base, state: input.decision });
      addStep(db, m.id, { kind: '审查', stepDate: input.decidedOn, before, decision: input.decision, reason: input.decisionReason });
    }
    return getMotion(db, m.id);
  })();
}

function assertCanReply(m: Motion): void {
  if (m.mergedInto) {
    throw new AppError('CONFLICT', `提案 ${m.number} 已并入提案 ${m.mergedInto.number}，请在该提案上答复。`);
  }
  if (m.state === '待审查') {
    throw new AppError('CONFLICT', `提案 ${m.number} 尚未经提案工作委员会审查立案，不能答复。请先完成审查。`);
  }
  if (m.state === '待反馈') {
    throw new AppError('CONFLICT', `提案 ${m.number} 已答复，正等待提案人反馈；提案人不满意时才需再次答复。`);
  }
  if (m.state !== '办理中') throw new AppError('CONFLICT', `提案 ${m.number} 的状态是“${m.state}”，不需要答复。`);
}

export function replyMotion(db: Db, input: Reply): Motion {
  return db.transaction(() => {
    const m = getMotion(db, input.id);
    assertCanReply(m);
    notBefore(input.repliedOn, m.ratedOn ?? m.decidedOn, m.ratedOn ? '上次反馈日期' : '立案日期', 'repliedOn');
    const round = m.replyRound + 1;
    const before = snapshot(db, m.id);
    set(db, m.id, {
      state: '待反馈',
      reply_round: round,
      reply_text: input.replyText,
      replied_by: input.repliedBy,
      replied_on: input.repliedOn,
      implementation: input.implementation,
      implementation_note: input.implementationNote,
      rating: null,
      rating_comment: null,
      rated_on: null,
    });
    addStep(db, m.id, {
      kind: '答复',
      stepDate: input.repliedOn,
      before,
      round,
      replyText: input.replyText,
      repliedBy: input.repliedBy,
      implementation: input.implementation,
      note: input.implementationNote,
    });
    return getMotion(db, m.id);
  })();
}

export function updateImplementation(db: Db, input: ImplementationUpdate): Motion {
  return db.transaction(() => {
    const m = getMotion(db, input.id);
    if (m.mergedInto) {
      throw new AppError('CONFLICT', `提案 ${m.number} 已并入提案 ${m.mergedInto.number}，落实情况请在该提案上更新。`);
    }
    if (m.replyRound === 0 || m.decision !== '立案') {
      throw new AppError('CONFLICT', `提案 ${m.number} 还没有答复，落实情况随答复一并填写。`);
    }
    notBefore(input.implementedOn, m.repliedOn, '答复日期', 'implementedOn');
    const before = snapshot(db, m.id);
    set(db, m.id, { implementation: input.implementation, implementation_note: input.implementationNote });
    addStep(db, m.id, {
      kind: '落实',
      stepDate: input.implementedOn,
      before,
      round: m.replyRound,
      implementation: input.implementation,
      note: input.implementationNote,
    });
    return getMotion(db, m.id);
  })();
}

/**
 * The proposer of a merged motion rates the lead's reply for themselves. Their rating is recorded on
 * their motion and noted on the lead; 不满意 is listed for the committee but does not reopen the lead,
 * whose own proposer decides that.
 */
function feedbackMerged(db: Db, m: Motion, input: Feedback): Motion {
  const lead = getMotion(db, m.mergedInto!.id);
  if (lead.replyRound === 0 || lead.repliedOn === null) {
    throw new AppError('CONFLICT', `提案 ${m.number} 已并入提案 ${lead.number}，该提案尚未答复，答复后才能填写反馈。`);
  }
  notBefore(input.ratedOn, lead.repliedOn, '答复日期', 'ratedOn');
  const before = snapshot(db, m.id);
  set(db, m.id, { rating: input.rating, rating_comment: input.ratingComment, rated_on: input.ratedOn });
  const op = addStep(db, m.id, {
    kind: '反馈',
    stepDate: input.ratedOn,
    before,
    round: lead.replyRound,
    rating: input.rating,
    reason: input.ratingComment,
    note: `对提案 ${lead.number} 第 ${lead.replyRound} 次答复的反馈`,
  });
  addStep(db, lead.id, {
    kind: '反馈',
    stepDate: input.ratedOn,
    op,
    round: lead.replyRound,
    rating: input.rating,
    reason: input.ratingComment,
    note: `并入的提案 ${m.number} 的提案人 ${m.proposerName} 反馈：${input.rating}`,
  });
  return getMotion(db, m.id);
}

export function feedbackMotion(db: Db, input: Feedback): Motion {
  return db.transaction(() => {
    const m = getMotion(db, input.id);
    if (m.mergedInto) return feedbackMerged(db, m, input);
    if (m.state !== '待反馈') {
      const why = m.state === '办理中' ? '尚未答复（或上次不满意后尚未再次答复）' : `的状态是“${m.state}”`;
      throw new AppError('CONFLICT', `提案 ${m.number} ${why}，不能填写反馈。`);
    }
    notBefore(input.ratedOn, m.repliedOn, '答复日期', 'ratedOn');
    const rating = { rating: input.rating, rating_comment: input.ratingComment, rated_on: input.ratedOn };
    const before = snapshot(db, m.id);
    if (input.rating === '不满意') {
      const session = getSession(db, m.sessionId);
      const deadline = replyDeadline(db, input.ratedOn, session.replyDays);
      set(db, m.id, { ...rating, state: '办理中', deadline });
      addStep(db, m.id, {
        kind: '反馈',
        stepDate: input.ratedOn,
        before,
        round: m.replyRound,
        rating: input.rating,
        reason: input.ratingComment,
        deadline,
        note: `提案人不满意，退回承办部门再次答复，期限 ${formatDateCn(deadline)}`,
      });
    } else {
      set(db, m.id, { ...rating, state: '已办结', closed_on: input.ratedOn, closed_note: null });
      const op = addStep(db, m.id, {
        kind: '反馈',
        stepDate: input.ratedOn,
        before,
        round: m.replyRound,
        rating: input.rating,
        reason: input.ratingComment,
      });
      addStep(db, m.id, { kind: '办结', stepDate: input.ratedOn, op, round: m.replyRound, note: `提案人${input.rating}，办结` });
    }
    return getMotion(db, m.id);
  })();
}

/** Closing without a satisfied rating is allowed only with a written reason. */
export function closeMotion(db: Db, input: Close): Motion {
  return db.transaction(() => {
    const m = getMotion(db, input.id);
    if (m.mergedInto) throw new AppError('CONFLICT', `提案 ${m.number} 已并入提案 ${m.mergedInto.number}，随该提案办结。`);
    if (FINISHED.includes(m.state)) throw new AppError('CONFLICT', `提案 ${m.number} 的状态已是“${m.state}”，无需再办结。`);
    if (m.state === '待审查') throw new AppError('CONFLICT', `提案 ${m.number} 尚未审查，不能办结。`);
    if (!input.closedNote) {
      const missing = m.replyRound === 0 ? '还没有答复' : '提案人还没有反馈（或不满意）';
      throw new AppError('VALIDATION', `提案 ${m.number} ${missing}，办结须写明原因（例如：提案人已调离，无法反馈）。`, {
        closedNote: '请写明未答复或未反馈而办结的原因',
      });
    }
    notBefore(input.closedOn, m.repliedOn ?? m.decidedOn, m.repliedOn ? '答复日期' : '立案日期', 'closedOn');
    const before = snapshot(db, m.id);
    set(db, m.id, { state: '已办结', closed_on: input.closedOn, closed_note: input.closedNote });
    addStep(db, m.id, { kind: '办结', stepDate: input.closedOn, before, round: m.replyRound, note: input.closedNote });
    return getMotion(db, m.id);
  })();
}

export function setExcellent(db: Db, id: number, excellent: boolean, today: string): Motion {
  return db.transaction(() => {
    const m = getMotion(db, id);
    if (excellent && m.decision !== '立案') throw new AppError('CONFLICT', '只有立案的提案才能评为优秀提案。');
    if (m.excellent === excellent) return m;
    set(db, m.id, { excellent: excellent ? 1 : 0 });
    addStep(db, m.id, { kind: '优秀提案', stepDate: today, note: excellent ? '评为优秀提案' : '取消优秀提案' });
    return getMotion(db, m.id);
  })();
}
