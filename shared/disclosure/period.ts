/**
 * 公示期 arithmetic on YYYY-MM-DD strings. Pure, so the notice form shows the end date live and the
 * service computes exactly the same one. Counting starts the day after posting (DESIGN.md) and
 * follows China's working-day calendar (shared/domain/workdays.ts): weekends and statutory holidays
 * are skipped, 调休 workdays count. Callers pass the calendar built with the user's own entries;
 * without one the built-in table is used.
 */
import { isValidIsoDate } from '../domain/dates';
import {
  addWorkingDays,
  BUILT_IN_CALENDAR,
  countWorkingDays,
  isWeekend as weekend,
  type WorkCalendar,
} from '../domain/workdays';

function check(date: string): string {
  if (!isValidIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  return date;
}

export function isWeekend(date: string): boolean {
  return weekend(check(date));
}

/** The last day of a period of `workingDays` working days, counted from the day after `publishDate`. */
export function periodEnd(publishDate: string, workingDays: number, calendar: WorkCalendar = BUILT_IN_CALENDAR): string {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError('workingDays must be a positive integer');
  return addWorkingDays(calendar, check(publishDate), workingDays);
}

/** Working days in (from, to]: the days after `from` up to and including `to`. */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar = BUILT_IN_CALENDAR): number {
  return countWorkingDays(calendar, check(from), check(to));
}

/** Calendar days from `today` to `end`, both counted: 1 on the last day, 0 once it has passed. */
export function calendarDaysLeft(today: string, end: string): number {
  const ms = Date.parse(`${check(end)}T00:00:00Z`) - Date.parse(`${check(today)}T00:00:00Z`);
  const diff = Math.round(ms / 86_400_000);
  return diff < 0 ? 0 : diff + 1;
}

/**
 * The countdown 还剩 N 个工作日: the working days of the period still ahead after today. The
 * period starts the day after posting, so on the day of posting a 5-day period shows 5, the next
 * working day 4, and on its last day 0 (shown as 今日截止). Before the posting day it shows the whole
 * period.
 */
export function workingDaysLeft(
  today: string,
  end: string,
  publishDate: string | null = null,
  calendar: WorkCalendar = BUILT_IN_CALENDAR,
): number {
  if (end < today) return 0;
  const from = publishDate !== null && publishDate > today ? publishDate : today;
  return workingDaysBetween(from, end, calendar);
}
