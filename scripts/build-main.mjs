// Bundles the Electron main process and preload into CommonJS files Electron can load.
// better-sqlite3 stays external: it is a native module unpacked from the asar.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

// The main bundle starts jobs in dist-main/jobs-worker.cjs (src-main/jobs/entry.ts reads this name).
const jobs = { define: { __JOBS_WORKER_BUNDLE__: '"jobs-worker.cjs"', 'import.meta.url': 'undefined' } };

await build({ ...common, ...jobs, entryPoints: ['src-main/electron/main.ts'], outfile: 'dist-main/electron-main.cjs' });
await build({ ...common, ...jobs, entryPoints: ['src-main/jobs/worker.ts'], outfile: 'dist-main/jobs-worker.cjs' });
await build({ ...common, entryPoints: ['src-main/electron/preload.ts'], outfile: 'dist-main/preload.cjs' });
