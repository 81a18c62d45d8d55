import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/setup-fast-check.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // End-to-end tests share one built sample (see tests/e2e/sample.ts); keep files from racing on it.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
