/**
 * How long work tells its progress without a parameter threaded through every service: a job (in
 * its worker thread) or a CLI command installs a sink for the duration of one run, and the loops of
 * the import reader, checker and writer call `reportProgress`. Outside a job there is no sink and
 * the call costs a comparison, so the synchronous service functions stay callable as they are.
 * One run at a time per thread: a worker runs one job, the CLI one command.
 */
import { AppError } from '../api/errors';

/** The phases a user sees, in the order an import passes them. */
export const JOB_PHASES = ['排队', '读取', '检查', '写入', '导出', '备份', '恢复'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

/** Phases that write nothing to the store: cancelling there leaves it as it was. */
export const CANCELLABLE_PHASES: readonly JobPhase[] = ['排队', '读取', '检查', '导出'];

export interface JobProgress {
  phase: JobPhase;
  done: number;
  /** null while the total is not known yet (rows of a workbook still being read). */
  total: number | null;
  message: string | null;
}

export type ProgressSink = (progress: JobProgress) => void;

/** What the work consults to stop early; backed by shared memory in a worker, so a busy loop sees it. */
export interface JobSignal {
  readonly aborted: boolean;
}

export const CANCELLED_MESSAGE = '已取消，数据未被修改。';

let sink: ProgressSink | null = null;
let signal: JobSignal | null = null;

/**
 * Reports one step. In a cancellable phase a cancelled run stops here with a CANCELLED error, so
 * cancelling during reading or checking throws before anything is written.
 */
export function reportProgress(phase: JobPhase, done: number, total: number | null, message: string | null = null): void {
  if (sink === null) return;
  if (signal?.aborted && CANCELLABLE_PHASES.includes(phase)) throw new AppError('CANCELLED', CANCELLED_MESSAGE);
  sink({ phase, done, total, message });
}

/** Runs `work` with `report` receiving its progress; the previous sink is restored afterwards. */
export async function withProgress<T>(report: ProgressSink, abort: JobSignal | null, work: () => T | Promise<T>): Promise<T> {
  const before = { sink, signal };
  sink = report;
  signal = abort;
  try {
    return await work();
  } finally {
    sink = before.sink;
    signal = before.signal;
  }
}

/**
 * Limits a stream of reports to one per `intervalMs` (a 50,000-row loop would otherwise post
 * 50,000 messages), always passing a change of phase, a newly known total and the last step of a
 * phase (without the total, a quick job would end as “0 / ?” and never show its count).
 */
export function throttled(report: ProgressSink, intervalMs: number, now: () => number = Date.now): ProgressSink {
  let last: JobProgress | null = null;
  let lastAt = 0;
  return (p) => {
    const t = now();
    const phaseChanged = last === null || last.phase !== p.phase;
    const totalChanged = last !== null && last.total !== p.total;
    const finished = p.total !== null && p.done >= p.total;
    if (!phaseChanged && !totalChanged && !finished && t - lastAt < intervalMs) return;
    if (!phaseChanged && last !== null && p.done < last.done) return;
    last = p;
    lastAt = t;
    report(p);
  };
}
