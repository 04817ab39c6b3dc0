/**
 * report.ledger: the 年度台账 workbook. 年度汇总 first, then one sheet per record set of the year,
 * each read through the same sets as the figures (sets.ts), so the sheets list what the summary counts.
 * Every sheet: the school's name in the title row, a frozen header repeated on each printed A4 page,
 * wrapped text in rows tall enough for it, real dates, money as ¥ numbers, IDs as masked text.
 */
import type ExcelJS from 'exceljs';
import type { Download } from '../../shared/api/common';
import { chineseNumber } from '../../shared/congress/rules';
import type { YearReport } from '../../shared/report/schema';
import { nowTimestamp, todayIso } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { duesSheets } from '../dues/export';
import { duesLedger } from '../dues/ledger';
import { addTableSheet, newWorkbook, workbookToBuffer, type SheetSpec } from '../excel/workbook';
import { visitorName } from './detail';
import { DATE_FMT, excelDate, fitRowHeights, idText, MONEY_FMT, phoneText, WRAP, yuan } from './ledger-format';
import { addActivitySheets } from './ledger-activities';
import { addSummarySheet } from './ledger-summary';
import { FIGURE_SETS, LAST_RATING, LEFT, ROLL, yearParams, type YearParams } from './sets';
import { yearReport } from './year';
import { reportProgress } from '../../shared/jobs/progress';

type Cell = SheetSpec['rows'][number][number];
type Row = Record<string, string | number | null>;

interface Column {
  header: string;
  width: number;
  fmt?: string;
  value: (r: Row, i: number) => Cell;
}

const s = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const d = (v: string | number | null | undefined): Date | null => excelDate(typeof v === 'string' ? v : null);
const no: Column = { header: '序号', width: 6, value: (_r, i) => i + 1 };
const dateCol = (header: string, key: string): Column => ({ header, width: 16, fmt: DATE_FMT, value: (r) => d(r[key]) });
const moneyCol = (header: string, key: string): Column => ({ header, width: 13, fmt: MONEY_FMT, value: (r) => yuan(Number(r[key] ?? 0)) });
const textCol = (header: string, key: string, width = 12): Column => ({ header, width, value: (r) => s(r[key]) });
const sessionName = (r: Row) => `第${chineseNumber(Number(r.term))}届第${chineseNumber(Number(r.meeting))}次`;

interface Options {
  fullIds: boolean;
  today?: string;
  /** Adds to the finished workbook before it is written (the sending file's machine sheet, district/send.ts). */
  beforeWrite?: (wb: ExcelJS.Workbook, report: YearReport) => void;
}

const LEDGER_STEPS = 10;

export async function ledgerWorkbook(db: Db, year: number, opts: Options): Promise<Download> {
  const today = opts.today ?? todayIso();
  const report = yearReport(db, year, today);
  const school = report.org.schoolName || report.org.unionName || '本校';
  const p = yearParams(year, today);
  const full = opts.fullIds;
  const wb = newWorkbook();
  const stamp = `导出时间：${nowTimestamp()}`;
  const privacy = full ? '本表含完整身份证号和联系电话，请妥善保管' : '身份证号、联系电话已隐藏中间位';

  addSummarySheet(wb, report, `${school}${year}年度台账 · 年度汇总`, `${report.org.unionName ? `${report.org.unionName}\u3000` : ''}${stamp}`);

  // Progress in sheets: the summary, eight record sheets, then writing the file.
  let sheetsDone = 1;
  reportProgress('导出', sheetsDone, LEDGER_STEPS);
  const sheet = (name: string, subtitle: string, columns: Column[], rows: Row[], landscape = true) => {
    reportProgress('导出', sheetsDone++, LEDGER_STEPS);
    const ws = addTableSheet(wb, {
      name,
      title: `${school}${year}年${name}`,
      subtitle: `${subtitle}\u3000${stamp}`,
      headers: columns.map((c) => c.header),
      rows: rows.map((r, i) => columns.map((c) => c.value(r, i))),
      widths: columns.map((c) => c.width),
      numFmts: columns.map((c) => c.fmt),
      cellAlignment: WRAP,
      sharedStyles: true,
      landscape,
    });
    fitRowHeights(
      ws,
      4,
      columns.map((c) => c.width),
    );
    return ws;
  };
  const all = (sql: string) => db.prepare<YearParams, Row>(sql).all(p);

  // 会员花名册: the roll on the year's last day.
  sheet(
    '会员花名册',
    `${year}年12月31日在册会员 ${report.current.members.total} 人；${privacy}`,
    [
      no,
      textCol('姓名', 'name', 10),
      textCol('性别', 'gender', 6),
      textCol('民族', 'ethnicity', 8),
      dateCol('出生日期', 'birth_date'),
      { header: '身份证号', width: 21, value: (r) => idText(r.id_number as string | null, full) },
      textCol('政治面貌', 'political_status', 10),
      textCol('学历', 'education', 10),
      textCol('职称', 'title', 10),
      textCol('部门/教研组', 'department', 12),
      textCol('职务', 'position', 10),
      { header: '联系电话', width: 14, value: (r) => phoneText(r.phone as string | null, full) },
      textCol('用工性质', 'employment_type', 8),
      dateCol('入会时间', 'join_date'),
      textCol('备注', 'notes', 16),
    ],
    all(`SELECT * FROM members WHERE id IN (${ROLL}) ORDER BY department IS NULL, department, name_pinyin, id`),
  );

  // 会员变动: joins and leaves of the year, in date order.
  sheet(
    '会员变动',
    `本年入会 ${report.current.members.joined} 人，减少 ${report.current.members.left} 人`,
    [no, textCol('姓名', 'name', 10), textCol('性别', 'gender', 6), textCol('部门/教研组', 'department', 14), textCol('变动', 'change', 8), dateCol('变动日期', 'on'), textCol('原因/说明', 'reason', 30)],
    all(`SELECT m.name, m.gender, m.department, '入会' AS change, m.join_date AS "on", NULL AS reason, 0 AS ord, m.id
         FROM members m WHERE m.id IN (${FIGURE_SETS['members.joined']})
       UNION ALL
       SELECT m.name, m.gender, m.department, l.to_status, l.changed_on,
         (SELECT h.reason FROM member_status_history h WHERE h.member_id = l.id AND h.changed_on = l.changed_on AND h.to_status = l.to_status ORDER BY h.id DESC LIMIT 1), 1, m.id
         FROM (${LEFT}) l JOIN members m ON m.id = l.id
       ORDER BY 5, 7, 8`),
    false,
  );

  // 教代会提案: every motion of the year's sessions; a merged one shows the reply it follows.
  sheet(
    '教代会提案',
    `收到提案 ${report.current.congress.motions} 件，立案 ${report.current.congress.filed} 件`,
    [
      textCol('编号', 'number', 10),
      { header: '届次', width: 14, value: sessionName },
      textCol('案由', 'title', 28),
      textCol('类别', 'category', 10),
      textCol('提案人', 'proposer', 9),
      textCol('附议人', 'cosigners', 16),
      dateCol('提交日期', 'submitted_on'),
      { header: '审查结果', width: 14, value: (r) => (r.parentNumber ? `合并立案（并入 ${s(r.parentNumber)}）` : s(r.decision ?? '待审查')) },
      textCol('主办部门', 'leadUnit', 12),
      dateCol('答复期限', 'deadline'),
      dateCol('首次答复', 'firstReply'),
      { header: '按期答复', width: 8, value: (r) => (r.firstReply === null ? '' : r.onTime === 1 ? '是' : '否') },
      textCol('落实情况', 'implementation', 10),
      textCol('提案人反馈', 'rating', 10),
      { header: '状态', width: 10, value: (r) => `${s(r.state)}${r.excellent === 1 ? '（优秀提案）' : ''}` },
    ],
    all(`SELECT mo.*, s.term, s.meeting, pm.name AS proposer, p.number AS parentNumber,
        coalesce(p.lead_unit, mo.lead_unit) AS leadUnit,
        (SELECT group_concat(name, '、') FROM (SELECT cm.name FROM congress_motion_cosigners c JOIN congress_delegates cd ON cd.id = c.delegate_id
           JOIN members cm ON cm.id = cd.member_id WHERE c.motion_id = mo.id ORDER BY c.position)) AS cosigners,
        (SELECT x.deadline FROM congress_motion_steps x WHERE x.motion_id = coalesce(p.id, mo.id) AND x.kind = '审查' AND x.deadline IS NOT NULL ORDER BY x.id LIMIT 1) AS deadline,
        (SELECT min(r.step_date) FROM congress_motion_steps r WHERE r.motion_id = coalesce(p.id, mo.id) AND r.kind = '答复') AS firstReply,
        coalesce(p.implementation, mo.implementation) AS implementation,
        coalesce(${LAST_RATING}, (SELECT f.rating FROM congress_motion_steps f WHERE f.motion_id = p.id AND f.kind = '反馈' ORDER BY f.id DESC LIMIT 1)) AS rating,
        CASE WHEN coalesce(p.id, mo.id) IN (${FIGURE_SETS['congress.answeredOnTime']}) THEN 1 ELSE 0 END AS onTime
      FROM congress_motions mo JOIN congress_sessions s ON s.id = mo.session_id
      JOIN congress_delegates pd ON pd.id = mo.proposer_id JOIN members pm ON pm.id = pd.member_id
      LEFT JOIN congress_motions p ON p.id = mo.merged_into_id
      WHERE mo.id IN (${FIGURE_SETS['congress.motions']}) ORDER BY s.start_date, mo.seq`),
  );

  sheet(
    '票决',
    `票决事项 ${report.current.congress.votes} 项，通过 ${report.current.congress.votesPassed} 项`,
    [
      no,
      { header: '届次', width: 14, value: sessionName },
      textCol('表决事项', 'item', 26),
      dateCol('表决日期', 'voted_on'),
      textCol('表决方式', 'method', 11),
      { header: '应到', width: 6, value: (r) => Number(r.due) },
      { header: '实到', width: 6, value: (r) => Number(r.present) },
      { header: '赞成', width: 6, value: (r) => Number(r.votes_for) },
      { header: '反对', width: 6, value: (r) => Number(r.votes_against) },
      { header: '弃权', width: 6, value: (r) => Number(r.abstain) },
      { header: '无效', width: 6, value: (r) => Number(r.invalid) },
      textCol('通过规则', 'rule_text', 22),
      textCol('结果', 'result', 9),
    ],
    all(`SELECT v.*, s.term, s.meeting FROM congress_votes v JOIN congress_sessions s ON s.id = v.session_id
      WHERE v.id IN (${FIGURE_SETS['congress.votes']}) ORDER BY v.voted_on, v.id`),
  );

  sheet(
    '校务公开',
    `发布公示 ${report.current.disclosure.notices} 项，撤回 ${report.current.disclosure.withdrawn} 项`,
    [
      no,
      textCol('公示标题', 'title', 28),
      textCol('公开类别', 'category', 12),
      textCol('公开范围', 'scope', 9),
      textCol('公开形式', 'kind', 8),
      textCol('责任部门', 'responsible_unit', 12),
      dateCol('发布日期', 'publish_date'),
      dateCol('公示期至', 'end_date'),
      { header: '状态', width: 14, value: (r) => (r.state === '已撤回' && r.withdraw_reason ? `已撤回：${s(r.withdraw_reason)}` : s(r.state)) },
      { header: '异议', width: 6, value: (r) => Number(r.objections) },
      textCol('刊于公开栏', 'boards', 14),
    ],
    all(`SELECT n.*, (SELECT count(*) FROM disclosure_objections o WHERE o.notice_id = n.id) AS objections,
        (SELECT group_concat(i.year || '年第' || i.number || '期', '、') FROM disclosure_issue_notices x JOIN disclosure_issues i ON i.id = x.issue_id WHERE x.notice_id = n.id) AS boards
      FROM disclosure_notices n WHERE n.id IN (${FIGURE_SETS['disclosure.notices']}) OR n.id IN (${FIGURE_SETS['disclosure.withdrawn']})
      ORDER BY n.publish_date, n.id`),
  );

  sheet(
    '异议处理',
    `收到异议 ${report.current.disclosure.objections} 件，已处理 ${report.current.disclosure.objectionsResolved} 件；${privacy}`,
    [
      no,
      textCol('公示', 'notice', 22),
      dateCol('收到日期', 'received_on'),
      { header: '异议人', width: 9, value: (r) => (r.anonymous === 1 ? '匿名' : s(r.objector_name)) },
      { header: '联系方式', width: 14, value: (r) => phoneText(r.objector_contact as string | null, full) },
      textCol('异议内容', 'content', 30),
      textCol('处理情况', 'handling', 26),
      textCol('处理结果', 'result', 18),
      dateCol('办结日期', 'resolved_on'),
      textCol('状态', 'status', 10),
    ],
    all(`SELECT o.*, n.title AS notice FROM disclosure_objections o JOIN disclosure_notices n ON n.id = o.notice_id
      WHERE o.id IN (${FIGURE_SETS['disclosure.objections']}) ORDER BY o.received_on, o.id`),
  );

  const visits = all(`SELECT w.*, m.name AS memberName, w.recipient_name AS recipient, w.recipient_relation AS relation, b.title AS batch
      FROM welfare_visits w LEFT JOIN members m ON m.id = w.member_id LEFT JOIN welfare_batches b ON b.id = w.batch_id
      WHERE w.id IN (${FIGURE_SETS['welfare.visits']}) ORDER BY w.visit_date, w.id`);
  const wf = report.current.welfare;
  const visitSheet = sheet(
    '慰问记录',
    `慰问 ${wf.visits} 人次、${wf.people} 人、${wf.households} 户`,
    [
      no,
      dateCol('慰问日期', 'visit_date'),
      { header: '慰问对象', width: 22, value: (r) => visitorName(r) },
      textCol('部门', 'department', 12),
      textCol('慰问事由', 'reason', 12),
      moneyCol('慰问金', 'amount_fen'),
      textCol('慰问品', 'goods', 16),
      moneyCol('慰问品价值', 'goods_value_fen'),
      textCol('走访人员', 'visitors', 14),
      { header: '超标准', width: 8, value: (r) => (r.over_standard === 1 ? '是' : '') },
      { header: '备注', width: 20, value: (r) => [r.batch ? `批次：${s(r.batch)}` : '', s(r.notes)].filter(Boolean).join('；') },
    ],
    visits,
  );
  // The total in figures (not a formula, so nothing is evaluated and the sum cannot be edited away).
  const totalRow = visitSheet.addRow([]);
  totalRow.getCell(2).value = '合计';
  totalRow.getCell(2).font = { bold: true };
  totalRow.getCell(6).value = yuan(wf.amountFen);
  totalRow.getCell(6).numFmt = MONEY_FMT;
  totalRow.getCell(8).value = yuan(wf.goodsValueFen);
  totalRow.getCell(8).numFmt = MONEY_FMT;
  totalRow.getCell(6).font = { bold: true };

  // 困难职工档案: the files open at any time in the year.
  sheet(
    '困难职工档案',
    `年末在档 ${wf.hardshipHouseholds} 户；${privacy}`,
    [
      no,
      textCol('姓名', 'name', 10),
      { header: '身份证号', width: 21, value: (r) => idText(r.id_number as string | null, full) },
      textCol('部门', 'department', 12),
      textCol('困难类别', 'level', 10),
      textCol('主要致困原因', 'main_cause', 14),
      { header: '次要原因', width: 16, value: (r) => parseList(r.secondary_causes) },
      { header: '家庭人口', width: 8, value: (r) => Number(r.household_size) },
      moneyCol('人均月收入', 'per_capita_income_fen'),
      dateCol('建档日期', 'filed_on'),
      dateCol('最近核实', 'verified_on'),
      textCol('核实人', 'verified_by', 10),
      textCol('档案状态', 'status', 8),
      dateCol('状态变更', 'status_date'),
    ],
    all(`SELECT h.*, m.name, m.id_number, m.department FROM hardship_files h JOIN members m ON m.id = h.member_id
      WHERE h.filed_on <= @ye AND (h.status = '在档' OR coalesce(h.status_date, h.filed_on) >= @ys) ORDER BY h.filed_on, h.id`),
  );

  addActivitySheets(wb, db, year, school, stamp);

  // 会费收缴台账 and its records: the same sheets as the dues page's own export.
  duesSheets(wb, db, duesLedger(db, year, today), school, stamp);

  reportProgress('导出', LEDGER_STEPS - 1, LEDGER_STEPS);
  opts.beforeWrite?.(wb, report);
  const buffer = await workbookToBuffer(wb);
  reportProgress('导出', LEDGER_STEPS, LEDGER_STEPS);
  return { fileName: `${report.org.schoolName || '本校'}${year}年度台账.xlsx`, contentBase64: buffer.toString('base64') };
}

function parseList(v: string | number | null | undefined): string {
  try {
    const list = JSON.parse(s(v) || '[]') as unknown;
    return Array.isArray(list) ? list.map(String).join('、') : '';
  } catch {
    return '';
  }
}
