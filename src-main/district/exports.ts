/**
 * The district's workbooks: 汇总表 (one row per listed school, a totals row), 困难职工汇总 (every
 * school's hardship register, with the school) and 提案汇总 (every school's motions, for the
 * district's 优秀提案评选). The same print rules as every workbook (excel/workbook.ts).
 */
import type ExcelJS from 'exceljs';
import type { Download } from '../../shared/api/common';
import { nowTimestamp } from '../../shared/domain/dates';
import type { DistrictSummary, FigureColumn, SentHardship, SentMotion } from '../../shared/district/schema';
import { MAIN_FIGURES } from '../../shared/district/totals';
import { setCell } from '../excel/cells';
import { addTableSheet, addTextSheet, DATE_FORMAT, newWorkbook, workbookToBuffer } from '../excel/workbook';
import { exportStep } from '../excel/export-steps';
import { MONEY_FMT, RATE_FMT, yuan } from '../report/ledger-format';
import type { Db } from '../db/types';
import { currentReportsOfYear } from './reports';
import { listSchools } from './schools';
import { assertYearHasReports, districtSummary } from './summary';
import { getGeneralSettings } from '../settings/service';

type Cell = string | number | Date | null;

function issuer(db: Db): string {
  const s = getGeneralSettings(db);
  return s.unionName || s.schoolName || '';
}

const fmtOf = (c: FigureColumn) => (c.kind === 'money' ? MONEY_FMT : c.kind === 'rate' ? RATE_FMT : undefined);
/** Rates to four places (75.0% prints the same; the row is not sized for 0.6666666666666666). */
const valueOf = (c: FigureColumn, v: number | null | undefined): Cell =>
  v === null || v === undefined ? null : c.kind === 'money' ? yuan(v) : c.kind === 'rate' ? Math.round(v * 10000) / 10000 : v;
const isoDate = (v: string | null): Date | null => {
  if (!v || !/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  const [y, m, d] = v.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
};

async function download(wb: ExcelJS.Workbook, fileName: string): Promise<Download> {
  exportStep(2);
  return { fileName, contentBase64: (await workbookToBuffer(wb)).toString('base64') };
}

/** Figure columns a printed A4 landscape page holds legibly; wider sheets print on more pages across. */
const FIGURES_PER_PAGE = 16;

/**
 * One school × figures sheet with a totals row. The totals are figures, not formulas, so nothing
 * is evaluated and the sum cannot be edited away. A sheet wider than one page prints over several
 * pages across, with the school's columns repeated on each (print titles), never shrunk to one.
 */
function figuresSheet(wb: ExcelJS.Workbook, s: DistrictSummary, spec: { name: string; title: string; subtitle: string; columns: FigureColumn[]; full: boolean }) {
  const fixed = spec.full ? ['序号', '学校'] : ['序号', '学校', '类型', '教职工人数', '报送情况'];
  const headers = [...fixed, ...spec.columns.map((c) => (c.unit ? `${c.label}（${c.unit}）` : c.label))];
  const rows: Cell[][] = s.schools.map((r, i) => [
    i + 1,
    r.name,
    ...(spec.full ? [] : [r.type ?? '', r.staff, r.reported ? (r.receivedAt ?? '').slice(0, 10) : '未报送']),
    ...spec.columns.map((c) => (r.reported ? valueOf(c, r.figures[c.key]) : null)),
  ]);
  const widths = [5, 22, ...(spec.full ? [] : [7, 8, 14]), ...spec.columns.map((c) => (c.kind === 'money' ? 13 : 10))];
  const ws = addTableSheet(wb, {
    name: spec.name,
    title: spec.title,
    subtitle: spec.subtitle,
    headers,
    rows,
    widths,
    numFmts: [...fixed.map(() => undefined), ...spec.columns.map(fmtOf)],
    sharedStyles: true,
  });
  const thin = { style: 'thin' as const };
  const total = ws.addRow([]);
  setCell(total.getCell(2), `合计（${s.reported} 所）`);
  if (!spec.full) total.getCell(4).value = s.schools.filter((r) => r.reported).reduce((n, r) => n + (r.staff ?? 0), 0);
  spec.columns.forEach((c, i) => {
    const cell = total.getCell(fixed.length + 1 + i);
    const v = valueOf(c, s.totalsFlat[c.key]);
    if (v !== null) cell.value = v;
    const fmt = fmtOf(c);
    if (fmt) cell.numFmt = fmt;
  });
  for (let c = 1; c <= headers.length; c++) {
    const cell = total.getCell(c);
    cell.font = { bold: true };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  const pagesAcross = Math.ceil(spec.columns.length / FIGURES_PER_PAGE);
  if (pagesAcross > 1) {
    ws.pageSetup.fitToWidth = pagesAcross;
    ws.pageSetup.printTitlesColumn = 'A:B';
    // The title and subtitle over the first page only: merged across every page they print cut.
    const firstPage = Math.min(headers.length, fixed.length + FIGURES_PER_PAGE);
    for (const r of [1, 2]) {
      ws.unMergeCells(r, 1, r, headers.length);
      ws.mergeCells(r, 1, r, firstPage);
    }
  }
  return ws;
}

/**
 * 汇总表: the main figures school by school with a totals row (one printed page across), every
 * figure on 各项数字, then who has not reported, the failed checks and the district's sentences.
 */
export async function exportSummary(db: Db, year: number): Promise<Download> {
  const s = districtSummary(db, year);
  const wb = newWorkbook();
  const stamp = `已报送 ${s.reported} 所，应报送 ${s.expected} 所\u3000导出时间：${nowTimestamp()}`;
  const byKey = new Map(s.columns.map((c) => [c.key, c]));
  const main = MAIN_FIGURES.flatMap((k) => (byKey.has(k) ? [byKey.get(k)!] : []));
  const name = issuer(db);
  figuresSheet(wb, s, { name: '汇总表', title: `${name}${year}年度基层工会台账汇总表`, subtitle: stamp, columns: main, full: false });
  figuresSheet(wb, s, { name: '各项数字', title: `${name}${year}年度基层工会台账各项数字`, subtitle: `${stamp}\u3000按学校逐项列出报送的全部数字`, columns: s.columns, full: true });

  addTableSheet(wb, {
    name: '未报送学校',
    title: `${year}年度未报送台账的学校`,
    subtitle: `共 ${s.missing.length} 所`,
    headers: ['序号', '学校', '类型', '联系人', '联系电话'],
    rows: s.missing.map((m, i) => [i + 1, m.name, m.type ?? '', m.contact ?? '', m.phone ?? '']),
    widths: [6, 28, 8, 12, 16],
    landscape: false,
  });
  addTableSheet(wb, {
    name: '台账检查',
    title: `${year}年度台账检查未通过的学校`,
    headers: ['检查项', '学校', '情况'],
    rows: s.checks.flatMap((c) => c.schools.map((x) => [c.title, x.name, x.detail])),
    widths: [26, 28, 50],
    landscape: false,
  });
  addTextSheet(wb, '工作总结表述', [`${year}年度基层工会工作情况（可直接复制到工作总结）`, ...s.sentences]);
  return download(wb, `${year}年度基层工会台账汇总表.xlsx`);
}

interface WithSchool<T> {
  school: string;
  type: string;
  item: T;
}

function registers<T>(db: Db, year: number, column: 'hardship' | 'motions'): WithSchool<T>[] {
  assertYearHasReports(db, year);
  const schools = new Map(listSchools(db).map((s) => [s.id, s]));
  const reports = currentReportsOfYear(db, year, `r.${column} AS data`)
    .map((r) => ({ school: schools.get(r.school_id)!, data: JSON.parse(String(r.data)) as T[] }))
    .sort((a, b) => a.school.name.localeCompare(b.school.name, 'zh-CN'));
  return reports.flatMap((r) => r.data.map((item) => ({ school: r.school.name, type: r.school.type ?? '', item })));
}

/** 困难职工汇总: every reported school's hardship files open in the year. */
export async function exportHardship(db: Db, year: number): Promise<Download> {
  const list = registers<SentHardship>(db, year, 'hardship');
  const open = list.filter((h) => h.item.status === '在档').length;
  const wb = newWorkbook();
  addTableSheet(wb, {
    name: '困难职工汇总',
    title: `${issuer(db)}${year}年度困难职工汇总表`,
    subtitle: `共 ${list.length} 份档案，其中在档 ${open} 户；不含身份证号\u3000导出时间：${nowTimestamp()}`,
    headers: ['序号', '学校', '姓名', '性别', '部门', '困难类别', '主要致困原因', '次要原因', '家庭人口', '人均月收入', '建档日期', '最近核实', '核实人', '档案状态'],
    rows: list.map(({ school, item: h }, i) => [
      i + 1,
      school,
      h.name,
      h.gender ?? '',
      h.department ?? '',
      h.level,
      h.mainCause ?? '',
      h.secondaryCauses.join('、'),
      h.householdSize,
      h.perCapitaIncomeFen === null ? null : yuan(h.perCapitaIncomeFen),
      isoDate(h.filedOn),
      isoDate(h.verifiedOn),
      h.verifiedBy ?? '',
      h.status,
    ]),
    widths: [6, 22, 10, 6, 12, 10, 16, 16, 8, 12, 15, 15, 10, 8],
    numFmts: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, MONEY_FMT, DATE_FORMAT, DATE_FORMAT],
    sharedStyles: true,
  });
  return download(wb, `${year}年度困难职工汇总表.xlsx`);
}

/** 提案汇总: every reported school's motions of the year, for the district's 优秀提案评选. */
export async function exportMotions(db: Db, year: number): Promise<Download> {
  const list = registers<SentMotion>(db, year, 'motions');
  const wb = newWorkbook();
  addTableSheet(wb, {
    name: '提案汇总',
    title: `${issuer(db)}${year}年度基层学校教代会提案汇总（优秀提案评选）`,
    subtitle: `共 ${list.length} 件，其中学校评为优秀提案 ${list.filter((m) => m.item.excellent).length} 件\u3000导出时间：${nowTimestamp()}`,
    headers: ['序号', '学校', '编号', '届次', '案由', '类别', '提案人', '附议人', '理由', '建议/办法', '审查结果', '承办部门', '首次答复', '按期答复', '落实情况', '提案人反馈', '校级优秀提案', '推荐评选'],
    rows: list.map(({ school, item: m }, i) => [
      i + 1,
      school,
      m.number,
      m.session,
      m.title,
      m.category ?? '',
      m.proposer,
      m.cosigners,
      m.reasons ?? '',
      m.proposals ?? '',
      m.decision,
      m.leadUnit ?? '',
      isoDate(m.firstReply),
      m.onTime === null ? '' : m.onTime ? '是' : '否',
      m.implementation ?? '',
      m.rating ?? '',
      m.excellent ? '是' : '',
      '',
    ]),
    widths: [6, 20, 9, 13, 28, 10, 8, 14, 30, 30, 14, 12, 15, 8, 10, 10, 10, 10],
    numFmts: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, DATE_FORMAT],
    cellAlignment: { wrapText: true, vertical: 'top' },
    sharedStyles: true,
  });
  return download(wb, `${year}年度基层学校提案汇总.xlsx`);
}
