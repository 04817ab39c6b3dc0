import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/helpers/longest-first';

/**
 * Three projects in two pools that run side by side, one worker each on these two cores:
 * - node (unit and integration): worker threads that keep their loaded modules from one file to the
 *   next. Importing the services, the handler table and exceljs took seconds per file, and none of
 *   these files mocks a module or changes process-wide state; each test still opens its own store.
 * - component (jsdom) and electron (mocks `electron`): a fresh process per file, as before, since
 *   Ant Design's style cache and vi.mock must not carry over from one file to the next.
 */
export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirstSequencer },
    poolOptions: {
      threads: { isolate: false, maxThreads: 1, minThreads: 1 },
      forks: { isolate: true, maxForks: 1, minForks: 1 },
    },
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          pool: 'threads',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'electron',
          include: ['tests/electron/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          pool: 'forks',
          testTimeout: 30_000,
        },
      },
    ],
  },
});
