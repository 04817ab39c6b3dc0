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

// ---- values of the record sets (visits, motions, delegates…) ----

export type ValueCheck<T> = { ok: true; value: T } | { ok: false; message: string };

/** The largest amount a register row may hold (1 亿元), as in the welfare money schema. */
const MAX_FEN = 100_000_000_00;

/**
 * Money as registers write it: 1200, 1,200.00, ¥1200, ￥1,200, 1200元, 1200.5元, 0.12万 (万元).
 * Blank is 0. Letters, negative amounts and more than two decimals of a yuan are refused.
 */
export function parseMoneyFen(raw: string): ValueCheck<number> {
  // The common case first: a plain whole number of yuan.
  if (/^\d{1,7}$/.test(raw)) return { ok: true, value: Number(raw) * 100 };
  const text = trimAll(toHalfWidth(raw)).replace(/\s+/g, '');
  if (text === '') return { ok: true, value: 0 };
  let body = text.replace(/^[¥￥]|^RMB|^人民币/i, '').replace(/,/g, '');
  let scale = 1;
  if (/万元?$/.test(body)) {
    scale = 10_000;
    body = body.replace(/万元?$/, '');
  } else body = body.replace(/元$/, '');
  if (/^-/.test(body)) return { ok: false, message: `金额“${text}”是负数，金额不能为负` };
  if (!/^\d+(\.\d+)?$/.test(body)) return { ok: false, message: `金额“${text}”不是数字（应写成 1200、1,200.00、¥1200、1200元 或 0.12万）` };
  const [whole = '0', frac = ''] = body.split('.');
  // Work in fen as integers: 0.12万 → 1200.00 元 without floating-point drift.
  const digits = BigInt(whole + frac) * BigInt(scale * 100);
  const divisor = 10n ** BigInt(frac.length);
  if (digits % divisor !== 0n) return { ok: false, message: `金额“${text}”精确到分以下（最多两位小数）` };
  const fen = digits / divisor;
  if (fen > BigInt(MAX_FEN)) return { ok: false, message: `金额“${text}”过大，请核对` };
  return { ok: true, value: Number(fen) };
}

/**
 * A calendar day: every form parseFlexibleDate reads, plus 3/1/2026 (month/day/year, as an
 * English-locale Excel writes it) and 2026年3月1号. A month alone is not a day and is refused.
 */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDay(raw: string): ValueCheck<string> {
  // A date cell arrives as 2026-03-01: only the calendar is left to check.
  if (ISO_DAY.test(raw)) {
    const parsed = parseFlexibleDate(raw);
    if (parsed) return { ok: true, value: parsed.iso };
  }
  const text = trimAll(toHalfWidth(raw)).replace(/\s+/g, '').replace(/号$/, '日');
  if (text === '') return { ok: false, message: '日期为空' };
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const parsed = us ? parseFlexibleDate(`${us[3]}-${us[1]}-${us[2]}`) : parseFlexibleDate(text);
  if (!parsed) return { ok: false, message: `无法识别的日期“${text}”（应写成 2026-03-01、2026.3.1 或 2026年3月1日）` };
  if (parsed.precision !== 'day') return { ok: false, message: `日期“${text}”只写到月份，请写明哪一天` };
  return { ok: true, value: parsed.iso };
}

const YES = new Set(['是', '√', '✓', 'y', 'yes', 'true', '1', '教师', '专任教师', '对']);
const NO = new Set(['否', '×', 'x', 'n', 'no', 'false', '0', '非教师', '不是', '']);

/** 是/否 columns (是否教师): blank is 否. */
export function parseYesNo(raw: string): ValueCheck<boolean> {
  const text = trimAll(toHalfWidth(raw)).replace(/\s+/g, '').toLowerCase();
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, message: `“${raw.trim()}”无法识别（应填 是 或 否）` };
}

/** A list in one cell: 张三、李四,王五；赵六 / 张三 李四. */
export function splitList(raw: string): string[] {
  return trimAll(toHalfWidth(raw))
    .split(/[、,;；\s/]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
