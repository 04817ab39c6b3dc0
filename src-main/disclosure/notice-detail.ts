/**
 * One notice with everything the detail page shows: its state history, its objections and the
 * board issues it was posted in. Kept apart from notices.ts so that objections.ts can use
 * getNotice without notices.ts importing objections.ts back.
 */
import { todayIso } from '../../shared/domain/dates';
import type { NoticeDetail } from '../../shared/disclosure/schema';
import type { Db } from '../db/types';
import { getNotice } from './notices';
import { listObjectionsOf } from './objections';

export function getNoticeDetail(db: Db, id: number, today: string = todayIso()): NoticeDetail {
  const notice = getNotice(db, id, today);
  const history = db
    .prepare<[number], { id: number; from_state: string | null; to_state: string; on_date: string; reason: string | null; recorded_at: string }>(
      'SELECT * FROM disclosure_notice_history WHERE notice_id = ? ORDER BY id',
    )
    .all(id)
    .map((h) => ({ id: h.id, fromState: h.from_state, toState: h.to_state, onDate: h.on_date, reason: h.reason, recordedAt: h.recorded_at }));
  const issues = db
    .prepare<[number], { id: number; number: number; year: number; issue_date: string }>(
      `SELECT i.id, i.number, i.year, i.issue_date FROM disclosure_issues i
       JOIN disclosure_issue_notices x ON x.issue_id = i.id WHERE x.notice_id = ? ORDER BY i.issue_date, i.id`,
    )
    .all(id)
    .map((i) => ({ id: i.id, number: i.number, year: i.year, issueDate: i.issue_date }));
  return { ...notice, history, objections: listObjectionsOf(db, id), issues };
}
