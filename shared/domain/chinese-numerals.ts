/**
 * Chinese numerals as people write them in names: 第一代表团, 第十二组, 第二十代表团, 第3代表团.
 * Used to sort delegations (代表团) by their number rather than by their characters.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 一百零五 → 105, 二〇二六 → 2026 (digit by digit). Null if not a numeral. */
export function parseChineseNumber(text: string): number | null {
  if (!text || ![...text].every((c) => c in DIGITS || c in UNITS)) return null;
  if (![...text].some((c) => c in UNITS)) {
    // Written digit by digit (二〇二六).
    return [...text].reduce((n, c) => n * 10 + DIGITS[c]!, 0);
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
    } else {
      // A unit with no digit before it is one of it: 十二 = 12.
      total += (digit ?? 1) * UNITS[c]!;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

const NUMBER_IN_NAME = /([0-9０-９]+|[零〇一二两三四五六七八九十百千]+)/;

/** The first number in a name (第十二代表团 → 12, 第3组 → 3), or null when it has none. */
export function numberInName(name: string): number | null {
  const m = NUMBER_IN_NAME.exec(name);
  if (!m) return null;
  const raw = m[1]!;
  if (/^[0-9０-９]+$/.test(raw)) return Number(raw.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  return parseChineseNumber(raw);
}

/** Orders names by their number (第二 before 第十), then by text; empty last; unnumbered after numbered. */
export function compareNumberedNames(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  const na = numberInName(a);
  const nb = numberInName(b);
  if (na !== null && nb !== null && na !== nb) return na - nb;
  if (na !== null && nb === null) return -1;
  if (na === null && nb !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
