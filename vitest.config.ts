import { defineConfig } from 'vitest/config';

// Speed is measured by `npm run bench`, not by tests: a test's time limit only
// catches a hang, so it is generous enough for a busy 2-core machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // every language's catalog, which the CLI loads on demand (issue 26)
    setupFiles: ['test/setup.ts'],
  },
});
