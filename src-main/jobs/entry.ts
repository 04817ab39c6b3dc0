/**
 * Where a job's worker thread starts. The app's bundle (scripts/build-main.mjs) defines
 * __JOBS_WORKER_BUNDLE__ and ships the worker as its own file beside the main bundle; TypeScript
 * run by tsx or vitest starts ./dev-worker.mjs, which loads ./worker.ts through tsx's loader.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

declare const __JOBS_WORKER_BUNDLE__: string | undefined;

export interface WorkerEntry {
  file: string;
  /** The TypeScript module the development bootstrap imports. */
  entry?: string;
}

export function workerEntry(): WorkerEntry {
  if (typeof __JOBS_WORKER_BUNDLE__ === 'string') return { file: path.join(__dirname, __JOBS_WORKER_BUNDLE__) };
  const here = import.meta.url;
  return { file: fileURLToPath(new URL('./dev-worker.mjs', here)), entry: new URL('./worker.ts', here).href };
}
