import { z } from 'zod';
import { byIdSchema, downloadOutput, emptyInput } from '../api/common';
import { defineMethods } from '../api/define';
import {
  basesInputSchema,
  basesResultSchema,
  collectInputSchema,
  collectResultSchema,
  copyBasesInput,
  duesLedgerSchema,
  duesSettingsInput,
  duesSettingsSchema,
  duesYearInput,
  paymentInputSchema,
  paymentListInput,
  paymentSchema,
} from './schema';

export const duesContract = defineMethods({
  'dues.settings.get': { input: emptyInput, output: duesSettingsSchema },
  'dues.settings.update': { input: duesSettingsInput, output: duesSettingsSchema },
  /** The year's 会费收缴台账: every member due in the year, month by month, with arrears. */
  'dues.ledger': { input: duesYearInput, output: duesLedgerSchema },
  'dues.bases.set': { input: basesInputSchema, output: basesResultSchema },
  /** Copies last year's bases to members who have none for the year (沿用上年基数). */
  'dues.bases.copy': { input: copyBasesInput, output: basesResultSchema },
  'dues.payments.list': { input: paymentListInput, output: z.array(paymentSchema) },
  'dues.payments.create': { input: paymentInputSchema, output: paymentSchema },
  'dues.payments.collect': { input: collectInputSchema, output: collectResultSchema },
  'dues.payments.delete': { input: byIdSchema, output: z.object({ deleted: z.literal(true) }) },
  'dues.export': { input: duesYearInput, output: downloadOutput },
});
