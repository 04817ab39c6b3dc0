/**
 * What each kind of job runs. A kind is registered with a function `(ctx, input, progress, signal)
 * => result`: `ctx` holds the job's own connection to the store (opened in its worker thread),
 * `progress` takes `{ phase, done, total }` steps, `signal.aborted` turns true when the user
 * cancels. The function is looked up inside the worker, so registrations live in modules the
 * worker imports (./kinds.ts).
 */
import type { Method, Output, ParsedInput } from '../../shared/api/contract';
import { JOB_KINDS, type JobKind } from '../../shared/jobs/kinds';
import type { JobPhase, JobSignal, ProgressSink } from '../../shared/jobs/progress';
import type { AppContext } from '../api/context';

// Every kind names a contract method: its input and output type the job.
const kindsAreMethods: readonly Method[] = JOB_KINDS;
void kindsAreMethods;

export type JobRun<K extends JobKind> = (
  ctx: AppContext,
  input: ParsedInput<K>,
  progress: ProgressSink,
  signal: JobSignal,
) => Output<K> | Promise<Output<K>>;

export interface JobDefinition<K extends JobKind> {
  /** The phase shown from the start until the work reports its first step. */
  firstPhase: JobPhase;
  run: JobRun<K>;
}

const definitions = new Map<JobKind, JobDefinition<JobKind>>();

export function registerJobKind<K extends JobKind>(kind: K, definition: JobDefinition<K>): void {
  definitions.set(kind, definition as unknown as JobDefinition<JobKind>);
}

export function jobDefinition<K extends JobKind>(kind: K): JobDefinition<K> | undefined {
  return definitions.get(kind) as unknown as JobDefinition<K> | undefined;
}
