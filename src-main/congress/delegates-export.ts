/**
 * 代表名单 (xlsx): the term's delegates in office by delegation, with the make-up figures under
 * the title, A4 portrait, the header repeated on every printed page.
 */
import type { Download } from '../../shared/api/common';
import { chineseNumber } from '../../shared/congress/rules';
import { formatDateCn, todayIso } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { addTableSheet, newWorkbook, workbookToBuffer } from '../excel/workbook';
import { exportStep } from '../excel/export-steps';
import { getGeneralSettings } from '../settings/service';
import { listDelegates } from './delegates';

export const DELEGATE_HEADERS = ['序号', '姓名', '性别', '部门', '代表团', '代表类别', '是否教师', '中层以上干部', '当选日期', '备注'];

export async function exportDelegates(db: Db, term: number, today: string = todayIso()): Promise<Download> {
  exportStep(0);
  const list = listDelegates(db, term);
  const general = getGeneralSettings(db);
  const org = general.schoolName || general.unionName;
  const inOffice = list.rows.filter((d) => d.leftOn === null);
  const wb = newWorkbook();
  const name = `第${chineseNumber(term)}届教职工代表大会代表名单`;
  exportStep(1);
  addTableSheet(wb, {
    name: '代表名单',
    title: `${org}${name}`,
    subtitle:
      `正式代表 ${list.votingCount} 人，其中教师 ${list.teacherCount} 人（${list.teacherPercent}%）、女代表 ${list.womenCount} 人（${list.womenPercent}%）、` +
      `中层以上干部 ${list.cadreCount} 人（${list.cadrePercent}%）；导出日期：${formatDateCn(today)}`,
    headers: DELEGATE_HEADERS,
    rows: inOffice.map((d, i) => [
      i + 1,
      d.name,
      d.gender ?? '',
      d.department ?? '',
      d.delegation ?? '',
      d.kind,
      d.isTeacher ? '是' : '否',
      d.cadre ? '是' : '否',
      formatDateCn(d.electedOn),
      [d.replacesName ? `递补 ${d.replacesName}` : '', d.notes ?? ''].filter(Boolean).join('；'),
    ]),
    widths: [6, 10, 6, 16, 14, 10, 9, 12, 16, 20],
  });
  exportStep(2);
  return { fileName: `${name}.xlsx`, contentBase64: (await workbookToBuffer(wb)).toString('base64') };
}
