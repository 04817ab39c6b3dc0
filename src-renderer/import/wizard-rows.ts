/**
 * Small pure helpers of the import wizard: column letters, a cell fixed in place, a masked value.
 */
import { maskResidentId } from '../../shared/domain/resident-id';
import type { GridRow } from '../../shared/import/grid';
import type { ImportFieldInfo } from '../../shared/import/schema';
import { maskPhone } from '../components/format';

/** 0 → A, 26 → AA: the column as Excel names it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The rows with one cell replaced by what the user typed (text, whatever the cell was before). */
export function withEdit(rows: GridRow[], rowNumber: number, column: number, value: string): GridRow[] {
  return rows.map((r) => {
    if (r.row !== rowNumber) return r;
    const cells = [...r.cells];
    while (cells.length <= column) cells.push('');
    cells[column] = value;
    return { ...r, cells, numeric: r.numeric?.filter((c) => c !== column), merged: r.merged?.filter((c) => c !== column) };
  });
}

/** A 身份证号 or 电话 cell as the review shows it until 显示完整证件号与电话 is switched on. */
export function maskedValue(mask: ImportFieldInfo['mask'], value: string): string {
  if (mask === 'resident-id') {
    const compact = value.replace(/\s+/g, '');
    return compact.length >= 15 ? maskResidentId(compact) : value;
  }
  if (mask === 'phone') return maskPhone(value);
  return value;
}
