/**
 * China's working-day calendar: weekends are off, statutory holidays (法定节假日) are off, and 调休
 * workdays (a Saturday or Sunday worked in exchange for a longer holiday) are on.
 *
 * The table comes from the chinese-days package (the State Council's schedules since 2004, kept up
 * to date by its maintainers); only its JSON data file is imported, so both the renderer and the
 * main process count with exactly the same table, offline. The user's own entries in 设置 (a year
 * the table lacks, or a correction) override it day by day.
 *
 * Pure: no store, no clock. Callers build a calendar once with the user's entries and pass it on.
 */
import table from 'chinese-days/dist/chinese-days.json';

/** What a user entry says a day is: 休息日 (off, e.g. a holiday) or 调休上班日 (worked). */
export const CALENDAR_DAY_KINDS = ['休息日', '调休上班日'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export interface CalendarEntry {
  date: string;
  kind: CalendarDayKind;
  note?: string;
}

export interface WorkCalendar {
  isWorkingDay(date: string): boolean;
  /** Whether the year's holiday schedule is known (in the table, or entered by the user). */
  hasSchedule(year: number): boolean;
  /** What the table or the user says about a day (null: an ordinary weekday or weekend day). */
  describe(date: string): { kind: CalendarDayKind; name: string; source: '内置' | '自定义' } | null;
}

interface Table {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}
const TABLE = table as Table;

/** "National Day,国庆节,3" → 国庆节 */
function holidayName(raw: string): string {
  return raw.split(',')[1] ?? raw;
}

const TABLE_YEARS: ReadonlySet<number> = new Set(
  [...Object.keys(TABLE.holidays), ...Object.keys(TABLE.workdays)].map((d) => Number(d.slice(0, 4))),
);

/** The years the built-in table covers, ascending (2004…2026 in chinese-days 1.5.7). */
export function builtInYears(): number[] {
  return [...TABLE_YEARS].sort((a, b) => a - b);
}

/** Day of week of a YYYY-MM-DD date, 0 = Sunday, computed without time zones. */
export function dayOfWeek(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/** The next calendar day (UTC arithmetic: no daylight-saving surprises). */
export function nextDay(date: string, step = 1): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + step)).toISOString().slice(0, 10);
}

export function buildCalendar(entries: readonly CalendarEntry[] = []): WorkCalendar {
  const own = new Map(entries.map((e) => [e.date, e]));
  const ownYears = new Set(entries.map((e) => Number(e.date.slice(0, 4))));
  return {
    isWorkingDay(date) {
      const mine = own.get(date);
      if (mine) return mine.kind === '调休上班日';
      if (TABLE.workdays[date] !== undefined) return true;
      if (TABLE.holidays[date] !== undefined) return false;
      return !isWeekend(date);
    },
    hasSchedule(year) {
      return TABLE_YEARS.has(year) || ownYears.has(year);
    },
    describe(date) {
      const mine = own.get(date);
      if (mine) return { kind: mine.kind, name: mine.note ?? '', source: '自定义' };
      const work = TABLE.workdays[date];
      if (work !== undefined) return { kind: '调休上班日', name: holidayName(work), source: '内置' };
      const off = TABLE.holidays[date];
      if (off !== undefined) return { kind: '休息日', name: holidayName(off), source: '内置' };
      return null;
    },
  };
}

/** The built-in table alone, for callers that have no store (and for tests). */
export const BUILT_IN_CALENDAR: WorkCalendar = buildCalendar();

/** The date `n` working days after `from` (the day after `from` is the first one counted). */
export function addWorkingDays(calendar: WorkCalendar, from: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a positive integer');
  let d = from;
  let counted = 0;
  while (counted < n) {
    d = nextDay(d);
    if (calendar.isWorkingDay(d)) counted++;
  }
  return d;
}

/** Working days in (from, to]: the days after `from` up to and including `to`. 0 when to ≤ from. */
export function countWorkingDays(calendar: WorkCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = nextDay(from); d <= to; d = nextDay(d)) if (calendar.isWorkingDay(d)) n++;
  return n;
}

/** The years from `from` to `to` (inclusive) whose holiday schedule is not known. */
export function yearsWithoutSchedule(calendar: WorkCalendar, from: string, to: string): number[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!calendar.hasSchedule(y)) years.push(y);
  return years;
}

/** The warning a period that reaches into an unknown year carries, or null. */
export function missingScheduleWarning(calendar: WorkCalendar, from: string, to: string): string | null {
  const years = yearsWithoutSchedule(calendar, from, to);
  if (years.length === 0) return null;
  return `${years.map((y) => `${y}年`).join('、')}的节假日和调休安排尚未录入，期间只跳过了周末，可能与实际不符。请在“设置 → 节假日与调休”中补录国务院公布的安排。`;
}
