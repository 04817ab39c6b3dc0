// Development and tests run TypeScript: this bootstrap registers tsx's loader in the worker
// thread, then loads the job's TypeScript entry. The built app loads dist-main/jobs-worker.cjs.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
