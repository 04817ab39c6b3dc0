/**
 * 提案汇总表 (xlsx): one row per motion of a session, in number order, with the dates, the reply
 * and its implementation, and the proposer's delegation.
 */
import type { Download } from '../../shared/api/common';
import { formatDateCn, todayIso } from '../../shared/domain/dates';
import type { Db } from '../db/types';
import { addTableSheet, newWorkbook, workbookToBuffer } from '../excel/workbook';
import { exportStep } from '../excel/export-steps';
import { getGeneralSettings } from '../settings/service';
import { listMotions } from './motions';
import { getSession } from './sessions';

export const SUMMARY_HEADERS = [
  '编号',
  '案由',
  '提案人',
  '代表团',
  '附议人',
  '类别',
  '提交日期',
  '审查意见',
  '承办部门',
  '答复期限',
  '答复日期',
  '答复内容',
  '落实情况',
  '办理状态',
  '反馈意见',
];

export type SummaryCells = Array<string | null>;

function unitText(lead: string | null, support: string | null): string {
  return lead ? (support ? `${lead}（协办：${support}）` : lead) : '';
}

/** One row per motion; a merged motion shows its lead's handling, as its forms do. */
export function summaryRows(db: Db, sessionId: number, today: string = todayIso()): SummaryCells[] {
  return listMotions(db, { sessionId }, today).map((m) => {
    let decision = m.decision ?? '';
    if (m.decision === '合并立案' && m.mergedInto) decision = `合并立案（并入 ${m.mergedInto.number}）`;
    else if (m.decisionReason && m.decision !== '立案') decision = `${decision}（${m.decisionReason}）`;
    const deadline =
      m.deadline && m.originalDeadline && m.originalDeadline !== m.deadline
        ? `${formatDateCn(m.deadline)}（原定 ${formatDateCn(m.originalDeadline)}）`
        : formatDateCn(m.deadline);
    const reply = m.replyText ? (m.mergedInto ? `已并入 ${m.mergedInto.number} 办理：${m.replyText}` : m.replyText) : '';
    const implementation = m.implementation ? (m.implementationNote ? `${m.implementation}：${m.implementationNote}` : m.implementation) : '';
    const state = [m.state, m.overdue ? '已超期' : '', m.late ? '逾期提交' : '', m.excellent ? '优秀提案' : ''].filter(Boolean).join('；');
    const feedback = m.rating ? (m.ratingComment ? `${m.rating}：${m.ratingComment}` : m.rating) : '';
    return [
      m.number,
      m.title,
      m.proposerKind === '正式' ? m.proposerName : `${m.proposerName}（${m.proposerKind}代表）`,
      m.proposerDelegation ?? '',
      m.cosigners.map((c) => c.name).join('、'),
      m.category,
      formatDateCn(m.submittedOn),
      decision,
      unitText(m.leadUnit, m.supportUnits),
      deadline,
      formatDateCn(m.repliedOn),
      reply,
      implementation,
      state,
      feedback,
    ];
  });
}

export const SUMMARY_WIDTHS = [10, 28, 10, 12, 18, 10, 15, 18, 18, 16, 15, 40, 16, 14, 20];

export async function exportSummary(db: Db, sessionId: number, today: string = todayIso()): Promise<Download> {
  exportStep(0);
  const session = getSession(db, sessionId);
  const general = getGeneralSettings(db);
  const org = general.schoolName || general.unionName;
  const wb = newWorkbook();
  exportStep(1);
  const sheet = addTableSheet(wb, {
    name: '提案汇总表',
    title: `${org}${session.name}提案汇总表`,
    subtitle: `共 ${session.motionCount} 件，导出日期：${formatDateCn(today)}`,
    headers: SUMMARY_HEADERS,
    rows: summaryRows(db, sessionId, today),
    widths: SUMMARY_WIDTHS,
    landscape: true,
    // Nothing restyles the rows afterwards, so they may share style objects (much faster to write).
    sharedStyles: true,
  });
  // Long replies wrap inside their cells. The data cells share one text style (sharedStyles), so
  // aligning one cell aligns them all, which is what this sheet wants.
  const first = sheet.getRow(sheet.rowCount);
  if (session.motionCount > 0) first.getCell(1).style.alignment = { vertical: 'top', wrapText: true };
  exportStep(2);
  const buffer = await workbookToBuffer(wb);
  return { fileName: `${session.name}提案汇总表.xlsx`, contentBase64: buffer.toString('base64') };
}
