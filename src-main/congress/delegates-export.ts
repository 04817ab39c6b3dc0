/**
 * 代表名单 (xlsx): the sitting delegates of a term, in the columns the delegate import reads back.
 */
import type { Download } from '../../shared/api/common';
import { chineseNumber } from '../../shared/congress/rules';
import { formatDateCn, todayIso } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { addTableSheet, newWorkbook, workbookToBuffer } from '../excel/workbook';
import { getGeneralSettings } from '../settings/service';
import { listDelegates } from './delegates';

export async function exportDelegates(db: Db, term: number, today: string = todayIso()): Promise<Download> {
  const sitting = listDelegates(db, term).rows.filter((d) => d.leftOn === null);
  const general = getGeneralSettings(db);
  const org = general.schoolName || general.unionName;
  const wb = newWorkbook();
  addTableSheet(wb, {
    name: '代表名单',
    title: `${org}第${chineseNumber(term)}届教职工代表大会代表名单`,
    subtitle: `共 ${sitting.length} 人，导出日期：${formatDateCn(today)}`,
    headers: ['序号', '姓名', '部门', '代表团', '类别', '是否教师', '当选日期', '备注'],
    rows: sitting.map((d, i) => [i + 1, d.name, d.department, d.delegation, d.kind, d.isTeacher ? '是' : '否', d.electedOn, d.notes]),
    widths: [6, 12, 14, 14, 8, 10, 12, 24],
  });
  const buffer = await workbookToBuffer(wb);
  return { fileName: `第${chineseNumber(term)}届代表名单.xlsx`, contentBase64: buffer.toString('base64') };
}
