/** What passes between the runner and a job's worker thread. */
import type { ApiError } from '../../shared/api/errors';
import type { JobKind } from '../../shared/jobs/kinds';
import type { JobProgress } from '../../shared/jobs/progress';
import type { AppContext } from '../api/context';

export interface WorkerInput {
  kind: JobKind;
  input: unknown;
  storePath: string;
  backupDir: string;
  shell: AppContext['shell'];
  appVersion: string;
  /** One Int32: 1 once the user cancelled. Shared memory, so a busy synchronous loop sees it. */
  cancel: SharedArrayBuffer;
  /** In development: the TypeScript entry the bootstrap loads through tsx. */
  entry?: string;
  /** Stay after the job, with the connection open, for the next job of the page (a RunMessage). */
  keep: boolean;
}

/** The next job for a worker that stayed: the same page's commit after its check, say. */
export interface RunMessage {
  type: 'run';
  kind: JobKind;
  input: unknown;
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: ApiError };
