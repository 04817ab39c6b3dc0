import { contract } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import { zodToApiError } from '../../shared/api/zod-messages';
import type { AreaHandlers } from '../api/define';
import { jobRunner } from './runner';

export const jobsHandlers: AreaHandlers<'jobs.'> = {
  'jobs.start': (ctx, { kind, input, label, key }) => {
    // The job's input is the input of the method its kind names, checked here, before it starts.
    const parsed = contract[kind].input.safeParse(input);
    if (!parsed.success) {
      const error = zodToApiError(parsed.error, kind);
      throw new AppError(error.code, error.message, error.fields);
    }
    return { id: jobRunner(ctx).start(kind, parsed.data, label, key).id };
  },
  'jobs.get': (ctx, { id }) => jobRunner(ctx).get(id),
  'jobs.cancel': (ctx, { id }) => jobRunner(ctx).cancel(id),
  'jobs.list': (ctx) => jobRunner(ctx).list(),
  'jobs.find': (ctx, { key }) => jobRunner(ctx).findByKey(key),
};
