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

/**
 * The worker bundle beside the main bundle in `dir`. In a packaged app `dir` lies inside app.asar;
 * the worker file is unpacked beside it (electron-builder.yml asarUnpack, with better-sqlite3 and
 * the modules it requires), so the worker thread loads it and its requires from plain files and
 * does not depend on asar support inside worker threads.
 */
export function bundledWorkerFile(dir: string, bundle: string, join: (...parts: string[]) => string = path.join): string {
  return join(dir.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked'), bundle);
}

export function workerEntry(): WorkerEntry {
  if (typeof __JOBS_WORKER_BUNDLE__ === 'string') return { file: bundledWorkerFile(__dirname, __JOBS_WORKER_BUNDLE__) };
  const here = import.meta.url;
  return { file: fileURLToPath(new URL('./dev-worker.mjs', here)), entry: new URL('./worker.ts', here).href };
}
