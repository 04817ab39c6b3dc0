/**
 * 困难职工档案 as a workbook (导出): the files the list shows, one row each, in the columns the
 * hardship import reads back. ID numbers and phones are not written: a file names its member by
 * name and department.
 */
import type { z } from 'zod';
import type { Download } from '../../shared/api/common';
import { formatDateCn, nowTimestamp, todayIso } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import type { hardshipListQuerySchema } from '../../shared/welfare/schema';
import type { Db } from '../db/types';
import { addTableSheet, newWorkbook, workbookToBuffer } from '../excel/workbook';
import { exportStep } from '../excel/export-steps';
import { listHardshipFiles } from './hardship';

type ListQuery = z.output<typeof hardshipListQuerySchema>;

export const HARDSHIP_HEADERS = [
  '序号',
  '姓名',
  '部门',
  '困难类别',
  '主要致困原因',
  '次要原因',
  '家庭人口',
  '人均月收入（元）',
  '健康状况',
  '住房情况',
  '建档日期',
  '核实日期',
  '核实人',
  '档案状态',
  '状态变更日期',
  '状态变更原因',
  '备注',
];

export async function exportHardship(db: Db, query: ListQuery, today: string = todayIso()): Promise<Download> {
  exportStep(0);
  const files = listHardshipFiles(db, query);
  const active = files.filter((f) => f.status === '在档').length;
  const wb = newWorkbook();
  exportStep(1);
  const sheet = addTableSheet(wb, {
    name: '困难职工档案',
    title: '困难职工档案',
    subtitle: `共 ${files.length} 份，其中在档 ${active} 份\u3000不含身份证号、联系电话\u3000导出时间：${nowTimestamp()}`,
    headers: HARDSHIP_HEADERS,
    widths: [6, 10, 12, 10, 16, 18, 8, 14, 14, 14, 16, 16, 10, 9, 16, 18, 30],
    rows: files.map((f, i) => [
      i + 1,
      f.memberName,
      f.department,
      f.level,
      f.mainCause,
      f.secondaryCauses.join('、'),
      f.householdSize,
      // As text with the figure: 1,250.00 reads back exactly, whatever the cell's number format.
      formatFen(f.perCapitaIncomeFen).replace(/^¥/, ''),
      f.health,
      f.housing,
      formatDateCn(f.filedOn),
      formatDateCn(f.verifiedOn),
      f.verifiedBy,
      f.status,
      f.statusDate ? formatDateCn(f.statusDate) : '',
      f.statusReason,
      f.notes,
    ]),
  });
  sheet.eachRow((row, r) => {
    if (r > 3) row.alignment = { vertical: 'top', wrapText: true };
  });
  exportStep(2);
  return { fileName: `困难职工档案（导出于${today}）.xlsx`, contentBase64: (await workbookToBuffer(wb)).toString('base64') };
}
