/**
 * Running a job from the renderer (or any API client): start it, poll `jobs.get` until it ends,
 * hand each step to `onProgress`, and resolve with the output of the method the kind names, or
 * reject with the job's own Chinese error, exactly as a direct call would.
 */
import { ApiCallError, type ApiClient } from '../api/client';
import type { Input, Output } from '../api/contract';
import type { ApiErrorCode } from '../api/errors';
import type { JobKind } from './kinds';
import { CANCELLED_MESSAGE } from './progress';
import type { JobSummary } from './schema';

export interface RunJobOptions {
  label?: string;
  onProgress?: (job: JobSummary) => void;
  /** Called once with the job's id, so a cancel button can name it. */
  onStart?: (id: string) => void;
  pollMs?: number;
  /** The page key the job is started with, so the page finds it again (jobs.find) when reopened. */
  key?: string;
  /** Checked before each poll: true stops following (the page was left) with a JobLeftError; the job runs on. */
  stopped?: () => boolean;
}

/** Following stopped because the page that followed the job was left; the job itself runs on. */
export class JobLeftError extends Error {
  readonly code = 'LEFT';
  constructor() {
    super('页面已离开，任务仍在后台进行。');
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runJob<K extends JobKind>(api: ApiClient, kind: K, input: Input<K>, options: RunJobOptions = {}): Promise<Output<K>> {
  const { id } = await api.call('jobs.start', { kind, input, label: options.label, key: options.key });
  options.onStart?.(id);
  return waitForJob(api, id, options) as Promise<Output<K>>;
}

/** Follows a started job to its end (also used by a page that comes back to a running job). */
export async function waitForJob(api: ApiClient, id: string, options: Pick<RunJobOptions, 'onProgress' | 'pollMs' | 'stopped'> = {}): Promise<unknown> {
  const pollMs = options.pollMs ?? 250;
  for (;;) {
    if (options.stopped?.()) throw new JobLeftError();
    const job = await api.call('jobs.get', { id });
    const { result, ...summary } = job;
    options.onProgress?.(summary);
    if (job.status === 'done') return result;
    if (job.status === 'failed') {
      throw new ApiCallError({ code: (job.error?.code ?? 'INTERNAL') as ApiErrorCode, message: job.error?.message ?? '操作失败。', fields: job.error?.fields });
    }
    if (job.status === 'cancelled') throw new ApiCallError({ code: 'CANCELLED', message: CANCELLED_MESSAGE });
    await sleep(pollMs);
  }
}
