/**
 * The 评优评先 sheet of a year, written the same way by the page's 导出 and by the 年度台账
 * workbook, with the import's own headers (姓名, 荣誉称号, 级别, 授予单位, 获得日期, 状态).
 */
import type { Download } from '../../shared/api/common';
import { nowTimestamp } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { addTableSheet, newWorkbook, workbookToBuffer, type SheetSpec } from '../excel/workbook';
import { exportStep } from '../excel/export-steps';
import { getGeneralSettings } from '../settings/service';
import { listHonours } from './honours';

export function honourSheetSpec(db: Db, year: number, school: string, stamp: string = `导出时间：${nowTimestamp()}`): SheetSpec {
  const list = listHonours(db, { year, page: 1, pageSize: 1_000_000 });
  const rows = [...list.rows].reverse().map((h, i) => [
    i + 1,
    h.members.length ? h.members.map((m) => m.name).join('、') : h.groupName,
    h.members.length ? [...new Set(h.members.map((m) => m.department ?? ''))].filter(Boolean).join('、') : '集体',
    h.title,
    h.level,
    h.awardingBody,
    h.awardedOn,
    h.state,
    h.notes,
  ]);
  const awarded = list.rows.filter((h) => h.state === '获评').length;
  return {
    name: '评优评先',
    title: `${school}${year}年评优评先记录`,
    subtitle: `共 ${list.total} 项：获评 ${awarded} 项，推荐 ${list.total - awarded} 项\u3000${stamp}`,
    headers: ['序号', '姓名', '部门', '荣誉称号', '级别', '授予单位', '获得日期', '状态', '备注'],
    rows,
    widths: [6, 20, 14, 20, 9, 24, 16, 7, 20],
    cellAlignment: { wrapText: true, vertical: 'top' },
    landscape: true,
  };
}

export async function exportHonours(db: Db, year: number): Promise<Download> {
  exportStep(0);
  const s = getGeneralSettings(db);
  const wb = newWorkbook();
  exportStep(1);
  addTableSheet(wb, honourSheetSpec(db, year, s.schoolName || s.unionName || ''));
  exportStep(2);
  const buffer = await workbookToBuffer(wb);
  return { fileName: `评优评先记录-${year}.xlsx`, contentBase64: buffer.toString('base64') };
}
