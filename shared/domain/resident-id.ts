/**
 * Resident identity numbers (GB 11643-1999): 17 digits plus an ISO 7064 MOD 11-2 check character.
 * Digits 7–14 are the birth date; the 17th is odd for men and even for women.
 */
import { removeSpaces, toHalfWidth } from './text';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'empty' | 'scientific' | 'length' | 'characters' | 'birthDate' | 'checksum';

export type ResidentIdResult =
  | { ok: true; value: string; birthDate: string; gender: '男' | '女' }
  | { ok: false; value: string; problem: ResidentIdProblem; message: string };

/** Half-width, no spaces, upper-case X: the form an ID is stored in. */
export function normalizeResidentId(raw: string): string {
  return removeSpaces(toHalfWidth(raw)).toUpperCase();
}

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** True for what Excel shows when an 18-digit ID was typed into a number cell: 3.20482E+17. */
export function looksLikeScientificNotation(value: string): boolean {
  return /^\d(\.\d+)?E\+?\d+$/i.test(value);
}

const MESSAGES: Record<ResidentIdProblem, string> = {
  empty: '身份证号为空',
  scientific:
    '身份证号被 Excel 存成了数字（科学计数法），后几位已经丢失，无法还原。请把该列设置为“文本”格式后重新填写身份证号',
  length: '身份证号应为 18 位',
  characters: '身份证号只能由数字组成，最后一位可以是 X',
  birthDate: '身份证号中的出生日期不是有效日期',
  checksum: '身份证号校验位不正确，请核对是否有输错的数字',
};

export function residentIdMessage(problem: ResidentIdProblem): string {
  return MESSAGES[problem];
}

export function checkResidentId(raw: string): ResidentIdResult {
  const value = normalizeResidentId(raw);
  const fail = (problem: ResidentIdProblem): ResidentIdResult => ({ ok: false, value, problem, message: MESSAGES[problem] });
  if (value === '') return fail('empty');
  if (looksLikeScientificNotation(value)) return fail('scientific');
  // An ID that went through a number cell can also come back as 15-17 plain digits ending in zeros.
  if (value.length !== 18) return fail('length');
  if (!/^\d{17}[\dX]$/.test(value)) return fail('characters');
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail('birthDate');
  }
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return fail('checksum');
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const gender = Number(value[16]) % 2 === 1 ? '男' : '女';
  return { ok: true, value, birthDate, gender };
}

/** 320102********1234: enough to tell people apart in a list without showing the whole number. */
export function maskResidentId(value: string | null | undefined): string {
  if (!value) return '';
  if (value.length < 8) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}
