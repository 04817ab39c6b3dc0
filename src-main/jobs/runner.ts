/**
 * The job runner of one open store: starts each job in a worker thread of its own, keeps its
 * latest progress for `jobs.get`, and remembers ended jobs for a while so a page that was left
 * and opened again can still collect the result. Jobs that write run one at a time (the store has
 * one writer); the others run at once.
 *
 * An import's check leaves its worker waiting for the same page's next job: the commit that
 * follows runs there and reuses the rows that connection just checked (import/check-cache.ts)
 * instead of checking 50,000 rows again in a new thread.
 */
import crypto from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { AppError, type ApiError } from '../../shared/api/errors';
import { JOB_KIND_LABELS, WRITING_KINDS, type JobKind } from '../../shared/jobs/kinds';
import { CANCELLABLE_PHASES, CANCELLED_MESSAGE, type JobProgress } from '../../shared/jobs/progress';
import type { JobState, JobSummary } from '../../shared/jobs/schema';
import type { AppContext } from '../api/context';
import { workerEntry, type WorkerEntry } from './entry';
import type { RunMessage, WorkerInput, WorkerMessage } from './messages';
import { jobDefinition } from './registry';
import './kinds';

/** Ended jobs are kept this long (and at most KEEP_ENDED of them) for a late `jobs.get`. */
const KEEP_ENDED_MS = 10 * 60 * 1000;
const KEEP_ENDED = 30;
/** `jobs.list` shows an ended job this long, so the header can say it finished. */
const LIST_ENDED_MS = 60 * 1000;
/** A cancelled job that does not stop by itself within this time is stopped (it has written nothing). */
const CANCEL_GRACE_MS = 2000;
/** Kinds whose worker, once done, waits for the page's next job: what it remembers saves that job work. */
const KEEP_WORKER_AFTER: readonly JobKind[] = ['import.preview'];
/** A kept worker nobody came back to is ended after this long (it holds the checked rows). */
const KEEP_WORKER_MS = 5 * 60 * 1000;

interface KeptWorker {
  worker: Worker;
  timer: NodeJS.Timeout;
}

interface Job {
  summary: JobSummary;
  result?: unknown;
  input: unknown;
  cancel: SharedArrayBuffer;
  worker: Worker | null;
  phaseStartedAt: number;
  settled: boolean;
}

export interface RunnerOptions {
  /** Another worker entry (tests run the bundled worker this way). */
  worker?: WorkerEntry;
  log?: (message: string, error?: unknown) => void;
}

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private readonly waiting: Job[] = [];
  /** Workers waiting for their page's next job, by page key. */
  private readonly kept = new Map<string, KeptWorker>();
  /** Jobs each worker has run, for workerRuns(). */
  private readonly runs = new WeakMap<Worker, number>();
  private readonly jobWorker = new WeakMap<Job, Worker>();
  /** Workers started to stay after their job. */
  private readonly keepers = new WeakSet<Worker>();
  private closed = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly options: RunnerOptions = {},
  ) {}

  start(kind: JobKind, input: unknown, label?: string, key?: string): JobSummary {
    if (this.closed) throw new AppError('INTERNAL', '程序正在关闭，不能再开始新的任务。');
    const definition = jobDefinition(kind);
    if (!definition) throw new AppError('INTERNAL', `后台任务的类型“${kind}”未登记，无法运行。`);
    const now = Date.now();
    const job: Job = {
      summary: {
        id: crypto.randomUUID(),
        kind,
        label: label ?? JOB_KIND_LABELS[kind],
        key: key ?? null,
        status: 'running',
        phase: definition.firstPhase,
        done: 0,
        total: null,
        message: null,
        cancellable: CANCELLABLE_PHASES.includes(definition.firstPhase),
        startedAt: now,
        finishedAt: null,
        remainingMs: null,
        error: null,
      },
      input,
      cancel: new SharedArrayBuffer(4),
      worker: null,
      phaseStartedAt: now,
      settled: false,
    };
    this.prune(now);
    this.jobs.set(job.summary.id, job);
    if (WRITING_KINDS.includes(kind) && this.writerBusy()) {
      job.summary.phase = '排队';
      job.summary.cancellable = true;
      job.summary.message = '等待前一个写入任务完成';
      this.waiting.push(job);
    } else this.launch(job);
    return { ...job.summary };
  }

  get(id: string): JobState {
    const job = this.find(id);
    const state: JobState = { ...job.summary, remainingMs: this.remaining(job) };
    if (job.summary.status === 'done') state.result = job.result;
    return state;
  }

  cancel(id: string): JobSummary {
    const job = this.find(id);
    if (job.summary.status !== 'running') return { ...job.summary };
    if (!job.summary.cancellable) {
      throw new AppError('CONFLICT', `“${job.summary.label}”正在写入数据，不能取消：中途停止会留下不完整的数据。请等待它完成，完成后可以撤销这次导入。`);
    }
    const queued = this.waiting.indexOf(job);
    if (queued >= 0) {
      this.waiting.splice(queued, 1);
      this.settle(job, 'cancelled', null);
      return { ...job.summary };
    }
    Atomics.store(new Int32Array(job.cancel), 0, 1);
    // A step that reports no progress for a while (one big read) is stopped from outside.
    setTimeout(() => {
      if (!job.settled && job.summary.cancellable) void job.worker?.terminate();
    }, CANCEL_GRACE_MS).unref();
    return { ...job.summary };
  }

  list(now = Date.now()): JobSummary[] {
    return [...this.jobs.values()]
      .filter((j) => j.summary.status === 'running' || (j.summary.finishedAt ?? 0) > now - LIST_ENDED_MS)
      .map((j) => ({ ...j.summary, remainingMs: this.remaining(j) }));
  }

  /** The newest job started with this page key that is still kept (running, or ended within KEEP_ENDED_MS). */
  findByKey(key: string, now = Date.now()): JobSummary | null {
    this.prune(now);
    let newest: Job | null = null;
    for (const job of this.jobs.values()) if (job.summary.key === key && (!newest || job.summary.startedAt >= newest.summary.startedAt)) newest = job;
    return newest ? { ...newest.summary, remainingMs: this.remaining(newest) } : null;
  }

  /** How many jobs the thread that ran this job has run, this one included (2: a commit ran where its check did). */
  workerRuns(id: string): number {
    const worker = this.jobWorker.get(this.find(id));
    return worker ? (this.runs.get(worker) ?? 0) : 0;
  }

  /** Stops every job (the program is closing): work not yet committed is rolled back by SQLite. */
  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    const kept = [...this.kept.values()];
    this.kept.clear();
    for (const k of kept) clearTimeout(k.timer);
    await Promise.all([...[...this.jobs.values()].map((j) => j.worker?.terminate()), ...kept.map((k) => k.worker.terminate())]);
  }

  private find(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', '找不到这个任务：它可能早已结束，或程序已重新启动。');
    return job;
  }

  private writerBusy(): boolean {
    return [...this.jobs.values()].some((j) => j.worker !== null && !j.settled && WRITING_KINDS.includes(j.summary.kind));
  }

  private launch(job: Job): void {
    const worker = this.takeKept(job) ?? this.spawn(job);
    job.input = undefined;
    job.worker = worker;
    job.phaseStartedAt = Date.now();
    this.runs.set(worker, (this.runs.get(worker) ?? 0) + 1);
    this.jobWorker.set(job, worker);
    worker.on('message', (message: WorkerMessage) => this.receive(job, message));
    worker.on('error', (error) => {
      this.options.log?.(`job ${job.summary.kind} failed in its worker`, error);
      this.settle(job, 'failed', { code: 'INTERNAL', message: `“${job.summary.label}”意外出错，没有完成，数据未被修改。详细信息已记录在日志中。` });
    });
    worker.on('exit', (code) => {
      if (job.settled) return;
      if (Atomics.load(new Int32Array(job.cancel), 0) === 1) this.settle(job, 'cancelled', null);
      else this.settle(job, 'failed', { code: 'INTERNAL', message: `“${job.summary.label}”意外中止（代码 ${code}），没有完成，数据未被修改。` });
    });
  }

  private spawn(job: Job): Worker {
    const entry = this.options.worker ?? workerEntry();
    const data: WorkerInput = {
      kind: job.summary.kind,
      input: job.input,
      storePath: this.ctx.storePath,
      backupDir: this.ctx.backupDir,
      shell: this.ctx.shell,
      appVersion: this.ctx.appVersion,
      cancel: job.cancel,
      entry: entry.entry,
      keep: this.keepsWorker(job),
    };
    const worker = new Worker(entry.file, { workerData: data });
    if (data.keep) this.keepers.add(worker);
    return worker;
  }

  /** A page's check keeps its worker for the page's next job. */
  private keepsWorker(job: Job): boolean {
    return job.summary.key !== null && KEEP_WORKER_AFTER.includes(job.summary.kind);
  }

  /** The worker the job's page left waiting, handed this job; any other job of the page ends it. */
  private takeKept(job: Job): Worker | null {
    const key = job.summary.key;
    const kept = key === null ? undefined : this.kept.get(key);
    if (!kept || key === null) return null;
    this.kept.delete(key);
    clearTimeout(kept.timer);
    detach(kept.worker);
    kept.worker.ref();
    const run: RunMessage = { type: 'run', kind: job.summary.kind, input: job.input, cancel: job.cancel };
    kept.worker.postMessage(run);
    return kept.worker;
  }

  /** After a kept kind's job: the worker waits for its page's next job, or ends after KEEP_WORKER_MS. */
  private keep(key: string, worker: Worker): void {
    detach(worker);
    const previous = this.kept.get(key);
    if (previous) {
      clearTimeout(previous.timer);
      void previous.worker.terminate();
    }
    const timer = setTimeout(() => {
      if (this.kept.get(key)?.worker === worker) this.kept.delete(key);
      void worker.terminate();
    }, KEEP_WORKER_MS);
    timer.unref();
    // A kept thread must not keep the process alive, and one that dies is simply forgotten.
    worker.unref();
    worker.on('exit', () => {
      if (this.kept.get(key)?.worker === worker) this.kept.delete(key);
    });
    worker.on('error', () => undefined);
    this.kept.set(key, { worker, timer });
  }

  private receive(job: Job, message: WorkerMessage): void {
    if (job.settled) return;
    if (message.type === 'progress') return this.advance(job, message.progress);
    if (message.type === 'done') {
      job.result = message.result;
      if (job.summary.total !== null) job.summary.done = job.summary.total;
      return this.settle(job, 'done', null);
    }
    if (message.error.code === 'CANCELLED') return this.settle(job, 'cancelled', null);
    this.settle(job, 'failed', message.error);
  }

  private advance(job: Job, p: JobProgress): void {
    const s = job.summary;
    if (p.phase !== s.phase) job.phaseStartedAt = Date.now();
    s.phase = p.phase;
    s.done = p.done;
    s.total = p.total;
    s.message = p.message;
    // Once a job has begun writing it stays uncancellable, through any later phase.
    s.cancellable = s.cancellable && CANCELLABLE_PHASES.includes(p.phase);
  }

  private settle(job: Job, status: 'done' | 'failed' | 'cancelled', error: ApiError | null): void {
    if (job.settled) return;
    job.settled = true;
    job.summary.status = status;
    job.summary.error = status === 'cancelled' ? { code: 'CANCELLED', message: CANCELLED_MESSAGE } : error;
    job.summary.finishedAt = Date.now();
    job.summary.cancellable = false;
    job.summary.remainingMs = null;
    const worker = job.worker;
    job.worker = null;
    if (worker) {
      // Only a worker started to stay (or already staying) is kept, and only after a job that went through.
      const key = job.summary.key;
      if (status === 'done' && key !== null && !this.closed && this.keepsWorker(job) && this.keepers.has(worker)) this.keep(key, worker);
      else void worker.terminate();
    }
    const next = this.waiting.shift();
    if (next && !this.closed) {
      next.summary.phase = jobDefinition(next.summary.kind)?.firstPhase ?? next.summary.phase;
      next.summary.message = null;
      this.launch(next);
    }
  }

  private remaining(job: Job): number | null {
    const { done, total, status } = job.summary;
    if (status !== 'running' || total === null || done <= 0 || done >= total) return null;
    const elapsed = Date.now() - job.phaseStartedAt;
    if (elapsed < 300) return null;
    return Math.round((elapsed / done) * (total - done));
  }

  private prune(now: number): void {
    const ended = [...this.jobs.values()].filter((j) => j.settled).sort((a, b) => (a.summary.finishedAt ?? 0) - (b.summary.finishedAt ?? 0));
    ended.forEach((j, i) => {
      if ((j.summary.finishedAt ?? 0) < now - KEEP_ENDED_MS || i < ended.length - KEEP_ENDED) this.jobs.delete(j.summary.id);
    });
  }
}

/**
 * Takes a job's listeners off its worker. By event name only: Worker's own newListener/removeListener
 * hooks start and stop its message port, and removing those too would leave the port stopped.
 */
function detach(worker: Worker): void {
  for (const event of ['message', 'error', 'exit'] as const) worker.removeAllListeners(event);
}

const runners = new WeakMap<AppContext, JobRunner>();

/** The runner of the store a context holds, made on first use. */
export function jobRunner(ctx: AppContext, options?: RunnerOptions): JobRunner {
  let runner = runners.get(ctx);
  if (!runner) {
    runner = new JobRunner(ctx, options);
    runners.set(ctx, runner);
  }
  return runner;
}

/** Stops the jobs of a context that is being closed. */
export async function closeJobs(ctx: AppContext): Promise<void> {
  const runner = runners.get(ctx);
  runners.delete(ctx);
  await runner?.close();
}
