/**
 * The 月份 cell of a dues register: one month (2026-03, 2026年3月, 2026.3, 202603, a date in the
 * month, or 3月 when the year is given elsewhere) or a run of months of one year (2026年1-3月,
 * 2026年1月至3月, 2026年第一季度, 2026Q1, 一季度).
 */
import { toHalfWidth, trimAll } from '../domain/text';

export type MonthsCheck = { ok: true; year: number; from: number; to: number } | { ok: false; message: string };

const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function result(text: string, year: number | null, from: number, to: number): MonthsCheck {
  if (year === null) return { ok: false, message: `月份“${text}”没有写年份：请写成 2026年3月，或在导入时指定年度` };
  if (year < 2000 || year > 2100) return { ok: false, message: `月份“${text}”的年份 ${year} 不对，请核对` };
  if (from < 1 || from > 12 || to < 1 || to > 12) return { ok: false, message: `月份“${text}”不是 1 到 12 月` };
  if (to < from) return { ok: false, message: `月份“${text}”的截止月份早于起始月份` };
  return { ok: true, year, from, to };
}

export function parseMonths(raw: string, defaultYear: number | null = null): MonthsCheck {
  const text = trimAll(toHalfWidth(raw)).replace(/\s+/g, '').replace(/[－—–~～]/g, '-').replace(/份/g, '');
  if (text === '') return { ok: false, message: '月份为空' };
  const yearOf = (y: string | undefined) => (y ? Number(y) : defaultYear);
  let m: RegExpExecArray | null;
  // 2026年第一季度, 2026Q1, 一季度, 第1季度
  if ((m = /^(?:(\d{4})年?)?(?:第)?([一二三四1-4])季度$/.exec(text)) || (m = /^(\d{4})?[Qq]([1-4])$/.exec(text))) {
    const q = QUARTERS[m[2]!]!;
    return result(raw, yearOf(m[1]), q * 3 - 2, q * 3);
  }
  // 2026年1-3月, 2026年1月-3月, 2026年1月至3月, 2026.1-2026.3, 2026-01至2026-03, 1-3月
  if (
    (m = /^(?:(\d{4})[年.\-/])?(\d{1,2})月?(?:-|至|到)(?:(\d{4})[年.\-/])?(\d{1,2})月?$/.exec(text))
  ) {
    if (m[3] && m[1] && m[3] !== m[1]) return { ok: false, message: `月份“${raw}”跨了年度：一条记录只能是同一年的月份，请分成两行` };
    return result(raw, yearOf(m[1] ?? m[3]), Number(m[2]), Number(m[4]));
  }
  // 2026-03-15, 2026年3月15日: the month of that day.
  if ((m = /^(\d{4})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?$/.exec(text))) return result(raw, Number(m[1]), Number(m[2]), Number(m[2]));
  // 2026-03, 2026年3月, 2026.3, 2026/3
  if ((m = /^(\d{4})[年.\-/](\d{1,2})月?$/.exec(text))) return result(raw, Number(m[1]), Number(m[2]), Number(m[2]));
  // 202603
  if ((m = /^(\d{4})(\d{2})$/.exec(text))) return result(raw, Number(m[1]), Number(m[2]), Number(m[2]));
  // 3月, 3
  if ((m = /^(\d{1,2})月?$/.exec(text))) return result(raw, defaultYear, Number(m[1]), Number(m[1]));
  return { ok: false, message: `无法识别的月份“${raw}”（应写成 2026年3月、2026-03、2026年1-3月 或 2026年第一季度）` };
}
