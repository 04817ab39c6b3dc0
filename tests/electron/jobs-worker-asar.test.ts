/**
 * The job worker in a packaged app, with `electron` mocked: the main bundle runs from app.asar,
 * the worker file is loaded from app.asar.unpacked (a worker thread must not depend on asar
 * support), and electron-builder.yml unpacks that file and better-sqlite3 with what it requires.
 * Not verifiable here, without the Electron binary: that a worker thread of the packaged app
 * really starts and opens the store (the bundled-worker integration test runs the same bundle
 * under plain Node).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledWorkerFile, workerEntry } from '../../src-main/jobs/entry';

vi.mock('electron', () => ({ app: { isPackaged: true, getAppPath: () => '/opt/工会台账/resources/app.asar' } }));

afterEach(() => vi.unstubAllGlobals());

/** electron-builder's glob as a RegExp: ** any folders, * within one name. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/?|\*)/)
    .map((part) => (part.startsWith('**') ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

function asarUnpack(): string[] {
  const yml = fs.readFileSync(path.resolve('electron-builder.yml'), 'utf8');
  const block = /^asarUnpack:\n((?:\s+- .+\n)+)/m.exec(yml);
  return (block?.[1] ?? '').split('\n').map((l) => l.trim().replace(/^- /, '')).filter(Boolean);
}

describe('the job worker in a packaged app', () => {
  it('is loaded from app.asar.unpacked when the main bundle runs from app.asar', () => {
    expect(bundledWorkerFile('/opt/工会台账/resources/app.asar/dist-main', 'jobs-worker.cjs')).toBe('/opt/工会台账/resources/app.asar.unpacked/dist-main/jobs-worker.cjs');
    expect(bundledWorkerFile('C:\\Users\\张老师\\AppData\\Local\\Programs\\工会台账\\resources\\app.asar\\dist-main', 'jobs-worker.cjs', path.win32.join)).toBe(
      'C:\\Users\\张老师\\AppData\\Local\\Programs\\工会台账\\resources\\app.asar.unpacked\\dist-main\\jobs-worker.cjs',
    );
    // Run from an unpacked folder (npm start, asar: false) the path stays as it is.
    expect(bundledWorkerFile('/home/dev/union-ledger/dist-main', 'jobs-worker.cjs')).toBe('/home/dev/union-ledger/dist-main/jobs-worker.cjs');
    // A folder merely named like the archive is not the archive.
    expect(bundledWorkerFile('/data/app.asar.backup/dist-main', 'jobs-worker.cjs')).toBe('/data/app.asar.backup/dist-main/jobs-worker.cjs');
  });

  it('the built main bundle points its workers at the bundle file (not the TypeScript bootstrap)', () => {
    vi.stubGlobal('__JOBS_WORKER_BUNDLE__', 'jobs-worker.cjs');
    const entry = workerEntry();
    expect(entry.entry).toBeUndefined();
    expect(path.basename(entry.file)).toBe('jobs-worker.cjs');
  });

  it('electron-builder unpacks the worker bundle and better-sqlite3 with the modules it requires', () => {
    const patterns = asarUnpack();
    const unpacked = (file: string) => patterns.some((p) => globToRegExp(p).test(file));
    expect(unpacked('dist-main/jobs-worker.cjs')).toBe(true);
    expect(unpacked('dist-main/electron-main.cjs')).toBe(false);
    for (const file of ['node_modules/better-sqlite3/package.json', 'node_modules/better-sqlite3/lib/index.js', 'node_modules/better-sqlite3/build/Release/better_sqlite3.node']) {
      expect(unpacked(file), file).toBe(true);
    }
    // Every module better-sqlite3 requires at run time, found from the unpacked folder.
    const runtime = ['bindings', ...Object.keys((JSON.parse(fs.readFileSync('node_modules/bindings/package.json', 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {})];
    for (const dep of runtime) expect(unpacked(`node_modules/${dep}/package.json`), dep).toBe(true);
    // The worker bundle requires nothing else from node_modules (all else is bundled in).
    const build = fs.readFileSync('scripts/build-main.mjs', 'utf8');
    expect(build).toMatch(/external: \['electron', 'better-sqlite3'\]/);
  });
});
