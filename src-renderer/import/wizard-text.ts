/**
 * The words the import wizard and batch list use for a record set's figures. Sets whose rows may
 * update a record already stored (the roster, 基层工会名单) say of an unchanged row that it matched
 * and changes nothing (无变化); the others, that it is already there and not imported again (已有).
 */
import { RECORD_SET_UNITS, type RecordImportBatch, type RecordSet } from '../../shared/import/schema';

const UPDATES_EXISTING: ReadonlySet<RecordSet> = new Set<RecordSet>(['members', 'schools']);

export function updatesExisting(set: RecordSet): boolean {
  return UPDATES_EXISTING.has(set);
}

/** The statistic and filter of rows that write nothing. */
export function unchangedTitle(set: RecordSet): string {
  return updatesExisting(set) ? '无变化' : '已有（跳过）';
}

/** The status tag of such a row. */
export function unchangedTag(set: RecordSet): string {
  return updatesExisting(set) ? '无变化' : '已有，跳过';
}

/** 新增 35 人，更新 2 人，无变化 3 人，跳过有错误的 1 行。 */
export function resultLine(set: RecordSet, result: RecordImportBatch): string {
  const unit = RECORD_SET_UNITS[set];
  const parts = [`新增 ${result.created} ${unit}`];
  if (updatesExisting(set)) parts.push(`更新 ${result.updated} ${unit}`, `无变化 ${result.unchanged} ${unit}`);
  else {
    if (result.updated) parts.push(`更新 ${result.updated} ${unit}`);
    if (result.unchanged) parts.push(`已有 ${result.unchanged} ${unit}未重复导入`);
  }
  if (result.skipped) parts.push(`跳过有错误的 ${result.skipped} 行`);
  return `${parts.join('，')}。`;
}
