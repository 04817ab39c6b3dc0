import { defineConfig } from 'vitest/config';

/** `npm run test:crash`: kill -9 trials of the CLI, minutes long, so outside `npm test`. */
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
});
