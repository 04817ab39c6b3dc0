/**
 * The 年度汇总 sheet: every figure of report.year as a labelled table with last year beside it,
 * then the work summary's sentences, ready to paste.
 */
import type ExcelJS from 'exceljs';
import { figureLines, type FigureLine } from '../../shared/report/lines';
import type { YearFigures, YearReport } from '../../shared/report/schema';
import { displayWidth, setCell } from '../excel/cells';
import { addTableSheet } from '../excel/workbook';
import { fitRowHeights, MONEY_FMT, RATE_FMT, WRAP, yuan } from './ledger-format';

const WIDTHS = [12, 30, 8, 16, 16, 14];

export function addSummarySheet(wb: ExcelJS.Workbook, r: YearReport, title: string, subtitle: string): void {
  const table = figureLines(r);
  const cell = (l: FigureLine, f: YearFigures): number | string => {
    const v = l.pick(f);
    if (v === null) return '—';
    return l.kind === 'money' ? yuan(v) : v;
  };
  const rows = table.map((l) => {
    const cur = l.pick(r.current);
    const prev = l.pick(r.previous);
    const delta = l.kind === 'rate' || cur === null || prev === null ? '' : l.kind === 'money' ? yuan(cur - prev) : cur - prev;
    return [l.area, l.label, l.unit === '元' ? '元' : l.unit, cell(l, r.current), cell(l, r.previous), delta];
  });
  const sheet = addTableSheet(wb, {
    name: '年度汇总',
    title,
    subtitle,
    headers: ['类别', '统计项', '单位', `${r.year}年`, `${r.year - 1}年`, '较上年增减'],
    rows,
    landscape: false,
    widths: WIDTHS,
  });
  const first = 4;
  table.forEach((l, i) => {
    const row = sheet.getRow(first + i);
    for (const c of [4, 5, 6]) {
      const target = row.getCell(c);
      if (typeof target.value !== 'number') {
        target.alignment = { horizontal: 'center' };
        continue;
      }
      if (l.kind === 'money') target.numFmt = MONEY_FMT;
      else if (l.kind === 'rate') target.numFmt = RATE_FMT;
      else if (c === 6) target.numFmt = '+0;-0;0';
    }
  });
  fitRowHeights(sheet, first, WIDTHS);

  // The sentences, one merged row each, below the table.
  let at = sheet.rowCount + 2;
  const heading = sheet.getRow(at);
  setCell(heading.getCell(1), '工作总结表述（可直接复制到年度工作总结）');
  heading.getCell(1).font = { bold: true, size: 12 };
  sheet.mergeCells(at, 1, at, WIDTHS.length);
  const areas: [keyof YearReport['sentences'], string][] = [
    ['members', '会员'],
    ['congress', '教代会'],
    ['disclosure', '校务公开'],
    ['welfare', '慰问'],
    ['activities', '活动'],
    ['honours', '评优评先'],
    ['dues', '会费收缴'],
  ];
  const total = WIDTHS.reduce((s, w) => s + w, 0);
  for (const [key, label] of areas) {
    const text = r.sentences[key].join('');
    if (!text) continue;
    at++;
    const row = sheet.getRow(at);
    setCell(row.getCell(1), label);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = WRAP;
    setCell(row.getCell(2), text);
    row.getCell(2).alignment = WRAP;
    sheet.mergeCells(at, 2, at, WIDTHS.length);
    const room = total - WIDTHS[0]! - 2;
    row.height = Math.max(1, Math.ceil(displayWidth(text) / room)) * 15 + 4;
  }
}
