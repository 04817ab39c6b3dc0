/**
 * Dates are stored as ISO calendar dates (YYYY-MM-DD) and shown the Chinese way: 2026年11月22日.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(customParseFormat);

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && dayjs(value, 'YYYY-MM-DD', true).isValid();
}

/** 2026-11-22 → 2026年11月22日; an empty value stays empty. */
export function formatDateCn(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value, 'YYYY-MM-DD', true);
  if (!d.isValid()) return value;
  return `${d.year()}年${d.month() + 1}月${d.date()}日`;
}

/** 2026-11 → 2026年11月 (for 出生年月 style columns). */
export function formatMonthCn(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value, 'YYYY-MM-DD', true);
  return d.isValid() ? `${d.year()}年${d.month() + 1}月` : value;
}

/** Today's date in local time as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return dayjs(now).format('YYYY-MM-DD');
}

/** ISO timestamp with seconds for created/updated columns. */
export function nowTimestamp(now: Date = new Date()): string {
  return dayjs(now).format('YYYY-MM-DD HH:mm:ss');
}

/** 2026-11-24 10:03:05 → 2026年11月24日 10:03 */
export function formatTimestampCn(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  if (!d.isValid()) return value;
  return `${formatDateCn(d.format('YYYY-MM-DD'))} ${d.format('HH:mm')}`;
}

/** Whole years between a birth date and a day (age on that day). */
export function ageOn(birthDate: string, day: string): number | null {
  const b = dayjs(birthDate, 'YYYY-MM-DD', true);
  const d = dayjs(day, 'YYYY-MM-DD', true);
  if (!b.isValid() || !d.isValid()) return null;
  return d.diff(b, 'year');
}
