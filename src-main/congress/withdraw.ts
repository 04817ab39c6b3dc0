/**
 * 撤销: a mis-clicked decision, a wrong reply, a wrong rating is withdrawn with a reason, last action
 * first. The action's steps stay in the timeline marked withdrawn, a dated 撤销 step says why, and the
 * motion's columns return to what that action found (kept with its first step). Nothing is erased.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import type { Motion, withdrawInputSchema } from '../../shared/congress/schema';
import { formatDateCn } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { addStep, getMotion, lastWithdrawable, stepLabel } from './motions';
import { HANDLING_COLUMNS, set } from './review';

type Withdraw = z.output<typeof withdrawInputSchema>;

interface StepRow {
  id: number;
  motion_id: number;
  kind: string;
  step_date: string;
  round: number;
  decision: string | null;
  rating: string | null;
  implementation: string | null;
  op: number | null;
  before_json: string | null;
  withdrawn_by: number | null;
}

function stepsOf(db: Db, motionId: number): StepRow[] {
  return db.prepare<[number], StepRow>('SELECT * FROM congress_motion_steps WHERE motion_id = ? ORDER BY id').all(motionId);
}

/** What a lead motion's withdrawal would leave hanging among the motions merged into it. */
function assertLeadFree(db: Db, m: Motion, target: StepRow): void {
  const merged = db
    .prepare<[number], { number: string; rating: string | null }>(
      "SELECT number, rating FROM congress_motions WHERE merged_into_id = ? AND state = '已合并' ORDER BY seq",
    )
    .all(m.id);
  if (merged.length === 0) return;
  if (target.kind === '审查') {
    throw new AppError(
      'CONFLICT',
      `提案 ${merged.map((x) => x.number).join('、')} 已并入本提案 ${m.number}，请先撤销它们的合并立案，再撤销本提案的审查意见。`,
    );
  }
  const rated = merged.filter((x) => x.rating !== null);
  if (target.kind === '答复' && rated.length) {
    throw new AppError(
      'CONFLICT',
      `并入本提案的提案 ${rated.map((x) => x.number).join('、')} 已就这次答复填写反馈，请先撤销其反馈，再撤销本次答复。`,
    );
  }
}

export function withdrawLast(db: Db, input: Withdraw): Motion {
  return db.transaction(() => {
    const m = getMotion(db, input.id);
    const steps = stepsOf(db, m.id);
    const target = lastWithdrawable(steps);
    if (!target) {
      const legacy = steps.some((s) => s.kind !== '提交' && s.kind !== '修改' && s.kind !== '优秀提案' && s.withdrawn_by === null);
      throw new AppError(
        'CONFLICT',
        legacy
          ? `提案 ${m.number} 的办理记录登记于本程序升级之前，无法自动撤销；如确需更正，请在备注中说明。`
          : `提案 ${m.number} 还没有可以撤销的审查、答复、落实或反馈。`,
      );
    }
    if (input.withdrawnOn < target.step_date) {
      throw new AppError('VALIDATION', `撤销日期不能早于被撤销步骤的日期（${formatDateCn(target.step_date)}）。`, {
        withdrawnOn: '早于被撤销的步骤',
      });
    }
    assertLeadFree(db, m, target);
    const before = JSON.parse(target.before_json!) as Record<string, string | number | null>;
    const restore: Record<string, string | number | null> = {};
    for (const c of HANDLING_COLUMNS) restore[c] = before[c] ?? null;
    set(db, m.id, restore);
    const label = stepLabel(target);
    const withdrawId = addStep(db, m.id, {
      kind: '撤销',
      stepDate: input.withdrawnOn,
      round: target.round,
      reason: input.withdrawReason,
      note: `撤销 ${formatDateCn(target.step_date)} 的${label}`,
    });
    const op = target.op ?? target.id;
    // Every step of the action, on this motion and on a lead it touched (合并立案, a merged rating).
    const others = db
      .prepare<[number, number], { motion_id: number }>(
        'SELECT DISTINCT motion_id FROM congress_motion_steps WHERE op = ? AND motion_id <> ? AND withdrawn_by IS NULL',
      )
      .all(op, m.id);
    db.prepare('UPDATE congress_motion_steps SET withdrawn_by = ? WHERE op = ? AND withdrawn_by IS NULL AND id <> ?').run(withdrawId, op, withdrawId);
    for (const o of others) {
      addStep(db, o.motion_id, {
        kind: '撤销',
        stepDate: input.withdrawnOn,
        op: withdrawId,
        reason: input.withdrawReason,
        note: `提案 ${m.number} 撤销 ${formatDateCn(target.step_date)} 的${label}`,
      });
    }
    return getMotion(db, m.id);
  })();
}
