import { defineConfig } from 'vitest/config';

/**
 * Tests wait on events, not on the clock: a test or hook that takes long on a busy machine is
 * not failing. The timeouts below are only a backstop against a hang (a test that would never
 * end), long enough that load alone never trips them; no test sets a shorter one of its own.
 */
const HANG_BACKSTOP_MS = 10 * 60_000;

/** Unit test files that mock a module (vi.mock): they run in a fresh module graph of their own. */
const MOCKING = ['tests/unit/text-cache.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['tests/setup-fast-check.ts'],
    testTimeout: HANG_BACKSTOP_MS,
    hookTimeout: HANG_BACKSTOP_MS,
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        // Pure functions on fixtures: one module graph per worker, shared by its files. Importing
        // src/ afresh for each of 80 files took more CPU than the tests themselves (82 s of CPU
        // for tests/unit against 178 s isolated, on the loaded 2-core machine).
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: MOCKING, isolate: false },
      },
      {
        // Builds, browsers, processes: each file in a fresh module graph (module-level caches and
        // the render pages' WeakMaps start empty). The sample is built once per run for them:
        // end-to-end tests read that one PDF back (inject('sample')).
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts', 'tests/reliability/**/*.test.ts', ...MOCKING], globalSetup: ['tests/e2e/global-setup.ts'] },
      },
    ],
  },
});
