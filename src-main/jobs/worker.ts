/**
 * A job's worker thread: opens its own connection to the store, runs the kind's function, and
 * posts progress (at most every 100 ms), then the result or the error as {code, message} in
 * Chinese. A worker started with `keep` stays after its job and runs the page's next one. Bundled
 * as dist-main/jobs-worker.cjs for the app; loaded through ./dev-worker.mjs in development and tests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import { throttled, type JobSignal } from '../../shared/jobs/progress';
import type { AppContext } from '../api/context';
import { toApiError } from '../api/dispatch';
import { openJobConnection } from './connection';
import './kinds';
import type { RunMessage, WorkerInput, WorkerMessage } from './messages';
import type { Db } from '../db/types';
import type { JobKind } from '../../shared/jobs/kinds';
import { jobDefinition } from './registry';

const data = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

function signalOf(cancel: SharedArrayBuffer): JobSignal {
  const flag = new Int32Array(cancel);
  return {
    get aborted() {
      return Atomics.load(flag, 0) === 1;
    },
  };
}

async function runOne(db: Db, kind: JobKind, input: unknown, cancel: SharedArrayBuffer): Promise<void> {
  try {
    const definition = jobDefinition(kind);
    if (!definition) throw new AppError('INTERNAL', `后台任务的类型“${kind}”未登记，无法运行。`);
    const ctx: AppContext = { db, storePath: data.storePath, backupDir: data.backupDir, shell: data.shell, appVersion: data.appVersion };
    const progress = throttled((p) => post({ type: 'progress', progress: p }), 100);
    const result = await definition.run(ctx, input as never, progress, signalOf(cancel));
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', error: toApiError(error, kind) });
  }
}

async function main(): Promise<void> {
  let db: Db;
  try {
    db = openJobConnection(data.storePath);
  } catch (error) {
    post({ type: 'failed', error: toApiError(error, data.kind) });
    return;
  }
  await runOne(db, data.kind, data.input, data.cancel);
  if (!data.keep) {
    db.close();
    return;
  }
  // Kept for the page's next job (its commit reuses the check this connection remembers); the
  // runner ends the thread when it is no longer wanted. Jobs come one at a time.
  parentPort?.on('message', (message: RunMessage) => {
    if (message.type === 'run') void runOne(db, message.kind, message.input, message.cancel);
  });
}

void main();
