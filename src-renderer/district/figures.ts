/**
 * Reading the district summary's flat figures ('congress.replyRate' → 0.93): how a value prints,
 * which columns the school table starts with, and money per member, which the table can sort by.
 */
import type { FigureColumn, FlatFigures } from '../../shared/district/schema';
import { formatFen } from '../../shared/domain/money';
import { MAIN_FIGURES } from '../../shared/district/totals';
import { formatRate } from '../../shared/report/format';

/** A column the page adds itself: 慰问金 per 在册会员, for comparing schools of different size. */
export const PER_MEMBER_KEY = 'welfare.amountPerMemberFen';

/** What a school table shows first (the printed 汇总表's figures); the rest can be added in 选择列. */
export const DEFAULT_COLUMNS = MAIN_FIGURES;

export function perMemberFen(f: FlatFigures): number | null {
  const members = f['members.total'];
  const amount = f['welfare.amountFen'];
  if (!members || amount === null || amount === undefined) return null;
  return Math.round(amount / members);
}

/** The summary's columns plus money per member (unless the summary already has one). */
export function tableColumns(columns: FigureColumn[]): FigureColumn[] {
  if (columns.some((c) => c.key === PER_MEMBER_KEY)) return columns;
  const perMember: FigureColumn = { key: PER_MEMBER_KEY, area: '慰问', label: '人均慰问金', unit: '元/人', kind: 'money' };
  const at = columns.findIndex((c) => c.key === 'welfare.amountFen');
  return at < 0 ? [...columns, perMember] : [...columns.slice(0, at + 1), perMember, ...columns.slice(at + 1)];
}

export function valueOf(f: FlatFigures, key: string): number | null {
  if (key === PER_MEMBER_KEY && !(key in f)) return perMemberFen(f);
  const v = f[key];
  return v === undefined ? null : v;
}

export function formatFlat(column: Pick<FigureColumn, 'kind'>, value: number | null): string {
  if (value === null || value === undefined) return '—';
  if (column.kind === 'money') return formatFen(Math.round(value));
  if (column.kind === 'rate') return formatRate(value);
  return String(value);
}

/** Header of a column: the label with its unit when counts are shown without one (会员（人）). */
export function columnTitle(c: FigureColumn): string {
  return c.kind === 'count' && c.unit ? `${c.label}（${c.unit}）` : c.label;
}

/** Sort order of two values; a missing value (a rate with nothing to divide) sorts below every number. */
export function compareValues(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return a - b;
}
