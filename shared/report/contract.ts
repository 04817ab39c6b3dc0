import { downloadOutput, emptyInput } from '../api/common';
import { defineMethods } from '../api/define';
import { markInputSchema, rubricOutput, rubricUpdateInput, selfAssessmentOutput } from './rubric';
import { checksOutput, detailInputSchema, detailOutput, ledgerInputSchema, yearInputSchema, yearReportSchema, yearsOutput } from './schema';

export const reportContract = defineMethods({
  'report.years': { input: emptyInput, output: yearsOutput },
  'report.year': { input: yearInputSchema, output: yearReportSchema },
  'report.detail': { input: detailInputSchema, output: detailOutput },
  'report.checks': { input: yearInputSchema, output: checksOutput },
  'report.ledger': { input: ledgerInputSchema, output: downloadOutput },
  /** 考核细则 (the rubric) as the settings keep it, with the judges that can score items from the records. */
  'report.rubric.get': { input: emptyInput, output: rubricOutput },
  'report.rubric.update': { input: rubricUpdateInput, output: rubricOutput },
  'report.rubric.reset': { input: emptyInput, output: rubricOutput },
  /** 自评表: the rubric scored for the year, per section and in total. */
  'report.selfAssessment': { input: yearInputSchema, output: selfAssessmentOutput },
  'report.mark': { input: markInputSchema, output: selfAssessmentOutput },
});
