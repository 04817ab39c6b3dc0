/** Small formatting rules the page, the print view, the CLI and the workbook share. */

/** 0.8 → '80%', 0.8333 → '83.3%'; null (nothing to divide by) → '—', never 'NaN%'. */
export function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return '—';
  const pct = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(pct) ? pct.toFixed(0) : pct.toFixed(1)}%`;
}

/** part / whole as a fraction, or null when the whole is 0. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.min(1, part / whole) : null;
}

export interface YearChange {
  delta: number;
  direction: 'up' | 'down' | 'same';
}

export function yearChange(current: number, previous: number): YearChange {
  const delta = current - previous;
  return { delta, direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same' };
}
