import { defineConfig } from 'vitest/config';

/**
 * Tests wait on events, not on the clock: a test or hook that takes long on a busy machine is
 * not failing. The timeouts below are only a backstop against a hang (a test that would never
 * end), long enough that load alone never trips them; no test sets a shorter one of its own.
 */
const HANG_BACKSTOP_MS = 10 * 60_000;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the sample once per run; end-to-end tests read that one PDF back (inject('sample')).
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/setup-fast-check.ts'],
    testTimeout: HANG_BACKSTOP_MS,
    hookTimeout: HANG_BACKSTOP_MS,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
