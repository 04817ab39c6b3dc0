import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the browser mode; one file at a time.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // A page opened from cold (bundle, mount, first API calls) can take seconds on a busy 2-core
    // machine; expect.poll's 1 s default would fail a correct page. Speed is measured in bench/.
    expect: { poll: { timeout: 15_000 } },
  },
});
