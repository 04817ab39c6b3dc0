import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  BUILT_IN_CALENDAR,
  buildCalendar,
  builtInYears,
  countWorkingDays,
  missingScheduleWarning,
  yearsWithoutSchedule,
} from '../../../shared/domain/workdays';
import { calendarSettingsSchema } from '../../../shared/settings/calendar';

const cal = BUILT_IN_CALENDAR;

describe('the built-in table holds the State Council schedule for 2026', () => {
  it('National Day and Mid-Autumn 2026: 10月1日至7日 off, 9月20日 (Sunday) and 10月10日 (Saturday) worked', () => {
    for (let d = 1; d <= 7; d++) expect(cal.isWorkingDay(`2026-10-0${d}`)).toBe(false);
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.isWorkingDay('2026-09-25')).toBe(false); // 中秋节, a Friday
    expect(cal.describe('2026-10-01')).toEqual({ kind: '休息日', name: '国庆节', source: '内置' });
    expect(cal.describe('2026-10-10')).toEqual({ kind: '调休上班日', name: '国庆节', source: '内置' });
  });
  it('Spring Festival 2026: 2月15日至23日 off, 2月14日 and 2月28日 (Saturdays) worked', () => {
    expect(cal.isWorkingDay('2026-02-16')).toBe(false);
    expect(cal.isWorkingDay('2026-02-23')).toBe(false); // a Monday, still holiday
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
  });
  it('other 2026 holidays and the 元旦 workday', () => {
    expect(cal.isWorkingDay('2026-01-02')).toBe(false); // a Friday
    expect(cal.isWorkingDay('2026-01-04')).toBe(true); // a Sunday
    expect(cal.isWorkingDay('2026-04-06')).toBe(false); // 清明, a Monday
    expect(cal.isWorkingDay('2026-05-05')).toBe(false);
    expect(cal.isWorkingDay('2026-05-09')).toBe(true); // a Saturday
    expect(cal.isWorkingDay('2026-06-19')).toBe(false); // 端午, a Friday
  });
  it('ordinary weeks: weekdays on, weekends off', () => {
    expect(cal.isWorkingDay('2026-11-24')).toBe(true);
    expect(cal.isWorkingDay('2026-11-28')).toBe(false);
    expect(cal.isWorkingDay('2026-11-29')).toBe(false);
  });
  it('covers 2004 to 2026 and knows it lacks 2027', () => {
    expect(builtInYears()[0]).toBe(2004);
    expect(builtInYears()).toContain(2026);
    expect(cal.hasSchedule(2026)).toBe(true);
    expect(cal.hasSchedule(2027)).toBe(false);
  });
});

describe('working-day arithmetic', () => {
  it('counts from the next day, skipping the National Day holiday and counting the 调休 Saturday', () => {
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (worked), 10-12 Mon, 10-13 Tue.
    expect(addWorkingDays(cal, '2026-09-30', 5)).toBe('2026-10-13');
    expect(addWorkingDays(cal, '2026-09-30', 3)).toBe('2026-10-10');
    expect(countWorkingDays(cal, '2026-09-30', '2026-10-13')).toBe(5);
    expect(countWorkingDays(cal, '2026-09-30', '2026-10-07')).toBe(0);
  });
  it('a worked Sunday before the holiday counts', () => {
    // 9-19 Sat → 9-20 Sun (worked) is the first working day.
    expect(addWorkingDays(cal, '2026-09-19', 1)).toBe('2026-09-20');
  });
  it('user entries override the table and fill a year it lacks', () => {
    const mine = buildCalendar([
      { date: '2027-01-01', kind: '休息日', note: '元旦' },
      { date: '2027-02-07', kind: '调休上班日', note: '春节' },
      { date: '2026-10-10', kind: '休息日', note: '更正' },
    ]);
    expect(mine.isWorkingDay('2027-01-01')).toBe(false);
    expect(mine.isWorkingDay('2027-02-07')).toBe(true); // a Sunday
    expect(mine.isWorkingDay('2026-10-10')).toBe(false);
    expect(mine.hasSchedule(2027)).toBe(true);
    expect(mine.describe('2027-01-01')).toEqual({ kind: '休息日', name: '元旦', source: '自定义' });
    // 2026-12-31 Thu, 2027-01-01 off → 01-04 Mon, 01-05 Tue.
    expect(addWorkingDays(mine, '2026-12-30', 3)).toBe('2027-01-05');
    expect(addWorkingDays(cal, '2026-12-30', 3)).toBe('2027-01-04');
  });
  it('warns when a period reaches into a year without a schedule', () => {
    expect(yearsWithoutSchedule(cal, '2026-12-28', '2027-01-05')).toEqual([2027]);
    expect(missingScheduleWarning(cal, '2026-12-28', '2027-01-05')).toContain('2027年的节假日和调休安排尚未录入');
    expect(missingScheduleWarning(cal, '2026-09-30', '2026-10-13')).toBeNull();
  });
});

describe('the settings schema for the user’s days', () => {
  it('accepts 休息日 and 调休上班日, sorted by date', () => {
    const v = calendarSettingsSchema.parse({
      days: [
        { date: '2027-02-07', kind: '调休上班日' },
        { date: '2027-01-01', kind: '休息日', note: ' 元旦 ' },
      ],
    });
    expect(v.days.map((d) => d.date)).toEqual(['2027-01-01', '2027-02-07']);
    expect(v.days[0]!.note).toBe('元旦');
  });
  it('refuses a date entered twice, a bad date and an unknown kind, naming the row', () => {
    const twice = calendarSettingsSchema.safeParse({
      days: [
        { date: '2027-01-01', kind: '休息日' },
        { date: '2027-01-01', kind: '调休上班日' },
      ],
    });
    expect(twice.success).toBe(false);
    expect(twice.error!.issues[0]!.message).toBe('2027年1月1日录入了两次（第 1 行和第 2 行），请删去一行');
    expect(twice.error!.issues[0]!.path).toEqual(['days', 1, 'date']);
    expect(calendarSettingsSchema.safeParse({ days: [{ date: '2027-02-30', kind: '休息日' }] }).success).toBe(false);
    const kind = calendarSettingsSchema.safeParse({ days: [{ date: '2027-02-01', kind: '假日' }] });
    expect(kind.error!.issues[0]!.message).toBe('类型只能是 休息日 或 调休上班日');
  });
});
