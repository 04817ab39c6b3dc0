/**
 * The steps of a workbook export as a job shows them (导出 1 / 3 步, 正在写入表格): gathering the
 * records, laying out the sheet, writing the file. exceljs writes the file in one call, so whole
 * steps are what a bar can honestly count. Each step is also where a cancelled export stops
 * (reportProgress throws in 导出); outside a job the call costs a comparison.
 */
import { reportProgress } from '../../shared/jobs/progress';

export const EXPORT_STEPS = ['正在整理数据', '正在写入表格', '正在生成工作簿'] as const;

export function exportStep(step: 0 | 1 | 2): void {
  reportProgress('导出', step, EXPORT_STEPS.length, EXPORT_STEPS[step]);
}
