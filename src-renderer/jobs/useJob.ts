/**
 * Runs long work as a job from a page: `run(kind, input, label)` resolves with the method's output
 * (or rejects with its Chinese error, as a direct call would), while `progress` follows the job for
 * <JobProgress>, and `cancel()` asks the main process to stop it (refused once it writes).
 * Queries whose method starts with one of `invalidates` are refreshed after a job that succeeded.
 *
 * A page that passes its key (`useJob('import:welfare.visits')`) starts its jobs under that key;
 * when the page is left its job runs on (the header shows it), and `pickUp(kinds)` on the page's
 * next mount finds it again: it follows a job still running and hands over the result of one that
 * ended while the page was closed, once.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiCallError } from '../../shared/api/client';
import type { Input, Output } from '../../shared/api/contract';
import type { ApiErrorCode } from '../../shared/api/errors';
import type { JobKind } from '../../shared/jobs/kinds';
import { runJob, waitForJob } from '../../shared/jobs/client';
import type { JobSummary } from '../../shared/jobs/schema';
import { useApi } from '../api/context';

export interface PickedUp<K extends JobKind> {
  kind: K;
  output: Output<K>;
  /** True when the job was still running on return (the page watched it end). */
  wasRunning: boolean;
  label: string;
}

export interface JobHandle {
  /** `background: false` makes the same call directly: small work answers faster without a worker. */
  run<K extends JobKind>(kind: K, input: Input<K>, label?: string, invalidates?: string[], background?: boolean): Promise<Output<K>>;
  /**
   * The page's job of one of `kinds` left running or ended since the page was last open: follows it
   * and resolves with its output (null when there is none, or it was cancelled); rejects with the
   * job's error when it failed. Each job is handed over once.
   */
  pickUp<K extends JobKind>(kinds: readonly K[], invalidates?: string[]): Promise<PickedUp<K> | null>;
  /** The job being followed (null when none runs). */
  progress: JobSummary | null;
  cancel(): Promise<void>;
  /** Why a cancel was refused (the job is writing), until the job ends. */
  cancelRefused: string | null;
}

/** Jobs whose end a page has already seen: not handed over again when the page is reopened. */
const collected = new Set<string>();

export function useJob(pageKey?: string): JobHandle {
  const api = useApi();
  const client = useQueryClient();
  const [progress, setProgress] = useState<JobSummary | null>(null);
  const [cancelRefused, setCancelRefused] = useState<string | null>(null);
  const current = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const refresh = useCallback(
    async (invalidates: string[]) => {
      if (invalidates.length === 0) return;
      await client.invalidateQueries({
        predicate: (q) => typeof q.queryKey[0] === 'string' && invalidates.some((p) => (q.queryKey[0] as string).startsWith(p)),
      });
    },
    [client],
  );

  const follow = useCallback(
    async <T>(work: (options: { onStart: (id: string) => void; onProgress: (job: JobSummary) => void; stopped: () => boolean }) => Promise<T>): Promise<T> => {
      setCancelRefused(null);
      let id: string | null = null;
      try {
        const output = await work({
          onStart: (started) => {
            id = started;
            current.current = started;
          },
          onProgress: (job) => mounted.current && current.current === job.id && setProgress(job),
          // A page left while its job runs stops polling; the job runs on and the page picks it up again.
          stopped: () => pageKey !== undefined && !mounted.current,
        });
        if (id) collected.add(id);
        return output;
      } catch (e) {
        if (id && !(e instanceof Error && 'code' in e && e.code === 'LEFT')) collected.add(id);
        throw e;
      } finally {
        current.current = null;
        if (mounted.current) {
          setProgress(null);
          setCancelRefused(null);
        }
      }
    },
    [pageKey],
  );

  const run = useCallback(
    async <K extends JobKind>(kind: K, input: Input<K>, label?: string, invalidates: string[] = [], background = true): Promise<Output<K>> => {
      const output = background
        ? await follow((o) => runJob(api, kind, input, { label, key: pageKey, ...o }))
        : await (api.call as (m: K, i: Input<K>) => Promise<Output<K>>)(kind, input);
      await refresh(invalidates);
      return output;
    },
    [api, follow, pageKey, refresh],
  );

  const pickUp = useCallback(
    async <K extends JobKind>(kinds: readonly K[], invalidates: string[] = []): Promise<PickedUp<K> | null> => {
      if (!pageKey) return null;
      const found = await api.call('jobs.find', { key: pageKey });
      if (!found || collected.has(found.id) || !(kinds as readonly JobKind[]).includes(found.kind)) return null;
      if (found.status === 'cancelled') {
        collected.add(found.id);
        return null;
      }
      if (found.status === 'failed') {
        collected.add(found.id);
        const error = found.error;
        throw new ApiCallError({ code: (error?.code ?? 'INTERNAL') as ApiErrorCode, message: error?.message ?? '操作失败。', fields: error?.fields });
      }
      const wasRunning = found.status === 'running';
      const output = (await follow(async (o) => {
        o.onStart(found.id);
        o.onProgress(found);
        return waitForJob(api, found.id, o);
      })) as Output<K>;
      await refresh(invalidates);
      return { kind: found.kind as K, output, wasRunning, label: found.label };
    },
    [api, follow, pageKey, refresh],
  );

  const cancel = useCallback(async () => {
    const id = current.current;
    if (!id) return;
    try {
      await api.call('jobs.cancel', { id });
    } catch (e) {
      if (mounted.current) setCancelRefused(e instanceof Error ? e.message : String(e));
    }
  }, [api]);

  return { run, pickUp, progress, cancel, cancelRefused };
}

/** Files above this size are read as a job; rosters of a few hundred rows are read directly. */
export const JOB_FROM_BASE64_CHARS = 400_000;
/** Above this many rows a check or commit runs as a job; below it a direct call answers faster. */
export const JOB_FROM_ROWS = 1000;

/**
 * A job the user cancelled, or one whose page was left (it runs on in the background): not an
 * error to show, the page just goes back a step.
 */
export function isCancelled(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'CANCELLED' || code === 'LEFT';
}
