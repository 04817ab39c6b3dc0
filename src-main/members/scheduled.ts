/**
 * Status changes dated in the future (退休 on 2027-06-30): kept in member_scheduled_status
 * (migration 007) and shown as 将于2027年6月30日退休 until that day, then applied as an ordinary
 * change dated that day. Applied when the store opens and before every API call (dispatch), so a
 * program left open over midnight applies them too; each run is one transaction.
 */
import { AppError } from '../../shared/api/errors';
import { nowTimestamp, todayIso } from '../../shared/domain/dates';
import { scheduledStatusText } from '../../shared/members/scheduled-text';
import type { Member, ScheduledStatus } from '../../shared/members/schema';
import type { Db } from '../db/types';

interface ScheduleRow {
  member_id: number;
  to_status: Member['status'];
  effective_on: string;
  reason: string | null;
}

export const scheduledText = scheduledStatusText;

const due = new WeakMap<Db, { check: { get(today: string): unknown } }>();

/** Applies every scheduled change dated today or earlier. Returns how many were applied. */
export function applyDueStatusChanges(db: Db, today: string = todayIso()): number {
  let cached = due.get(db);
  if (!cached) {
    cached = { check: db.prepare<[string]>('SELECT 1 FROM member_scheduled_status WHERE effective_on <= ? LIMIT 1') };
    due.set(db, cached);
  }
  // The common case (nothing due) costs one indexed lookup and no write.
  if (cached.check.get(today) === undefined) return 0;
  return db.transaction(() => {
    const rows = db
      .prepare<[string], ScheduleRow & { status: Member['status'] }>(
        `SELECT s.member_id, s.to_status, s.effective_on, s.reason, m.status FROM member_scheduled_status s
         JOIN members m ON m.id = s.member_id WHERE s.effective_on <= ? ORDER BY s.effective_on, s.member_id`,
      )
      .all(today);
    const now = nowTimestamp();
    const history = db.prepare(
      `INSERT INTO member_status_history (member_id, from_status, to_status, changed_on, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const update = db.prepare('UPDATE members SET status = ?, status_date = ?, updated_at = ? WHERE id = ?');
    const remove = db.prepare('DELETE FROM member_scheduled_status WHERE member_id = ?');
    for (const r of rows) {
      if (r.status !== r.to_status) {
        history.run(r.member_id, r.status, r.to_status, r.effective_on, r.reason, now);
        update.run(r.to_status, r.effective_on, now, r.member_id);
      }
      remove.run(r.member_id);
    }
    return rows.length;
  })();
}

export function scheduleStatusChange(db: Db, member: Member, status: Member['status'], date: string, reason: string | null): void {
  db.prepare(
    `INSERT INTO member_scheduled_status (member_id, to_status, effective_on, reason, recorded_at) VALUES (?, ?, ?, ?, ?)`,
  ).run(member.id, status, date, reason, nowTimestamp());
}

export function getScheduled(db: Db, memberId: number): ScheduledStatus | null {
  const r = db
    .prepare<[number], ScheduleRow>('SELECT member_id, to_status, effective_on, reason FROM member_scheduled_status WHERE member_id = ?')
    .get(memberId);
  return r ? { status: r.to_status, date: r.effective_on, reason: r.reason } : null;
}

/** At most this many ids per query: SQLite refuses more than 32,766 parameters in one statement. */
const IDS_PER_QUERY = 500;

/** The scheduled changes of a page of members (or of the whole roll, for an export), by member id. */
export function scheduledOf(db: Db, ids: readonly number[]): Map<number, ScheduledStatus> {
  const map = new Map<number, ScheduledStatus>();
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const chunk = ids.slice(start, start + IDS_PER_QUERY);
    const rows = db
      .prepare<number[], ScheduleRow>(
        `SELECT member_id, to_status, effective_on, reason FROM member_scheduled_status WHERE member_id IN (${chunk.map(() => '?').join(',')})`,
      )
      .all(...chunk);
    for (const r of rows) map.set(r.member_id, { status: r.to_status, date: r.effective_on, reason: r.reason });
  }
  return map;
}

export function assertNothingScheduled(db: Db, member: Member): void {
  const s = getScheduled(db, member.id);
  if (s) {
    throw new AppError(
      'CONFLICT',
      `会员 ${member.name} 已登记${scheduledText(s)}。如需另作变更，请先在会员详情中撤销这项计划。`,
      { status: '已有计划中的变更' },
    );
  }
}

export function cancelScheduledStatus(db: Db, memberId: number): void {
  const info = db.prepare('DELETE FROM member_scheduled_status WHERE member_id = ?').run(memberId);
  if (info.changes === 0) throw new AppError('NOT_FOUND', '该会员没有计划中的状态变更，可能已经生效或已被撤销。');
}
