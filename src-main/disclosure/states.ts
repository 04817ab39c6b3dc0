/**
 * The steps a notice goes through: 草稿 → 已审核 (by the 校务公开领导小组) → 已发布, which the
 * calendar turns into 待公示 / 公示中 / 公示期满 → 已归档; or 已发布 → 已撤回 with a reason.
 * Every step taken is kept in disclosure_notice_history.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { formatDateCn, nowTimestamp, todayIso } from '../../shared/domain/dates';
import { periodEnd } from '../../shared/disclosure/period';
import type { Notice, publishInputSchema, transitionInputSchema, withdrawInputSchema } from '../../shared/disclosure/schema';
import type { Db } from '../db/types';
import { storeCalendar } from '../settings/calendar';
import { getNotice, recordEvent } from './notices';

function setState(db: Db, id: number, state: Notice['storedState'], extra: { withdrawReason?: string } = {}): void {
  db.prepare('UPDATE disclosure_notices SET state = ?, withdraw_reason = coalesce(?, withdraw_reason), updated_at = ? WHERE id = ?').run(
    state,
    extra.withdrawReason ?? null,
    nowTimestamp(),
    id,
  );
}

export function approveNotice(db: Db, input: z.output<typeof transitionInputSchema>, today: string = todayIso()): Notice {
  return db.transaction(() => {
    const n = getNotice(db, input.id, today);
    if (n.storedState !== '草稿') throw new AppError('CONFLICT', `这则公示当前是“${n.state}”，只有草稿需要审核。`);
    setState(db, n.id, '已审核');
    recordEvent(db, n.id, '草稿', '已审核', input.stateDate, input.stateNote ?? '校务公开领导小组审核通过');
    return getNotice(db, n.id, today);
  })();
}

export function publishNotice(db: Db, input: z.output<typeof publishInputSchema>, today: string = todayIso()): Notice {
  return db.transaction(() => {
    const n = getNotice(db, input.id, today);
    if (n.storedState === '草稿') throw new AppError('CONFLICT', '这则公示还没有经过审核，审核通过后才能发布。');
    if (n.storedState !== '已审核') throw new AppError('CONFLICT', `这则公示当前是“${n.state}”，不能再次发布。`);
    const publishDate = input.publishDate ?? n.publishDate;
    // A moved publish date moves a computed end with it; an end the user set by hand must still follow the start.
    const endDate = n.endDateOverridden ? n.endDate : periodEnd(publishDate, n.workingDays, storeCalendar(db));
    if (endDate < publishDate) {
      throw new AppError('VALIDATION', `公示期截止日期（${formatDateCn(endDate)}）早于发布日期，请先修改公示期。`, { publishDate: '晚于截止日期' });
    }
    db.prepare('UPDATE disclosure_notices SET publish_date = ?, end_date = ? WHERE id = ?').run(publishDate, endDate, n.id);
    setState(db, n.id, '已发布');
    recordEvent(db, n.id, '已审核', '已发布', publishDate, `公示期 ${formatDateCn(publishDate)}至${formatDateCn(endDate)}`);
    return getNotice(db, n.id, today);
  })();
}

export function withdrawNotice(db: Db, input: z.output<typeof withdrawInputSchema>, today: string = todayIso()): Notice {
  return db.transaction(() => {
    const n = getNotice(db, input.id, today);
    if (n.storedState !== '已发布') throw new AppError('CONFLICT', `只有已发布的公示可以撤回；这则公示当前是“${n.state}”。`);
    if (input.stateDate < n.publishDate) {
      throw new AppError('VALIDATION', `撤回日期不能早于发布日期（${formatDateCn(n.publishDate)}）。`, { stateDate: '早于发布日期' });
    }
    setState(db, n.id, '已撤回', { withdrawReason: input.withdrawReason });
    recordEvent(db, n.id, n.state, '已撤回', input.stateDate, input.withdrawReason);
    return getNotice(db, n.id, today);
  })();
}

export function archiveNotice(db: Db, input: z.output<typeof transitionInputSchema>, today: string = todayIso()): Notice {
  return db.transaction(() => {
    const n = getNotice(db, input.id, today);
    if (n.storedState === '已归档') throw new AppError('CONFLICT', '这则公示已经归档。');
    if (n.storedState === '草稿' || n.storedState === '已审核') {
      throw new AppError('CONFLICT', '尚未发布的公示不能归档；不再需要的草稿可以直接删除。');
    }
    if (n.state === '待公示' || n.state === '公示中') {
      throw new AppError('CONFLICT', `公示期到 ${formatDateCn(n.endDate)} 才结束，期满后才能归档。如需提前结束，请“撤回”并写明原因。`);
    }
    if (n.storedState === '已发布' && input.stateDate <= n.endDate) {
      throw new AppError('VALIDATION', `归档日期应在公示期截止日（${formatDateCn(n.endDate)}）之后。`, { stateDate: '早于公示期满' });
    }
    if (n.openObjections > 0) {
      throw new AppError(
        'CONFLICT',
        `这则公示还有 ${n.openObjections} 条异议未办结，不能归档。请先在“异议”中登记处理情况和结果。`,
      );
    }
    setState(db, n.id, '已归档');
    recordEvent(db, n.id, n.state, '已归档', input.stateDate, input.stateNote);
    return getNotice(db, n.id, today);
  })();
}
