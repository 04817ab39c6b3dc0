/**
 * Cell values as rosters hold them, turned into what the store keeps: dates written every way
 * Chinese offices write them, Excel serial numbers, and the few enumerations.
 */
import { toHalfWidth, trimAll } from '../domain/text';

export type DatePrecision = 'day' | 'month' | 'year';
export interface ParsedDate {
  iso: string;
  precision: DatePrecision;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function build(y: number, m: number, d: number | null): ParsedDate | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12) return null;
  const day = d ?? 1;
  const date = new Date(Date.UTC(y, m - 1, day));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== day) return null;
  return { iso: `${y}-${pad(m)}-${pad(day)}`, precision: d === null ? 'month' : 'day' };
}

/** Excel's day count (1900 system, with its phantom 29 Feb 1900) to a calendar date. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 367 || serial > 73050) return null;
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * 1985-03-01, 1985-3-1, 1985/3/1, 1985.03, 1985.3.1, 1985年3月, 1985年3月1日, 19850301, 198503,
 * an Excel serial (31107), or an ISO timestamp from a date cell. Month-only values keep their
 * precision so they are compared with an ID's birth date by month.
 */
export function parseFlexibleDate(raw: string): ParsedDate | null {
  const text = trimAll(toHalfWidth(raw)).replace(/\s+/g, '');
  if (text === '') return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})T[\d:.]+Z?$/.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?$/.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})$/.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), null);
  if (/^\d{3,5}(\.\d+)?$/.test(text)) {
    const iso = excelSerialToIso(Math.floor(Number(text)));
    return iso ? { iso, precision: 'day' } : null;
  }
  return null;
}

const GENDER_WORDS: Record<string, '男' | '女'> = { 男: '男', 男性: '男', m: '男', male: '男', 女: '女', 女性: '女', f: '女', female: '女' };

export function parseGender(raw: string): '男' | '女' | null | undefined {
  const text = trimAll(toHalfWidth(raw)).toLowerCase();
  if (text === '') return null;
  return GENDER_WORDS[text];
}

const EMPLOYMENT_WORDS: Record<string, '在编' | '编外' | '临聘'> = {
  在编: '在编',
  编内: '在编',
  编制内: '在编',
  正式: '在编',
  事业编制: '在编',
  编外: '编外',
  合同制: '编外',
  编外聘用: '编外',
  人事代理: '编外',
  临聘: '临聘',
  临时: '临聘',
  临时聘用: '临聘',
  代课: '临聘',
};

export function parseEmploymentType(raw: string): '在编' | '编外' | '临聘' | null | undefined {
  const text = trimAll(toHalfWidth(raw)).replace(/\s+/g, '');
  if (text === '') return null;
  return EMPLOYMENT_WORDS[text];
}
