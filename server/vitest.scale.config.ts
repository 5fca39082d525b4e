import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** `npm run test:scale`: the deployment of DEPLOY.md under failure (test/scale/scale.test.ts). */
export default defineConfig({
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['test/scale/**/*.test.ts'],
    globalSetup: ['../prisma/src/testing/process-reaper.ts'],
    testTimeout: 300_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
  },
});
