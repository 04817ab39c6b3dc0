/**
 * How the screens show masked personal numbers. Dates and money are formatted by
 * shared/domain/dates.ts and shared/domain/money.ts, imported from there.
 */
import { maskResidentId } from '../../shared/domain/resident-id';


/** 138****5678 */
export function maskPhone(value: string | null | undefined): string {
  if (!value) return '';
  if (value.length < 7) return value.replace(/\d(?=\d{2})/g, '*');
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

export function showIdNumber(value: string | null | undefined, reveal: boolean): string {
  return reveal ? (value ?? '') : maskResidentId(value);
}

export function showPhone(value: string | null | undefined, reveal: boolean): string {
  return reveal ? (value ?? '') : maskPhone(value);
}
