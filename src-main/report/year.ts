import { emptyFigures } from '../../shared/report/empty';
import type { YearReport } from '../../shared/report/schema';
import { currentYear } from '../../shared/report/schema';
import { summarySentences } from '../../shared/report/sentences';
import type { Db } from '../db/types';
import { getGeneralSettings } from '../settings/service';

export function reportYears(_db: Db): { years: number[]; current: number } {
  return { years: [currentYear()], current: currentYear() };
}

export function yearReport(db: Db, year: number): YearReport {
  const s = getGeneralSettings(db);
  const current = emptyFigures();
  const previous = emptyFigures();
  return { year, org: { schoolName: s.schoolName, unionName: s.unionName }, current, previous, sentences: summarySentences(current, previous, year) };
}
