import { describe, expect, it } from 'vitest';
import { formalTitle } from '../../../shared/disclosure/schema';
import { calendarDaysLeft, isWeekend, periodEnd, workingDaysBetween, workingDaysLeft } from '../../../shared/disclosure/period';

describe('公示期 in working days, counted from the day after posting', () => {
  it('posts on a Tuesday: five working days skip the weekend and end next Tuesday', () => {
    expect(periodEnd('2026-11-24', 5)).toBe('2026-12-01');
  });
  it('posts on a Friday: counting starts on Monday', () => {
    expect(periodEnd('2026-11-20', 5)).toBe('2026-11-27');
    expect(periodEnd('2026-11-20', 1)).toBe('2026-11-23');
  });
  it('posts on a Saturday: the first working day after it is Monday', () => {
    expect(isWeekend('2026-11-28')).toBe(true);
    expect(periodEnd('2026-11-28', 1)).toBe('2026-11-30');
  });
  it('crosses a month end and a year end', () => {
    expect(periodEnd('2026-01-30', 3)).toBe('2026-02-04');
    // Saturday 2026-02-28 is a 调休 workday after the Spring Festival: it counts.
    expect(periodEnd('2026-02-26', 2)).toBe('2026-02-28');
    expect(periodEnd('2026-03-26', 2)).toBe('2026-03-30');
    // 2027 is not in the table yet: only weekends are skipped (the form warns about it).
    expect(periodEnd('2026-12-29', 5)).toBe('2027-01-05');
    expect(periodEnd('2028-02-25', 2)).toBe('2028-02-29');
  });
  it('never counts the posting day itself', () => {
    expect(workingDaysBetween('2026-11-24', periodEnd('2026-11-24', 7))).toBe(7);
    expect(workingDaysBetween('2026-11-24', '2026-11-24')).toBe(0);
  });
  it('says how many days are left', () => {
    // Posted today, a 5-day period has 5 days ahead: the period starts tomorrow.
    expect(workingDaysLeft('2026-11-24', '2026-12-01', '2026-11-24')).toBe(5);
    expect(workingDaysLeft('2026-11-25', '2026-12-01', '2026-11-24')).toBe(4);
    expect(workingDaysLeft('2026-11-28', '2026-12-01', '2026-11-24')).toBe(2);
    // The last day shows 0 (今日截止); a posting still ahead shows its whole period.
    expect(workingDaysLeft('2026-12-01', '2026-12-01', '2026-11-24')).toBe(0);
    expect(workingDaysLeft('2026-11-20', '2026-12-01', '2026-11-24')).toBe(5);
    expect(workingDaysLeft('2026-12-02', '2026-12-01')).toBe(0);
    expect(calendarDaysLeft('2026-12-01', '2026-12-01')).toBe(1);
    expect(calendarDaysLeft('2026-11-24', '2026-12-01')).toBe(8);
  });
  it('posted on 2026-09-30 with 5 working days, the period ends after the National Day holiday', () => {
    expect(periodEnd('2026-09-30', 5)).toBe('2026-10-13');
    expect(workingDaysLeft('2026-09-30', '2026-10-13', '2026-09-30')).toBe(5);
    expect(workingDaysLeft('2026-10-05', '2026-10-13', '2026-09-30')).toBe(5);
    expect(workingDaysLeft('2026-10-10', '2026-10-13', '2026-09-30')).toBe(2);
  });
  it('refuses nonsense', () => {
    expect(() => periodEnd('2026-02-30', 5)).toThrow();
    expect(() => periodEnd('2026-11-24', 0)).toThrow();
  });
});

describe('formal title of a printed notice', () => {
  it('wraps a plain subject as 关于…的公示 and keeps a title already in form', () => {
    expect(formalTitle('2026年度优秀教师评选结果')).toBe('关于2026年度优秀教师评选结果的公示');
    expect(formalTitle('关于教研组长聘任的公示')).toBe('关于教研组长聘任的公示');
    expect(formalTitle('2026年秋季收费公告')).toBe('2026年秋季收费公告');
  });
});
