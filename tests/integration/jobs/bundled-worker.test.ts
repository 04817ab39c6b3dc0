/**
 * The built app runs bundled CommonJS, not TypeScript: the worker is bundled as its own entry
 * (scripts/build-main.mjs) and must run a job there too. The bundle is built the same way into
 * test-output (inside the repo, so it finds node_modules/better-sqlite3 as dist-main does).
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../../src-main/jobs/runner';
import { tempStore } from '../../helpers/store';

const outDir = path.resolve('test-output', `jobs-worker-${process.pid}`);
const outfile = path.join(outDir, 'jobs-worker.cjs');

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('the bundled job worker', () => {
  it('runs a job from the CommonJS bundle and reports progress to its end', async () => {
    await build({
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'error',
      external: ['electron', 'better-sqlite3'],
      define: { __JOBS_WORKER_BUNDLE__: '"jobs-worker.cjs"', 'import.meta.url': 'undefined' },
      entryPoints: ['src-main/jobs/worker.ts'],
      outfile,
    });
    const store = tempStore();
    const runner = new JobRunner(store.ctx, { worker: { file: outfile } });
    try {
      const { id } = runner.start('system.exportBackup', undefined);
      let job = runner.get(id);
      while (job.status === 'running') {
        await new Promise((r) => setTimeout(r, 20));
        job = runner.get(id);
      }
      expect(job.error).toBeNull();
      expect(job.status).toBe('done');
      expect(job.phase).toBe('备份');
      expect(job.done).toBe(job.total);
      const result = job.result as { fileName: string; contentBase64: string };
      expect(result.fileName).toMatch(/^工会台账备份-/);
      expect(Buffer.from(result.contentBase64, 'base64').subarray(0, 15).toString()).toBe('SQLite format 3');
    } finally {
      await runner.close();
      store.close();
    }
  }, 60_000);
});
