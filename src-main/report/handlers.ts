import type { AreaHandlers } from '../api/define';
import { reportChecks } from './checks';
import { figureDetail } from './detail';
import { ledgerWorkbook } from './ledger';
import { getRubric, markItem, resetRubric, selfAssessment, updateRubric } from './rubric';
import { reportYears, yearReport } from './year';

export const reportHandlers: AreaHandlers<'report.'> = {
  'report.years': ({ db }) => reportYears(db),
  'report.year': ({ db }, { year }) => yearReport(db, year),
  'report.detail': ({ db }, { year, figure }) => figureDetail(db, year, figure),
  'report.checks': ({ db }, { year }) => reportChecks(db, year),
  'report.ledger': async ({ db }, { year, fullIds }) => ledgerWorkbook(db, year, { fullIds }),
  'report.rubric.get': ({ db }) => getRubric(db),
  'report.rubric.update': ({ db }, { items }) => updateRubric(db, items),
  'report.rubric.reset': ({ db }) => resetRubric(db),
  'report.selfAssessment': ({ db }, { year }) => selfAssessment(db, year),
  'report.mark': ({ db }, input) => markItem(db, input),
};
