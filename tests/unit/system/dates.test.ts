import { describe, expect, it } from 'vitest';
import { ageOn, formatDateCn, formatMonthCn, formatTimestampCn, isValidIsoDate, nowTimestamp, todayIso } from '../../../shared/domain/dates';

describe('dates', () => {
  it('formats ISO dates the Chinese way without leading zeros', () => {
    expect(formatDateCn('2026-11-22')).toBe('2026年11月22日');
    expect(formatDateCn('2026-01-05')).toBe('2026年1月5日');
    expect(formatDateCn(null)).toBe('');
    expect(formatDateCn('')).toBe('');
    expect(formatMonthCn('1949-12-31')).toBe('1949年12月');
  });

  it('leaves text that is not a date as it was', () => {
    expect(formatDateCn('待定')).toBe('待定');
    expect(formatMonthCn('2026-13-01')).toBe('2026-13-01');
  });

  it('validates real calendar dates only', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2026-1-5')).toBe(false);
    expect(isValidIsoDate('2026/11/22')).toBe(false);
  });

  it('formats timestamps and today in local time', () => {
    const d = new Date(2026, 10, 24, 9, 3, 5);
    expect(todayIso(d)).toBe('2026-11-24');
    expect(nowTimestamp(d)).toBe('2026-11-24 09:03:05');
    expect(formatTimestampCn('2026-11-24 10:03:05')).toBe('2026年11月24日 10:03');
  });

  it('computes age on a day, counting the birthday itself', () => {
    expect(ageOn('1980-11-24', '2026-11-23')).toBe(45);
    expect(ageOn('1980-11-24', '2026-11-24')).toBe(46);
    expect(ageOn('bad', '2026-11-24')).toBeNull();
  });
});
