import dayjs, { type Dayjs } from 'dayjs';

/** DatePicker value → YYYY-MM-DD (null when empty). */
export function isoOf(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

export function dayOf(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value) : null;
}

export function todayDay(): Dayjs {
  return dayjs().startOf('day');
}
