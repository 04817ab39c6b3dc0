/**
 * 慰问标准: per reason, the cash cap, the goods cap and the times per person per year. Kept in the
 * settings table under 'welfare'; the shipped table is an example until the user saves their own.
 */
import { formatFen } from '../../shared/domain/money';
import {
  EXAMPLE_STANDARDS_MARKER,
  welfareSettingsSchema,
  type StandardsView,
  type WelfareSettings,
  type WelfareStandard,
} from '../../shared/welfare/schema';
import type { Db } from '../db/types';
import { readSettings, writeSettings } from '../settings/settings-table';

const KEY = 'welfare';

function view(settings: WelfareSettings): StandardsView {
  return { isExample: settings.isExample, marker: settings.isExample ? EXAMPLE_STANDARDS_MARKER : null, items: settings.items };
}

export function getStandards(db: Db): StandardsView {
  return view(readSettings(db, KEY, welfareSettingsSchema));
}

export function updateStandards(db: Db, items: WelfareStandard[]): StandardsView {
  const normalized = items.map((s) => ({ ...s, capFen: s.cashAllowed ? s.capFen : null, evidence: [...new Set(s.evidence)] }));
  return view(writeSettings(db, KEY, welfareSettingsSchema, { isExample: false, items: normalized }));
}

export function resetStandards(db: Db): StandardsView {
  return view(writeSettings(db, KEY, welfareSettingsSchema, welfareSettingsSchema.parse({})));
}

export function standardFor(db: Db, reason: string): WelfareStandard | null {
  return getStandards(db).items.find((s) => s.reason === reason) ?? null;
}

/** The recipient's identity for yearly counts: the member (and family member by name), or the name alone. */
export interface Recipient {
  memberId: number | null;
  recipientName: string | null;
}

export function countThisYear(db: Db, who: Recipient, reason: string, visitDate: string, excludeVisitId?: number): number {
  const year = visitDate.slice(0, 4);
  const params = { reason, from: `${year}-01-01`, to: `${year}-12-31`, exclude: excludeVisitId ?? 0, name: who.recipientName };
  if (who.memberId !== null) {
    return db
      .prepare<typeof params & { memberId: number }, { n: number }>(
        `SELECT count(*) AS n FROM welfare_visits
         WHERE member_id = @memberId AND recipient_name IS @name AND reason = @reason
           AND visit_date BETWEEN @from AND @to AND id <> @exclude`,
      )
      .get({ ...params, memberId: who.memberId })!.n;
  }
  return db
    .prepare<typeof params, { n: number }>(
      `SELECT count(*) AS n FROM welfare_visits
       WHERE member_id IS NULL AND recipient_name = @name AND reason = @reason
         AND visit_date BETWEEN @from AND @to AND id <> @exclude`,
    )
    .get(params)!.n;
}

export interface Amounts {
  amountFen: number;
  goodsValueFen: number;
}

/** What is over the standard, in sentences the confirmation dialog and the flag show. */
export function standardProblems(standard: WelfareStandard | null, amounts: Amounts, countBefore: number): string[] {
  if (!standard) return [];
  const problems: string[] = [];
  if (!standard.cashAllowed && amounts.amountFen > 0) {
    problems.push(`“${standard.reason}”按标准只发慰问品，不发慰问金（本次 ${formatFen(amounts.amountFen)}）`);
  } else if (standard.capFen !== null && amounts.amountFen > standard.capFen) {
    problems.push(`慰问金 ${formatFen(amounts.amountFen)} 超过“${standard.reason}”每次上限 ${formatFen(standard.capFen)}`);
  }
  if (standard.goodsCapFen !== null && amounts.goodsValueFen > standard.goodsCapFen) {
    problems.push(`慰问品价值 ${formatFen(amounts.goodsValueFen)} 超过“${standard.reason}”每次上限 ${formatFen(standard.goodsCapFen)}`);
  }
  if (standard.maxPerYear !== null && countBefore >= standard.maxPerYear) {
    problems.push(`本年度已因“${standard.reason}”慰问 ${countBefore} 次，标准为每人每年最多 ${standard.maxPerYear} 次`);
  }
  return problems;
}
