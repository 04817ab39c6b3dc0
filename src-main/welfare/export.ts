/**
 * Documents: the sign-off sheet (慰问金发放签收表) data for the print view, and the visit register
 * workbook (慰问登记表).
 */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import type { Download } from '../../shared/api/common';
import { formatDateCn, nowTimestamp } from '../../shared/domain/dates';
import { fenToCapital } from '../../shared/domain/money';
import type { SignoffSheet, exportInputSchema, rangeInputSchema } from '../../shared/welfare/schema';
import type { Db } from '../db/types';
import { departmentOrderBy } from '../settings/department-order';
import { whereClause } from '../db/sql';
import { addTableSheet, newWorkbook, workbookToBuffer } from '../excel/workbook';
import { exportStep } from '../excel/export-steps';
import { getGeneralSettings } from '../settings/service';
import { getBatch } from './batches';
import { VISIT_SELECT, rowToVisit, visitWhere } from './visits';

type RangeData = z.output<typeof rangeInputSchema>;
type ExportData = z.output<typeof exportInputSchema>;

function orgName(db: Db): string {
  const s = getGeneralSettings(db);
  return s.unionName || s.schoolName;
}

function rangeText(from: string, to: string): string {
  return from === to ? formatDateCn(from) : `${formatDateCn(from)}至${formatDateCn(to)}`;
}

export function signoffSheet(db: Db, input: RangeData): SignoffSheet {
  const w = visitWhere({
    batchId: input.batchId,
    from: input.from,
    to: input.to,
    reasons: input.reasons,
  });
  if (input.cashOnly) w.clauses.push('v.amount_fen > 0');
  const whereSql = whereClause(w.clauses);
  // Sign-off order follows the office: by department, then name, so people find their line.
  const visits = db
    .prepare<Record<string, string | number>, Parameters<typeof rowToVisit>[0]>(
      `${VISIT_SELECT} ${whereSql} ORDER BY v.visit_date, ${departmentOrderBy('v.department')}, coalesce(m.name_pinyin, v.recipient_name), v.id`,
    )
    .all(w.params)
    .map(rowToVisit);
  let scope: string;
  if (input.batchId !== undefined) {
    const b = getBatch(db, input.batchId);
    scope = `${b.title}（${formatDateCn(b.visitDate)}）`;
  } else {
    scope = rangeText(input.from!, input.to!);
    if (input.reasons?.length) scope += `\u3000${input.reasons.join('、')}`;
  }
  if (visits.length === 0) throw new AppError('NOT_FOUND', `${scope} 没有可列入签收表的慰问记录。`);
  const totalFen = visits.reduce((s, v) => s + v.amountFen, 0);
  return {
    title: '慰问金发放签收表',
    scope,
    orgName: orgName(db),
    rows: visits.map((v, i) => ({
      no: i + 1,
      name: v.displayName,
      department: v.department ?? v.recipientRelation ?? '',
      reason: v.reason,
      visitDate: v.visitDate,
      amountFen: v.amountFen,
      goods: v.goods,
      goodsValueFen: v.goodsValueFen,
    })),
    totalFen,
    totalCapital: fenToCapital(totalFen),
    goodsValueFen: visits.reduce((s, v) => s + v.goodsValueFen, 0),
  };
}

const yuan = (fen: number) => Math.round(fen) / 100;

export async function exportRegister(db: Db, input: ExportData): Promise<Download> {
  exportStep(0);
  const from = input.year !== undefined ? `${input.year}-01-01` : input.from!;
  const to = input.year !== undefined ? `${input.year}-12-31` : input.to!;
  const w = visitWhere({ from, to });
  const visits = db
    .prepare<Record<string, string | number>, Parameters<typeof rowToVisit>[0]>(
      `${VISIT_SELECT} WHERE ${w.clauses.join(' AND ')} ORDER BY v.visit_date, v.id`,
    )
    .all(w.params)
    .map(rowToVisit);
  const org = orgName(db);
  const period = input.year !== undefined ? `${input.year}年度` : rangeText(from, to);
  const wb = newWorkbook();
  const totalFen = visits.reduce((s, v) => s + v.amountFen, 0);
  const goodsFen = visits.reduce((s, v) => s + v.goodsValueFen, 0);
  const rows: Array<Array<string | number | null>> = visits.map((v, i) => [
    i + 1,
    v.displayName,
    v.department ?? v.recipientRelation ?? '',
    v.visitDate,
    v.reason,
    yuan(v.amountFen),
    v.goods,
    yuan(v.goodsValueFen),
    v.visitors,
    v.evidence.join('、'),
    v.overStandard ? `是：${v.overStandardReasons ?? ''}${v.overStandardNote ? `（说明：${v.overStandardNote}）` : ''}` : '',
    v.notes,
  ]);
  rows.push(['合计', `${visits.length} 人次`, '', '', '', yuan(totalFen), '', yuan(goodsFen), '', '', '', `大写：${fenToCapital(totalFen)}`]);
  exportStep(1);
  const sheet = addTableSheet(wb, {
    name: '慰问登记表',
    title: `${org ? `${org} ` : ''}慰问登记表（${period}）`,
    subtitle: `导出时间：${nowTimestamp()}\u3000共 ${visits.length} 人次，慰问金 ${yuan(totalFen).toFixed(2)} 元，慰问品折合 ${yuan(goodsFen).toFixed(2)} 元`,
    headers: ['序号', '慰问对象', '部门/身份', '慰问日期', '慰问事由', '慰问金（元）', '慰问品', '慰问品价值（元）', '走访人员', '已查验材料', '超标准', '备注'],
    rows,
    widths: [6, 16, 14, 12, 12, 12, 18, 14, 16, 18, 24, 24],
  });
  const headerRow = 3;
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    sheet.getRow(r).getCell(6).numFmt = '#,##0.00';
    sheet.getRow(r).getCell(8).numFmt = '#,##0.00';
  }
  sheet.getRow(sheet.rowCount).font = { bold: true };
  exportStep(2);
  const buffer = await workbookToBuffer(wb);
  const fileName = `慰问登记表-${input.year !== undefined ? input.year : `${from}至${to}`}.xlsx`;
  return { fileName, contentBase64: buffer.toString('base64') };
}
