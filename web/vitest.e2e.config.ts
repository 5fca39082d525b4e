import { defineConfig } from 'vitest/config';

/**
 * Browser end-to-end tests (`e2e/**\/*.e2e.test.ts`): each file starts the real stack (GraphQL server, worker,
 * an OpenAI-compatible test model, `vite dev`) and drives Debian's Chromium with playwright-core.
 * Files run one at a time; timeouts are generous because a whole evaluation runs inside a test.
 *
 * npm test runs them all on SQLite; its PostgreSQL pass (`test:postgres` in package.json) runs results.e2e.test.ts
 * only. These files test the UI: every dialect-specific statement behind these pages (prisma/src/statements/*,
 * containsText, the run counters' SQL) and the GraphQL/services above it are already tested on PostgreSQL by
 * prisma's, the server's and the worker's own tests. results.e2e is the one page tour fed by those raw statements
 * (the plan preview's candidate items, the per-question matrix and exports from stored samples, the tasks list
 * and active time, the pivot over the seed imported through GraphQL), kept as the browser-level check on PostgreSQL.
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
