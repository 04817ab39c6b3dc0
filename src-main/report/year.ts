/** report.year and report.years: the year's figures beside last year's, with the summary's sentences. */
import { todayIso } from '../../shared/domain/dates';
import { currentYear, REPORT_MIN_YEAR, type YearReport } from '../../shared/report/schema';
import { summarySentences } from '../../shared/report/sentences';
import type { Db } from '../db/types';
import { getGeneralSettings } from '../settings/service';
import { yearFigures } from './figures';

export function yearReport(db: Db, year: number, today: string = todayIso()): YearReport {
  const s = getGeneralSettings(db);
  const { current, previous } = db.transaction(() => ({ current: yearFigures(db, year, today), previous: yearFigures(db, year - 1, today) }))();
  return {
    year,
    org: { schoolName: s.schoolName, unionName: s.unionName },
    current,
    previous,
    sentences: summarySentences(current, previous, year),
  };
}

/** The years that have any dated record, plus this year, newest first. */
export function reportYears(db: Db, today: string = todayIso()): { years: number[]; current: number } {
  const now = currentYear(new Date(`${today}T12:00:00`));
  const rows = db
    .prepare<[], { y: number }>(
      `SELECT DISTINCT CAST(substr(d, 1, 4) AS INTEGER) AS y FROM (
         SELECT join_date AS d FROM members WHERE join_date IS NOT NULL
         UNION SELECT changed_on FROM member_status_history
         UNION SELECT start_date FROM congress_sessions
         UNION SELECT voted_on FROM congress_votes
         UNION SELECT publish_date FROM disclosure_notices
         UNION SELECT issue_date FROM disclosure_issues
         UNION SELECT received_on FROM disclosure_objections
         UNION SELECT visit_date FROM welfare_visits
         UNION SELECT filed_on FROM hardship_files
         UNION SELECT start_date FROM activities
         UNION SELECT awarded_on FROM honours
         UNION SELECT printf('%04d-01-01', year) FROM dues_payments
       )`,
    )
    .all();
  const years = new Set<number>([now]);
  for (const { y } of rows) if (y >= REPORT_MIN_YEAR && y <= now + 1) years.add(y);
  return { years: [...years].sort((a, b) => b - a), current: now };
}
