/**
 * Notices (公示/公开事项): reading, writing and deleting them. The body is sanitized here on every
 * save, whatever the renderer already did. State changes live in states.ts.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { nowTimestamp, todayIso } from '../../shared/domain/dates';
import { bodyLength, sanitizeBodyHtml } from '../../shared/disclosure/body';
import { periodEnd } from '../../shared/disclosure/period';
import type { Notice, noticeInputSchema, StoredState } from '../../shared/disclosure/schema';
import type { Db } from '../db/types';
import { storeCalendar } from '../settings/calendar';
import { readDisclosureSettings } from './settings';

type NoticeData = z.output<typeof noticeInputSchema>;

export interface NoticeRow {
  id: number;
  title: string;
  category: string;
  scope: Notice['scope'];
  kind: Notice['kind'];
  responsible_unit: string | null;
  body: string;
  publish_date: string;
  working_days: number;
  end_date: string;
  end_overridden: number;
  objection_contact: string | null;
  issuer: string | null;
  state: StoredState;
  effective_state: Notice['state'];
  withdraw_reason: string | null;
  open_objections: number;
  objection_count: number;
  created_at: string;
  updated_at: string;
}

/** The state the user sees: a published notice is 待公示, 公示中 or 公示期满 by the calendar. */
export const EFFECTIVE_STATE_SQL = `CASE
  WHEN n.state = '已发布' AND @today < n.publish_date THEN '待公示'
  WHEN n.state = '已发布' AND @today <= n.end_date THEN '公示中'
  WHEN n.state = '已发布' THEN '公示期满'
  ELSE n.state END`;

export const NOTICE_SELECT = `SELECT n.*, ${EFFECTIVE_STATE_SQL} AS effective_state,
  (SELECT count(*) FROM disclosure_objections o WHERE o.notice_id = n.id AND o.status = '待处理') AS open_objections,
  (SELECT count(*) FROM disclosure_objections o WHERE o.notice_id = n.id) AS objection_count
  FROM disclosure_notices n`;

export function rowToNotice(r: NoticeRow): Notice {
  return {
    id: r.id,
    title: r.title,
    category: r.category,
    scope: r.scope,
    kind: r.kind,
    responsibleUnit: r.responsible_unit,
    body: r.body,
    publishDate: r.publish_date,
    workingDays: r.working_days,
    endDate: r.end_date,
    endDateOverridden: r.end_overridden === 1,
    objectionContact: r.objection_contact,
    issuer: r.issuer,
    storedState: r.state,
    state: r.effective_state,
    withdrawReason: r.withdraw_reason,
    openObjections: r.open_objections,
    objectionCount: r.objection_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getNotice(db: Db, id: number, today: string = todayIso()): Notice {
  const row = db.prepare<{ id: number; today: string }, NoticeRow>(`${NOTICE_SELECT} WHERE n.id = @id`).get({ id, today });
  if (!row) throw new AppError('NOT_FOUND', '找不到该公示，可能已被删除。');
  return rowToNotice(row);
}

/** Validated form data → the columns: sanitized body, computed or checked end date. */
function prepare(db: Db, data: NoticeData) {
  const body = sanitizeBodyHtml(data.noticeBody);
  if (bodyLength(body) === 0) {
    throw new AppError('VALIDATION', '公示内容不能为空。从网页或 Word 粘贴的内容里如果只有脚本、样式等，保存时会被去掉。', {
      noticeBody: '公示内容不能为空',
    });
  }
  const computed = periodEnd(data.publishDate, data.periodWorkingDays, storeCalendar(db));
  const overridden = data.periodEndDate !== null && data.periodEndDate !== computed;
  const endDate = overridden && data.periodEndDate ? data.periodEndDate : computed;
  if (endDate < data.publishDate) {
    throw new AppError('VALIDATION', '公示期截止日期不能早于发布日期。', { periodEndDate: '不能早于发布日期' });
  }
  const settings = readDisclosureSettings(db);
  if (!settings.noticeCategories.includes(data.noticeCategory)) {
    // A category removed from the settings stays valid on the notices that already carry it.
    const used = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM disclosure_notices WHERE category = ?').get(data.noticeCategory)!.n;
    if (used === 0) {
      throw new AppError('VALIDATION', `公开类别“${data.noticeCategory}”不在设置的类别中，请从列表中选择，或先在“设置 → 校务公开”中添加。`, {
        noticeCategory: '请从列表中选择',
      });
    }
  }
  return {
    title: data.noticeTitle,
    category: data.noticeCategory,
    scope: data.noticeScope,
    kind: data.noticeKind,
    responsibleUnit: data.responsibleUnit,
    body,
    publishDate: data.publishDate,
    workingDays: data.periodWorkingDays,
    endDate,
    endOverridden: overridden ? 1 : 0,
    objectionContact: data.objectionContact,
    issuer: data.noticeIssuer,
  };
}

export function recordEvent(db: Db, noticeId: number, from: string | null, to: string, onDate: string, reason: string | null): void {
  db.prepare(
    `INSERT INTO disclosure_notice_history (notice_id, from_state, to_state, on_date, reason, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(noticeId, from, to, onDate, reason, nowTimestamp());
}

export function createNotice(db: Db, data: NoticeData, today: string = todayIso()): Notice {
  return db.transaction(() => {
    const values = prepare(db, data);
    const now = nowTimestamp();
    const info = db
      .prepare(
        `INSERT INTO disclosure_notices (title, category, scope, kind, responsible_unit, body, publish_date, working_days,
          end_date, end_overridden, objection_contact, issuer, state, created_at, updated_at)
         VALUES (@title, @category, @scope, @kind, @responsibleUnit, @body, @publishDate, @workingDays, @endDate,
          @endOverridden, @objectionContact, @issuer, '草稿', @now, @now)`,
      )
      .run({ ...values, now });
    const id = Number(info.lastInsertRowid);
    recordEvent(db, id, null, '草稿', today, null);
    return getNotice(db, id, today);
  })();
}

export function updateNotice(db: Db, id: number, data: NoticeData, today: string = todayIso()): Notice {
  return db.transaction(() => {
    const current = getNotice(db, id, today);
    if (current.storedState !== '草稿' && current.storedState !== '已审核') {
      throw new AppError(
        'CONFLICT',
        `这则公示已${current.storedState === '已发布' ? '发布' : current.storedState.replace('已', '')}，内容不能再修改。如内容有误，请先撤回（写明原因），再新建一则更正后的公示。`,
      );
    }
    const values = prepare(db, data);
    db.prepare(
      `UPDATE disclosure_notices SET title = @title, category = @category, scope = @scope, kind = @kind,
        responsible_unit = @responsibleUnit, body = @body, publish_date = @publishDate, working_days = @workingDays,
        end_date = @endDate, end_overridden = @endOverridden, objection_contact = @objectionContact, issuer = @issuer,
        state = '草稿', updated_at = @now WHERE id = @id`,
    ).run({ ...values, now: nowTimestamp(), id });
    if (current.storedState === '已审核') {
      // What the leading group approved is no longer what would be posted.
      recordEvent(db, id, '已审核', '草稿', today, '审核后修改了内容，需重新审核');
    }
    return getNotice(db, id, today);
  })();
}

export function deleteNotice(db: Db, id: number, today: string = todayIso()): void {
  db.transaction(() => {
    const notice = getNotice(db, id, today);
    if (notice.storedState !== '草稿' && notice.storedState !== '已审核') {
      throw new AppError('CONFLICT', '已发布过的公示是校务公开台账的一部分，不能删除；如需停止公示，请“撤回”并写明原因。');
    }
    const issues = db
      .prepare<[number], { number: number; year: number }>(
        `SELECT i.number, i.year FROM disclosure_issues i JOIN disclosure_issue_notices x ON x.issue_id = i.id WHERE x.notice_id = ?`,
      )
      .all(id);
    if (issues.length) {
      const list = issues.map((i) => `${i.year}年第${i.number}期`).join('、');
      throw new AppError('IN_USE', `这则公示已编入校务公开栏（${list}），请先从该期中移除，再删除。`);
    }
    db.prepare('DELETE FROM disclosure_notices WHERE id = ?').run(id);
  })();
}
