/**
 * A job's worker thread: opens its own connection to the store, runs the kind's function, and
 * posts progress (at most every 100 ms), then the result or the error as {code, message} in
 * Chinese. Bundled as dist-main/jobs-worker.cjs for the app; loaded through ./dev-worker.mjs in
 * development and tests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors';
import { throttled, type JobSignal } from '../../shared/jobs/progress';
import type { AppContext } from '../api/context';
import { toApiError } from '../api/dispatch';
import { openJobConnection } from './connection';
import './kinds';
import type { WorkerInput, WorkerMessage } from './messages';
import { jobDefinition } from './registry';

const data = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
const flag = new Int32Array(data.cancel);
const signal: JobSignal = {
  get aborted() {
    return Atomics.load(flag, 0) === 1;
  },
};

async function main(): Promise<void> {
  const definition = jobDefinition(data.kind);
  if (!definition) throw new AppError('INTERNAL', `后台任务的类型“${data.kind}”未登记，无法运行。`);
  const db = openJobConnection(data.storePath);
  try {
    const ctx: AppContext = { db, storePath: data.storePath, backupDir: data.backupDir, shell: data.shell, appVersion: data.appVersion };
    const progress = throttled((p) => post({ type: 'progress', progress: p }), 100);
    const result = await definition.run(ctx, data.input as never, progress, signal);
    post({ type: 'done', result });
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  post({ type: 'failed', error: toApiError(error, data.kind) });
});
