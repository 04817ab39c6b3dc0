import { z } from 'zod';
import { emptyInput } from '../api/common';
import { defineMethods } from '../api/define';
import { jobIdSchema, jobStartInputSchema, jobStateSchema, jobSummarySchema } from './schema';

export const jobsContract = defineMethods({
  /** Starts long work in the background and answers at once with the job's id. */
  'jobs.start': { input: jobStartInputSchema, output: z.object({ id: jobIdSchema }) },
  /** Where a job is (phase, count, time left); its result or error once it has ended. */
  'jobs.get': { input: z.object({ id: jobIdSchema }), output: jobStateSchema },
  /** Cancels a job still reading or checking; a job already writing refuses with a reason. */
  'jobs.cancel': { input: z.object({ id: jobIdSchema }), output: jobSummarySchema },
  /** Running jobs and those ended in the last minute, for the header's indicator. */
  'jobs.list': { input: emptyInput, output: z.array(jobSummarySchema) },
  /** The newest job a page started (by its key), running or ended in the last minutes; null when none. */
  'jobs.find': { input: z.object({ key: z.string().min(1).max(120) }), output: jobSummarySchema.nullable() },
});
