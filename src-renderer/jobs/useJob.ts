/**
 * Runs long work as a job from a page: `run(kind, input, label)` resolves with the method's output
 * (or rejects with its Chinese error, as a direct call would), while `progress` follows the job for
 * <JobProgress>, and `cancel()` asks the main process to stop it (refused once it writes).
 * Queries whose method starts with one of `invalidates` are refreshed after a job that succeeded.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, Output } from '../../shared/api/contract';
import type { JobKind } from '../../shared/jobs/kinds';
import { runJob } from '../../shared/jobs/client';
import type { JobSummary } from '../../shared/jobs/schema';
import { useApi } from '../api/context';

export interface JobHandle {
  /** `background: false` makes the same call directly: small work answers faster without a worker. */
  run<K extends JobKind>(kind: K, input: Input<K>, label?: string, invalidates?: string[], background?: boolean): Promise<Output<K>>;
  /** The job being followed (null when none runs). */
  progress: JobSummary | null;
  cancel(): Promise<void>;
  /** Why a cancel was refused (the job is writing), until the job ends. */
  cancelRefused: string | null;
}

export function useJob(): JobHandle {
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

  const run = useCallback(
    async <K extends JobKind>(kind: K, input: Input<K>, label?: string, invalidates: string[] = [], background = true): Promise<Output<K>> => {
      setCancelRefused(null);
      try {
        const output = background
          ? await runJob(api, kind, input, {
              label,
              onStart: (id) => (current.current = id),
              onProgress: (job) => mounted.current && current.current === job.id && setProgress(job),
            })
          : await (api.call as (m: K, i: Input<K>) => Promise<Output<K>>)(kind, input);
        if (invalidates.length > 0) {
          await client.invalidateQueries({
            predicate: (q) => typeof q.queryKey[0] === 'string' && invalidates.some((p) => (q.queryKey[0] as string).startsWith(p)),
          });
        }
        return output;
      } finally {
        current.current = null;
        if (mounted.current) {
          setProgress(null);
          setCancelRefused(null);
        }
      }
    },
    [api, client],
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

  return { run, progress, cancel, cancelRefused };
}

/** Files above this size are read as a job; rosters of a few hundred rows are read directly. */
export const JOB_FROM_BASE64_CHARS = 400_000;
/** Above this many rows a check or commit runs as a job; below it a direct call answers faster. */
export const JOB_FROM_ROWS = 1000;

/** A job the user cancelled: not an error to show, the page just goes back a step. */
export function isCancelled(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'CANCELLED';
}
