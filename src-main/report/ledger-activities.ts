/** The 活动记录 and 评优评先 sheets of the 年度台账 workbook: the same sheets as each page's 导出. */
import type ExcelJS from 'exceljs';
import { activitySheetSpec } from '../activities/sheet';
import type { Db } from '../db/types';
import { addTableSheet } from '../excel/workbook';
import { honourSheetSpec } from '../honours/sheet';

export function addActivitySheets(wb: ExcelJS.Workbook, db: Db, year: number, school: string, stamp: string): void {
  const activities = addTableSheet(wb, activitySheetSpec(db, year, school, stamp));
  activities.getRow(activities.rowCount).font = { bold: true };
  addTableSheet(wb, honourSheetSpec(db, year, school, stamp));
}
