import { z } from 'zod';
import { byIdSchema, downloadOutput, emptyInput, idSchema } from '../api/common';
import { defineMethods } from '../api/define';
import {
  batchInputSchema,
  batchResultSchema,
  batchSchema,
  exportInputSchema,
  hardshipDetailSchema,
  hardshipFileSchema,
  hardshipInputSchema,
  hardshipListQuerySchema,
  memberVisitsSchema,
  peopleQuerySchema,
  personSchema,
  rangeInputSchema,
  reverifyInputSchema,
  signoffSheetSchema,
  standardCheckInput,
  standardCheckSchema,
  standardsOutput,
  standardsUpdateInput,
  visitInputSchema,
  visitListQuerySchema,
  visitListSchema,
  visitSchema,
  welfareStatsSchema,
  yearlyTotalsSchema,
} from './schema';

const deleted = z.object({ deleted: z.literal(true) });

export const welfareContract = defineMethods({
  'welfare.visits.list': { input: visitListQuerySchema, output: visitListSchema },
  'welfare.visits.get': { input: byIdSchema, output: visitSchema },
  'welfare.visits.check': { input: standardCheckInput, output: standardCheckSchema },
  'welfare.visits.create': { input: visitInputSchema, output: visitSchema },
  'welfare.visits.update': { input: z.object({ id: idSchema, data: visitInputSchema }), output: visitSchema },
  'welfare.visits.delete': { input: byIdSchema, output: deleted },
  'welfare.visits.departments': { input: emptyInput, output: z.array(z.string()) },
  'welfare.memberVisits': { input: z.object({ memberId: idSchema }), output: memberVisitsSchema },

  'welfare.people': { input: peopleQuerySchema, output: z.array(personSchema) },
  'welfare.batches.list': { input: emptyInput, output: z.array(batchSchema) },
  'welfare.batches.check': { input: batchInputSchema, output: z.array(z.object({ memberId: idSchema, name: z.string(), problems: z.array(z.string()) })) },
  'welfare.batches.create': { input: batchInputSchema, output: batchResultSchema },
  'welfare.batches.delete': { input: byIdSchema, output: deleted },

  'welfare.standards.get': { input: emptyInput, output: standardsOutput },
  'welfare.standards.update': { input: standardsUpdateInput, output: standardsOutput },
  'welfare.standards.reset': { input: emptyInput, output: standardsOutput },

  'welfare.hardship.list': { input: hardshipListQuerySchema, output: z.array(hardshipFileSchema) },
  'welfare.hardship.get': { input: byIdSchema, output: hardshipDetailSchema },
  'welfare.hardship.create': { input: hardshipInputSchema, output: hardshipDetailSchema },
  'welfare.hardship.update': { input: z.object({ id: idSchema, data: hardshipInputSchema }), output: hardshipDetailSchema },
  'welfare.hardship.reverify': { input: reverifyInputSchema, output: hardshipDetailSchema },
  'welfare.hardship.delete': { input: byIdSchema, output: deleted },
  /** 困难职工档案.xlsx of the files the list shows, in the columns the hardship import reads. */
  'welfare.hardship.export': { input: hardshipListQuerySchema, output: downloadOutput },

  'welfare.stats': { input: z.object({ year: z.number().int().min(1990).max(2100) }), output: welfareStatsSchema },
  'welfare.stats.years': { input: emptyInput, output: yearlyTotalsSchema },
  'welfare.signoff': { input: rangeInputSchema, output: signoffSheetSchema },
  'welfare.export': { input: exportInputSchema, output: downloadOutput },
});
