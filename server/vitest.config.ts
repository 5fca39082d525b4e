import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Pothos loads graphql's CommonJS build; make every import use that one instance (graphql
    // refuses to mix its ESM and CJS copies: "Cannot use GraphQLInterfaceType from another realm").
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The scale test has its own command (npm run test:scale, vitest.scale.config.ts).
    exclude: [...configDefaults.exclude, 'test/scale/**'],
    // Kills processes a test started and could not stop (a timeout or crash skips its cleanup).
    globalSetup: ['../prisma/src/testing/process-reaper.ts'],
    // End-to-end files each start a server and workers: run files one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
