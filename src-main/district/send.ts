/**
 * 报送上级工会 (branch side): the year's 年度台账 workbook with the machine sheet added, saved as
 * 学校名-2026年度台账.xlsx for a U盘, email or chat; and the preview of what it will carry.
 */
import type { Download } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import { nowTimestamp, todayIso } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import { LEDGER_FORMAT, LEDGER_FORMAT_VERSION } from '../../shared/district/schema';
import { formatRate } from '../../shared/report/format';
import { figureLines } from '../../shared/report/lines';
import type { Db } from '../db/types';
import { reportChecks } from '../report/checks';
import { ledgerWorkbook } from '../report/ledger';
import { yearReport } from '../report/year';
import { getGeneralSettings } from '../settings/service';
import { addMachineSheet } from './ledger-file';
import { sentRegisters } from './send-data';

/** Characters Windows does not allow in a file name. */
const sanitize = (name: string) => name.replace(/[\\/:*?"<>|]/g, '_');

export function sendFileName(schoolName: string, year: number): string {
  return `${sanitize(schoolName)}-${year}年度台账.xlsx`;
}

function problems(db: Db): string[] {
  const s = getGeneralSettings(db);
  return s.schoolName ? [] : ['尚未填写学校名称：上级工会按学校名称核对报送的台账。请先在“设置”中填写学校名称。'];
}

export async function sendPreview(db: Db, year: number, today: string = todayIso()) {
  const report = yearReport(db, year, today);
  const regs = sentRegisters(db, year, today);
  const lines = figureLines(report).map((l) => {
    const v = l.pick(report.current);
    const value = l.kind === 'rate' ? formatRate(v) : v === null ? '—' : l.kind === 'money' ? formatFen(v) : `${v} ${l.unit}`.trim();
    return { area: l.area, label: l.label.trim(), value };
  });
  // The sheets as the workbook really has them (areas may add sheets to the 年度台账).
  const sheets: string[] = [];
  await ledgerWorkbook(db, year, { fullIds: false, today, beforeWrite: (wb) => wb.eachSheet((ws) => void sheets.push(ws.name)) });
  return {
    fileName: sendFileName(report.org.schoolName || '本校', year),
    schoolName: report.org.schoolName,
    unionName: report.org.unionName,
    year,
    problems: problems(db),
    lines,
    hardship: regs.hardship.length,
    motions: regs.motions.length,
    votes: regs.votes.length,
    sheets,
  };
}

export async function sendLedger(db: Db, year: number, appVersion: string, today: string = todayIso()): Promise<Download> {
  const found = problems(db);
  if (found.length > 0) throw new AppError('VALIDATION', found.join(''));
  const regs = sentRegisters(db, year, today);
  const checks = reportChecks(db, year, today).items;
  let schoolName = '';
  const file = await ledgerWorkbook(db, year, {
    fullIds: false,
    today,
    beforeWrite: (wb, report) => {
      schoolName = report.org.schoolName;
      addMachineSheet(wb, {
        format: LEDGER_FORMAT,
        version: LEDGER_FORMAT_VERSION,
        schoolName: report.org.schoolName,
        unionName: report.org.unionName,
        year,
        exportedAt: nowTimestamp(),
        appVersion,
        figures: report.current,
        previous: report.previous,
        sentences: report.sentences,
        checks,
        ...regs,
      });
    },
  });
  return { fileName: sendFileName(schoolName, year), contentBase64: file.contentBase64 };
}
