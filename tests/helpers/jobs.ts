/**
 * Jobs through dispatch (the door IPC and HTTP use) in integration tests: a call that throws the
 * API's Chinese error with its code, a job followed to its end, and a temp store per test whose
 * jobs are stopped before it closes.
 */
import { afterEach } from 'vitest';
import type { JobSummary } from '../../shared/jobs/schema';
import type { AppContext } from '../../src-main/api/context';
import { dispatch } from '../../src-main/api/dispatch';
import { closeJobs } from '../../src-main/jobs/runner';
import { tempStore } from './store';

export async function call(ctx: AppContext, method: string, input: unknown): Promise<unknown> {
  const envelope = await dispatch(ctx, method, input);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.data;
}

/** Polls a job to its end, keeping every distinct step it showed. */
export async function followJob(
  ctx: AppContext,
  id: string,
  onStep?: (s: JobSummary) => void,
): Promise<{ steps: JobSummary[]; end: JobSummary & { result?: unknown } }> {
  const steps: JobSummary[] = [];
  for (;;) {
    const job = (await call(ctx, 'jobs.get', { id })) as JobSummary & { result?: unknown };
    const last = steps[steps.length - 1];
    if (!last || last.phase !== job.phase || last.done !== job.done || last.total !== job.total) steps.push(job);
    onStep?.(job);
    if (job.status !== 'running') return { steps, end: job };
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function memberCount(ctx: AppContext): number {
  return (ctx.db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
}

/** `open()` gives the test a temp store; after the test its jobs are stopped and it is closed. */
export function storesWithJobs(): { open(): ReturnType<typeof tempStore> } {
  let store: ReturnType<typeof tempStore> | null = null;
  afterEach(async () => {
    if (store) await closeJobs(store.ctx);
    store?.close();
    store = null;
  });
  return {
    open: () => {
      store = tempStore();
      return store;
    },
  };
}
