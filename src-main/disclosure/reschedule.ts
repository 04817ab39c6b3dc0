/**
 * When 设置 → 节假日与调休 changes, the 公示期 of notices still ahead of or inside their period are
 * counted again on the new calendar: a day the user has just marked as a holiday must not stay a
 * working day of a running period. Periods already over are the record of what was posted and keep
 * their dates; an end date the user set by hand is theirs and is kept too. A published notice whose
 * end moves gets a line in its history saying why, so the 台账 shows when and why its period changed.
 */
import { formatDateCn, todayIso } from '../../shared/domain/dates';
import { periodEnd } from '../../shared/disclosure/period';
import type { CalendarSettings, CalendarSettingsView, RescheduledNotice } from '../../shared/settings/calendar';
import type { Db } from '../db/types';
import { storeCalendar, updateCalendarSettings } from '../settings/calendar';
import { recordEvent } from './notices';

interface Row {
  id: number;
  title: string;
  state: string;
  publish_date: string;
  working_days: number;
  end_date: string;
}

export function reschedulePeriods(db: Db, today: string = todayIso()): RescheduledNotice[] {
  const calendar = storeCalendar(db);
  const rows = db
    .prepare<{ today: string }, Row>(
      `SELECT id, title, state, publish_date, working_days, end_date FROM disclosure_notices
       WHERE end_overridden = 0 AND (state IN ('草稿', '已审核') OR (state = '已发布' AND end_date >= @today))
       ORDER BY publish_date, id`,
    )
    .all({ today });
  const update = db.prepare('UPDATE disclosure_notices SET end_date = ? WHERE id = ?');
  const moved: RescheduledNotice[] = [];
  for (const r of rows) {
    const end = periodEnd(r.publish_date, r.working_days, calendar);
    if (end === r.end_date) continue;
    update.run(end, r.id);
    if (r.state === '已发布') {
      recordEvent(db, r.id, r.state, r.state, today, `节假日与调休设置变更，公示期截止日期由${formatDateCn(r.end_date)}改为${formatDateCn(end)}`);
    }
    moved.push({ id: r.id, title: r.title, from: r.end_date, to: end });
  }
  return moved;
}

/** 设置 → 节假日: the calendar and the 公示期 counted on it change together or not at all. */
export function updateCalendarAndReschedule(db: Db, input: CalendarSettings): CalendarSettingsView & { rescheduledNotices: RescheduledNotice[] } {
  return db.transaction(() => ({ ...updateCalendarSettings(db, input), rescheduledNotices: reschedulePeriods(db) }))();
}
