/**
 * 校务公开台账: the register of every notice with filters, its xlsx export, and the figures the
 * dashboard shows.
 */
import type { z } from 'zod';
import { formatDateCn, nowTimestamp, todayIso } from '../../shared/domain/dates';
import { bodyToText } from '../../shared/disclosure/body';
import { calendarDaysLeft, workingDaysLeft } from '../../shared/disclosure/period';
import type { DisclosureDashboard, Notice, registerQuerySchema } from '../../shared/disclosure/schema';
import type { Download } from '../../shared/api/common';
import type { Db } from '../db/types';
import { storeCalendar } from '../settings/calendar';
import { escapeLike, inList, whereClause } from '../db/sql';
import { addTableSheet, newWorkbook, workbookToBuffer } from '../excel/workbook';
import { exportStep } from '../excel/export-steps';
import { listPendingObjections } from './objections';
import { EFFECTIVE_STATE_SQL, NOTICE_SELECT, rowToNotice, type NoticeRow } from './notices';

type RegisterQuery = z.output<typeof registerQuerySchema>;

export function listRegister(db: Db, query: RegisterQuery, today: string = todayIso()): { rows: Notice[]; years: number[] } {
  const clauses: string[] = [];
  const params: Record<string, string | number> = { today };
  if (query.year) {
    clauses.push('n.publish_date >= @from AND n.publish_date <= @to');
    params.from = `${query.year}-01-01`;
    params.to = `${query.year}-12-31`;
  }
  inList({ clauses, params }, 'n.category', 'cat', query.categories);
  inList({ clauses, params }, 'n.scope', 'sc', query.scopes);
  inList({ clauses, params }, `(${EFFECTIVE_STATE_SQL})`, 'st', query.states);
  const search = query.search?.trim();
  if (search) {
    params.q = `%${escapeLike(search)}%`;
    clauses.push(`(n.title LIKE @q ESCAPE '\\' OR n.responsible_unit LIKE @q ESCAPE '\\')`);
  }
  const where = whereClause(clauses);
  const rows = db
    .prepare<Record<string, string | number>, NoticeRow>(`${NOTICE_SELECT} ${where} ORDER BY n.publish_date DESC, n.id DESC`)
    .all(params)
    .map(rowToNotice);
  const years = db
    .prepare<[], { y: number }>(
      "SELECT DISTINCT CAST(substr(publish_date, 1, 4) AS INTEGER) AS y FROM disclosure_notices ORDER BY y DESC",
    )
    .all()
    .map((r) => r.y);
  return { rows, years };
}

interface ObjectionSummaryRow {
  notice_id: number;
  received_on: string;
  anonymous: number;
  objector_name: string | null;
  content: string;
  result: string | null;
  status: string;
}

function objectionSummary(db: Db, ids: number[]): Map<number, string> {
  const map = new Map<number, string>();
  if (!ids.length) return map;
  const rows = db
    .prepare<[], ObjectionSummaryRow>(
      'SELECT notice_id, received_on, anonymous, objector_name, content, result, status FROM disclosure_objections ORDER BY received_on, id',
    )
    .all();
  const wanted = new Set(ids);
  for (const r of rows) {
    if (!wanted.has(r.notice_id)) continue;
    const who = r.anonymous ? '匿名' : (r.objector_name ?? '');
    const line = `${formatDateCn(r.received_on)} ${who}：${r.content}（${r.status}${r.result ? `，${r.result}` : ''}）`;
    map.set(r.notice_id, map.has(r.notice_id) ? `${map.get(r.notice_id)}\n${line}` : line);
  }
  return map;
}

function issuesByNotice(db: Db): Map<number, string> {
  const map = new Map<number, string>();
  const rows = db
    .prepare<[], { notice_id: number; number: number; year: number }>(
      `SELECT x.notice_id, i.number, i.year FROM disclosure_issue_notices x JOIN disclosure_issues i ON i.id = x.issue_id ORDER BY i.year, i.number`,
    )
    .all();
  for (const r of rows) {
    const label = `${r.year}年第${r.number}期`;
    map.set(r.notice_id, map.has(r.notice_id) ? `${map.get(r.notice_id)}、${label}` : label);
  }
  return map;
}

export const REGISTER_HEADERS = [
  '序号',
  '公示标题',
  '公开类别',
  '公开范围',
  '公开形式',
  '责任部门',
  '发布日期',
  '公示期截止',
  '公示天数（工作日）',
  '状态',
  '异议数',
  '未办结异议',
  '异议及处理情况',
  '所在公示栏期次',
  '撤回原因',
  '异议受理方式',
  '公示内容',
];

export async function exportRegister(db: Db, query: RegisterQuery, today: string = todayIso()): Promise<Download> {
  exportStep(0);
  const { rows } = listRegister(db, query, today);
  const objections = objectionSummary(db, rows.map((r) => r.id));
  const issues = issuesByNotice(db);
  const ordered = [...rows].reverse();
  const wb = newWorkbook();
  const filters = [
    query.year ? `${query.year}年` : '全部年度',
    query.categories?.length ? `类别：${query.categories.join('、')}` : '',
    query.scopes?.length ? `范围：${query.scopes.join('、')}` : '',
    query.states?.length ? `状态：${query.states.join('、')}` : '',
  ].filter(Boolean);
  exportStep(1);
  addTableSheet(wb, {
    name: '校务公开台账',
    title: query.year ? `${query.year}年校务公开台账` : '校务公开台账',
    subtitle: `${filters.join('；')}\u3000共 ${rows.length} 则\u3000导出时间：${nowTimestamp()}`,
    headers: REGISTER_HEADERS,
    widths: [6, 36, 14, 10, 9, 14, 16, 16, 10, 10, 8, 10, 50, 16, 24, 30, 60],
    rows: ordered.map((n, i) => [
      i + 1,
      n.title,
      n.category,
      n.scope,
      n.kind,
      n.responsibleUnit,
      formatDateCn(n.publishDate),
      formatDateCn(n.endDate),
      n.workingDays,
      n.state,
      n.objectionCount,
      n.openObjections,
      objections.get(n.id) ?? '',
      issues.get(n.id) ?? '',
      n.withdrawReason,
      n.objectionContact,
      // Long bodies are cut where Excel's cell limit (32,767 characters) would refuse them.
      bodyToText(n.body).slice(0, 32000),
    ]),
  });
  const sheet = wb.getWorksheet('校务公开台账');
  sheet?.eachRow((row, r) => {
    if (r > 3) row.alignment = { vertical: 'top', wrapText: true };
  });
  exportStep(2);
  const buffer = await workbookToBuffer(wb);
  const name = query.year ? `${query.year}年校务公开台账.xlsx` : `校务公开台账（导出于${today}）.xlsx`;
  return { fileName: name, contentBase64: buffer.toString('base64') };
}

export function disclosureDashboard(db: Db, today: string = todayIso()): DisclosureDashboard {
  const { rows } = listRegister(db, { states: ['公示中'] }, today);
  const calendar = storeCalendar(db);
  const inPeriod = rows
    .map((n) => ({
      id: n.id,
      title: n.title,
      category: n.category,
      endDate: n.endDate,
      workingDaysLeft: workingDaysLeft(today, n.endDate, n.publishDate, calendar),
      calendarDaysLeft: calendarDaysLeft(today, n.endDate),
      openObjections: n.openObjections,
    }))
    .sort((a, b) => a.endDate.localeCompare(b.endDate));
  const count = (state: string) =>
    db.prepare<{ today: string; state: string }, { c: number }>(`SELECT count(*) AS c FROM disclosure_notices n WHERE (${EFFECTIVE_STATE_SQL}) = @state`).get({ today, state })!.c;
  const yearTotal = db
    .prepare<{ from: string; to: string }, { c: number }>(
      "SELECT count(*) AS c FROM disclosure_notices WHERE state IN ('已发布', '已归档', '已撤回') AND publish_date BETWEEN @from AND @to",
    )
    .get({ from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` })!.c;
  return {
    today,
    inPeriod,
    upcoming: count('待公示'),
    pendingObjections: listPendingObjections(db),
    awaitingArchive: count('公示期满'),
    yearTotal,
  };
}
