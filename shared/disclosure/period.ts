/**
 * 公示期 arithmetic on YYYY-MM-DD strings. Pure, so the notice form shows the end date live and the
 * service computes exactly the same one. Counting starts the day after posting (DESIGN.md) and
 * skips Saturdays and Sundays; statutory holidays are not modelled.
 */
import dayjs from 'dayjs';
import { isValidIsoDate } from '../domain/dates';

function parse(date: string): dayjs.Dayjs {
  if (!isValidIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  // Noon keeps daylight-saving shifts (where the machine has them) from moving the calendar day.
  return dayjs(`${date}T12:00:00`);
}

export function isWeekend(date: string): boolean {
  const d = parse(date).day();
  return d === 0 || d === 6;
}

/** The last day of a period of `workingDays` working days, counted from the day after `publishDate`. */
export function periodEnd(publishDate: string, workingDays: number): string {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError('workingDays must be a positive integer');
  let d = parse(publishDate);
  let counted = 0;
  while (counted < workingDays) {
    d = d.add(1, 'day');
    const dow = d.day();
    if (dow !== 0 && dow !== 6) counted++;
  }
  return d.format('YYYY-MM-DD');
}

/** Working days in (from, to]: the days after `from` up to and including `to`, weekends skipped. */
export function workingDaysBetween(from: string, to: string): number {
  let d = parse(from);
  const end = parse(to);
  let n = 0;
  while (d.isBefore(end, 'day')) {
    d = d.add(1, 'day');
    const dow = d.day();
    if (dow !== 0 && dow !== 6) n++;
  }
  return n;
}

/** Calendar days from `today` to `end`, both counted: 1 on the last day, 0 once it has passed. */
export function calendarDaysLeft(today: string, end: string): number {
  const diff = parse(end).diff(parse(today), 'day');
  return diff < 0 ? 0 : diff + 1;
}

/** Working days still open on and after `today` (today included when it is a working day). */
export function workingDaysLeft(today: string, end: string): number {
  if (end < today) return 0;
  const dayBefore = parse(today).subtract(1, 'day').format('YYYY-MM-DD');
  return workingDaysBetween(dayBefore, end);
}
