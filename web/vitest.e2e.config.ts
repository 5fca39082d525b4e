import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests (`e2e/**\/*.e2e.test.ts`): each file starts the real stack (GraphQL server, worker,
 * an OpenAI-compatible test model, `vite dev`) and drives Debian's Chromium with playwright-core.
 * Files run one at a time; timeouts are generous because a whole evaluation runs inside a test.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    // Kills processes a test started and could not stop (a timeout or crash skips its cleanup).
    globalSetup: ['../prisma/src/testing/process-reaper.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    // A failed step leaves the page on screen: no retries that would hide a flaky UI.
    retry: 0,
  },
});
