import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The fault suite (npm run test:faults): real processes and a real Redis under faults, files one at
 * a time. Its own config (not merged with vitest.config.ts, whose include lists would be concatenated).
 */
export default defineConfig({
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['test/faults/*.faults.ts'],
    globalSetup: ['../prisma/src/testing/process-reaper.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
