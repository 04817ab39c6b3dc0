/**
 * Money is kept as integer fen (分). These helpers turn fen into the two ways the office writes it:
 * ¥1,200.00 and, on finance documents, 壹仟贰佰元整.
 */

export function formatFen(fen: number): string {
  if (!Number.isInteger(fen)) throw new RangeError('金额必须以整数“分”保存');
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  // Thousands separators by hand: toLocaleString was a visible cost in a 50,000-row import check.
  return `${sign}¥${String(yuan).replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}

/** The largest amount an input may carry: 1 亿元, far above any payment, low enough to catch a slipped key. */
export const MAX_FEN = 100_000_000_00;

export type YuanCheck = { ok: true; fen: number } | { ok: false; message: string };

/**
 * The one reader of typed or imported yuan text: 500, 500.5, ¥1,200.00, ' 0.05 元' → fen. Blank is 0;
 * negatives, more than two decimals, and anything that is not a plain number get a Chinese message.
 */
export function parseYuanText(raw: string | null | undefined): YuanCheck {
  const text = (raw ?? '').trim();
  if (text === '') return { ok: true, fen: 0 };
  const cleaned = text.replace(/[¥￥,，\s元]/g, '');
  if (/^[-－]/.test(cleaned)) return { ok: false, message: '金额不能为负数' };
  if (/^\d+\.\d{3,}$/.test(cleaned)) return { ok: false, message: '金额最多保留两位小数（精确到分）' };
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return { ok: false, message: '请输入数字金额（单位：元），例如 500 或 500.50' };
  const [whole = '0', frac = ''] = cleaned.split('.');
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen) || fen > MAX_FEN) return { ok: false, message: '金额过大，请核对' };
  return { ok: true, fen };
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** One group of up to four digits, e.g. 1001 → 壹仟零壹; zeros inside collapse to one 零. */
function groupToCapital(group: number): string {
  let out = '';
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const digit = Math.floor(group / 10 ** pos) % 10;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[digit]! + SMALL_UNITS[pos]!;
  }
  return out;
}

function yuanToCapital(yuan: number): string {
  if (yuan === 0) return '';
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  let out = '';
  let needZero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) {
      if (out !== '') needZero = true;
      continue;
    }
    // A group below 1000 after a higher group needs a 零 in front (1,0001 → 壹万零壹).
    if (out !== '' && (needZero || group < 1000)) out += '零';
    needZero = false;
    out += groupToCapital(group) + BIG_UNITS[i]!;
  }
  return out;
}

/** Capital figures for finance documents (大写金额): 120000 fen → 壹仟贰佰元整, 5 fen → 伍分. */
export function fenToCapital(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError('金额必须以整数“分”保存');
  if (fen === 0) return '零元整';
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const jiao = Math.floor(abs / 10) % 10;
  const fenDigit = abs % 10;
  let out = yuanToCapital(yuan);
  if (yuan > 0) out += '元';
  if (jiao === 0 && fenDigit === 0) out += '整';
  else {
    if (jiao > 0) out += DIGITS[jiao]! + '角';
    else if (yuan > 0) out += '零';
    if (fenDigit > 0) out += DIGITS[fenDigit]! + '分';
    else out += '整';
  }
  return (negative ? '负' : '') + out;
}
