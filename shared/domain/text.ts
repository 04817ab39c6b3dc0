/**
 * Text clean-up shared by forms, imports and services. Rosters typed in WPS/Excel on Chinese
 * systems carry full-width digits and letters, ideographic spaces and stray blanks.
 */

/** Full-width ASCII (U+FF01–U+FF5E) to half-width, ideographic space to a plain space. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

export function toHalfWidth(value: string): string {
  // Most cells have nothing to convert: skip building the string again.
  if (!FULL_WIDTH.test(value)) return value;
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Trims ordinary, full-width and non-breaking spaces at both ends. */
export function trimAll(value: string): string {
  return value.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, '');
}

/** Removes every kind of space, including inside the text (for names, IDs and phones). */
export function removeSpaces(value: string): string {
  return value.replace(/[\s\u3000\u00a0\ufeff]+/g, '');
}

/** Chinese names lose inner spaces ("张  三" → "张三"); Latin names keep single spaces. */
export function normalizeName(value: string): string {
  const trimmed = trimAll(toHalfWidth(value));
  if (/[\u4e00-\u9fff]/.test(trimmed)) return removeSpaces(trimmed).replace(/[·•]/g, '·');
  return trimmed.replace(/\s+/g, ' ');
}

/** Phone numbers: half-width digits, no spaces, one kind of dash (0512-65432100 keeps its dash). */
export function normalizePhone(value: string): string {
  return removeSpaces(toHalfWidth(value)).replace(/[－—–]/g, '-');
}
