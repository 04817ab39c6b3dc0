/** A job as the API shows it: what runs, how far it is, and how it ended. */
import { z } from 'zod';
import { JOB_KINDS } from './kinds';
import { JOB_PHASES } from './progress';
import { registerFieldLabels } from '../api/zod-messages';

registerFieldLabels({ id: '任务', kind: '任务类型', input: '任务内容', label: '任务名称', key: '任务所在页面' }, 'jobs.');

export const jobIdSchema = z.string().min(1).max(64);

export const jobStartInputSchema = z.object({
  kind: z.enum(JOB_KINDS),
  /** The input of the method the kind names; checked against that method's schema. */
  input: z.unknown(),
  /** How the header's indicator names the job, e.g. 导入花名册：教职工名单.xlsx. */
  label: z.string().max(120).optional(),
  /** The page that started it (e.g. import:welfare.visits), so the page finds it again when reopened. */
  key: z.string().min(1).max(120).optional(),
});

export const jobErrorSchema = z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() });

export const jobStatusSchema = z.enum(['running', 'done', 'failed', 'cancelled']);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const jobSummarySchema = z.object({
  id: jobIdSchema,
  kind: z.enum(JOB_KINDS),
  label: z.string(),
  /** The page key given at start, null when none was. */
  key: z.string().nullable(),
  status: jobStatusSchema,
  phase: z.enum(JOB_PHASES),
  done: z.number().int().min(0),
  /** null while unknown (a workbook still being read). */
  total: z.number().int().min(0).nullable(),
  message: z.string().nullable(),
  /** False from the first write on: the job then runs to its end (or rolls back on failure). */
  cancellable: z.boolean(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  /** Estimated milliseconds left in the current phase, once there is enough to estimate from. */
  remainingMs: z.number().nullable(),
  error: jobErrorSchema.nullable(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

/** A job with its result once done: the output of the method its kind names. */
export const jobStateSchema = jobSummarySchema.extend({ result: z.unknown().optional() });
export type JobState = z.infer<typeof jobStateSchema>;
