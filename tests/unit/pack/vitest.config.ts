// Run only the pack unit tests, without the end-to-end global setup (a full PDF build):
// npx vitest run --config tests/unit/pack/vitest.config.ts
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../../..', import.meta.url).pathname,
    include: ['tests/unit/pack/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
