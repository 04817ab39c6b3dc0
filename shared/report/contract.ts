import { downloadOutput, emptyInput } from '../api/common';
import { defineMethods } from '../api/define';
import { checksOutput, detailInputSchema, detailOutput, ledgerInputSchema, yearInputSchema, yearReportSchema, yearsOutput } from './schema';

export const reportContract = defineMethods({
  'report.years': { input: emptyInput, output: yearsOutput },
  'report.year': { input: yearInputSchema, output: yearReportSchema },
  'report.detail': { input: detailInputSchema, output: detailOutput },
  'report.checks': { input: yearInputSchema, output: checksOutput },
  'report.ledger': { input: ledgerInputSchema, output: downloadOutput },
});
