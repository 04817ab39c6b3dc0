/**
 * 提案汇总表 (xlsx): one row per motion of a session, in number order.
 */
import type { Download } from '../../shared/api/common';
import { formatDateCn, todayIso } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { addTableSheet, newWorkbook, workbookToBuffer } from '../excel/workbook';
import { getGeneralSettings } from '../settings/service';
import { getSession } from './sessions';

export const SUMMARY_HEADERS = ['编号', '案由', '提案人', '附议人', '类别', '审查意见', '承办部门', '答复日期', '办理状态', '反馈意见'];

interface SummaryRow {
  number: string;
  title: string;
  proposer: string;
  cosigners: string | null;
  category: string;
  decision: string | null;
  decision_reason: string | null;
  merged_number: string | null;
  lead_unit: string | null;
  support_units: string | null;
  replied_on: string | null;
  state: string;
  late: number;
  excellent: number;
  rating: string | null;
  rating_comment: string | null;
}

const SQL = `SELECT mo.number, mo.title, pm.name AS proposer,
  (SELECT group_concat(name, '、') FROM (SELECT cm.name FROM congress_motion_cosigners c
     JOIN congress_delegates cd ON cd.id = c.delegate_id JOIN members cm ON cm.id = cd.member_id
     WHERE c.motion_id = mo.id ORDER BY c.position)) AS cosigners,
  mo.category, mo.decision, mo.decision_reason, t.number AS merged_number, mo.lead_unit, mo.support_units, mo.replied_on,
  mo.state, mo.late, mo.excellent, mo.rating, mo.rating_comment
  FROM congress_motions mo
  JOIN congress_delegates pd ON pd.id = mo.proposer_id
  JOIN members pm ON pm.id = pd.member_id
  LEFT JOIN congress_motions t ON t.id = mo.merged_into_id
  WHERE mo.session_id = ? ORDER BY mo.seq`;

export type SummaryCells = Array<string | null>;

export function summaryRows(db: Db, sessionId: number): SummaryCells[] {
  return db
    .prepare<[number], SummaryRow>(SQL)
    .all(sessionId)
    .map((r) => {
      let decision = r.decision ?? '';
      if (r.decision === '合并立案' && r.merged_number) decision = `合并立案（并入 ${r.merged_number}）`;
      else if (r.decision_reason && r.decision !== '立案') decision = `${decision}（${r.decision_reason}）`;
      const unit = r.lead_unit ? (r.support_units ? `${r.lead_unit}（协办：${r.support_units}）` : r.lead_unit) : '';
      const state = [r.state, r.late ? '逾期提交' : '', r.excellent ? '优秀提案' : ''].filter(Boolean).join('；');
      const feedback = r.rating ? (r.rating_comment ? `${r.rating}：${r.rating_comment}` : r.rating) : '';
      return [r.number, r.title, r.proposer, r.cosigners ?? '', r.category, decision, unit, formatDateCn(r.replied_on), state, feedback];
    });
}

export const SUMMARY_WIDTHS = [11, 36, 10, 24, 10, 22, 22, 16, 16, 24];

export async function exportSummary(db: Db, sessionId: number, today: string = todayIso()): Promise<Download> {
  const session = getSession(db, sessionId);
  const general = getGeneralSettings(db);
  const org = general.schoolName || general.unionName;
  const wb = newWorkbook();
  addTableSheet(wb, {
    name: '提案汇总表',
    title: `${org}${session.name}提案汇总表`,
    subtitle: `共 ${session.motionCount} 件，导出日期：${formatDateCn(today)}`,
    headers: SUMMARY_HEADERS,
    rows: summaryRows(db, sessionId),
    widths: SUMMARY_WIDTHS,
    landscape: true,
    // Nothing restyles the rows afterwards, so they may share style objects (much faster to write).
    sharedStyles: true,
  });
  const buffer = await workbookToBuffer(wb);
  return { fileName: `${session.name}提案汇总表.xlsx`, contentBase64: buffer.toString('base64') };
}
