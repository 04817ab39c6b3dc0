/**
 * The 活动记录 sheet of a year, written the same way by the page's 导出 and by the 年度台账
 * workbook. Its headers are the import's own (活动名称, 活动日期 …), so an exported year imports back.
 */
import type { Attachment } from '../../shared/activities/schema';
import type { Download } from '../../shared/api/common';
import { nowTimestamp } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { addTableSheet, newWorkbook, workbookToBuffer, type SheetSpec } from '../excel/workbook';
import { exportStep } from '../excel/export-steps';
import { getGeneralSettings } from '../settings/service';
import { listActivities } from './activities';

const MONEY = '"¥"#,##0.00';

/** How many photos/scans an activity keeps, and their 说明 (the files themselves are in backups, not here). */
function photoCell(files: readonly Attachment[]): string {
  if (!files.length) return '';
  const captions = files.map((f) => f.caption).filter((c): c is string => Boolean(c));
  return captions.length ? `${files.length} 个：${captions.join('；')}` : `${files.length} 个`;
}

export function activitySheetSpec(db: Db, year: number, school: string, stamp: string = `导出时间：${nowTimestamp()}`): SheetSpec {
  const list = listActivities(db, { year, page: 1, pageSize: 1_000_000 });
  const rows = [...list.rows].reverse().map((a, i) => [
    i + 1,
    a.name,
    a.type,
    a.startDate,
    a.endDate,
    a.place,
    a.organiser,
    a.participants,
    a.members.map((m) => m.name).join('、'),
    a.spendingFen / 100,
    a.record,
    photoCell(a.attachments),
    a.notes,
  ]);
  rows.push(['合计', `${list.total} 次`, '', null, null, '', '', list.participants, '', list.spendingFen / 100, '', '', '']);
  return {
    name: '活动记录',
    title: `${school}${year}年工会活动记录`,
    subtitle: `全年活动 ${list.total} 次，参加 ${list.participants} 人次，活动经费 ${(list.spendingFen / 100).toFixed(2)} 元\u3000${stamp}`,
    headers: ['序号', '活动名称', '活动类型', '活动日期', '结束日期', '地点', '主办方', '参加人数', '参加会员', '活动经费（元）', '内容与成效', '照片/附件', '备注'],
    rows,
    widths: [6, 22, 14, 16, 16, 14, 10, 9, 24, 13, 36, 16, 16],
    numFmts: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, MONEY],
    cellAlignment: { wrapText: true, vertical: 'top' },
    landscape: true,
  };
}

export async function exportActivities(db: Db, year: number): Promise<Download> {
  exportStep(0);
  const s = getGeneralSettings(db);
  const wb = newWorkbook();
  exportStep(1);
  const sheet = addTableSheet(wb, activitySheetSpec(db, year, s.schoolName || s.unionName || ''));
  sheet.getRow(sheet.rowCount).font = { bold: true };
  exportStep(2);
  const buffer = await workbookToBuffer(wb);
  return { fileName: `工会活动记录-${year}.xlsx`, contentBase64: buffer.toString('base64') };
}
