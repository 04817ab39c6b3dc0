/**
 * 会费收缴台账 workbook: the year's sheet (one row per member, one column per month: √ paid, 欠
 * owed, — not a member that month, blank not yet due), a 合计 row, and the 收缴记录 sheet listing every
 * record. The same two sheets go into the 年度台账 workbook (report/ledger.ts) through duesSheets.
 * A4 landscape, header repeated on each printed page (src-main/excel/workbook.ts).
 */
import type ExcelJS from 'exceljs';
import type { Download } from '../../shared/api/common';
import { nowTimestamp, todayIso } from '../../shared/domain/dates';
import type { DuesLedger, MonthState } from '../../shared/dues/schema';
import type { Db } from '../db/types';
import { addTableSheet, newWorkbook, workbookToBuffer } from '../excel/workbook';
import { exportStep } from '../excel/export-steps';
import { DATE_FMT, excelDate, fitRowHeights, MONEY_FMT, yuan } from '../report/ledger-format';
import { getGeneralSettings } from '../settings/service';
import { duesLedger } from './ledger';
import { listPayments, monthsText } from './payments';

export const MONTH_MARKS: Record<MonthState, string> = { 已缴: '√', 未缴: '欠', 未到期: '', 非会员: '—' };
export const MONTH_LEGEND = '√ 已缴\u3000欠 未缴\u3000— 当月不在册（未入会或已离开）\u3000空白 未到期';

export function duesSheets(wb: ExcelJS.Workbook, db: Db, ledger: DuesLedger, school: string, stamp: string): void {
  const year = ledger.year;
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  const headers = ['序号', '姓名', '部门', '月工资基数', '月应缴', ...months, '应缴至今', '实缴', '欠缴', '备注'];
  const widths = [6, 10, 12, 12, 10, ...months.map(() => 5), 12, 12, 12, 24];
  const money = (fen: number | null) => (fen === null ? '' : yuan(fen));
  const rows: Array<Array<string | number | Date | null>> = ledger.rows.map((r, i) => [
    i + 1,
    r.name,
    r.department ?? '',
    money(r.baseFen),
    money(r.monthlyFen),
    ...r.months.map((s) => MONTH_MARKS[s]),
    yuan(r.dueFen),
    yuan(r.paidFen),
    yuan(r.arrearsFen),
    r.note,
  ]);
  const t = ledger.totals;
  rows.push(['', '合计', `${t.members} 人`, '', '', ...ledger.byMonth.map((m) => (m.due ? `${m.paid}/${m.due}` : '')), yuan(t.dueFen), yuan(t.amountFen), yuan(t.arrearsFen), `欠缴 ${t.arrearsMembers} 人`]);
  const moneyCols = new Set([3, 4, 17, 18, 19]);
  const ws = addTableSheet(wb, {
    name: '会费收缴台账',
    title: `${school}${year}年会费收缴台账`,
    subtitle: `${ledger.rule}；统计至${ledger.throughMonth === 0 ? '（未到该年度）' : `${ledger.throughMonth}月`}\u3000${MONTH_LEGEND}\u3000${stamp}`,
    headers,
    rows,
    widths,
    numFmts: headers.map((_, i) => (moneyCols.has(i) ? MONEY_FMT : undefined)),
    cellAlignment: { vertical: 'middle', wrapText: true },
    landscape: true,
  });
  for (let c = 6; c <= 17; c++) ws.getColumn(c).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(ws.rowCount).font = { bold: true };
  fitRowHeights(ws, 4, widths);

  const payments = listPayments(db, year).reverse();
  const pw = [6, 10, 12, 22, 12, 16, 10, 24];
  const ps = addTableSheet(wb, {
    name: '会费收缴记录',
    title: `${school}${year}年会费收缴记录`,
    subtitle: `共 ${payments.length} 条，合计 ¥${(t.amountFen / 100).toFixed(2)}\u3000${stamp}`,
    headers: ['序号', '姓名', '部门', '所缴月份', '金额', '缴纳日期', '缴纳方式', '备注'],
    rows: payments.map((p, i) => [i + 1, p.memberName, p.department ?? '', monthsText(p.year, p.monthFrom, p.monthTo), yuan(p.amountFen), excelDate(p.paidOn), p.method, p.notes ?? '']),
    widths: pw,
    numFmts: [undefined, undefined, undefined, undefined, MONEY_FMT, DATE_FMT, undefined, undefined],
    landscape: false,
  });
  fitRowHeights(ps, 4, pw);
}

export async function duesWorkbook(db: Db, year: number, today: string = todayIso()): Promise<Download> {
  exportStep(0);
  const s = getGeneralSettings(db);
  const school = s.schoolName || s.unionName || '本校';
  const wb = newWorkbook();
  exportStep(1);
  duesSheets(wb, db, duesLedger(db, year, today), school, `导出时间：${nowTimestamp()}`);
  exportStep(2);
  const buffer = await workbookToBuffer(wb);
  return { fileName: `${school}${year}年会费收缴台账.xlsx`, contentBase64: buffer.toString('base64') };
}
