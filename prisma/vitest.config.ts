import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Kills processes a test started and could not stop (a timeout or crash skips its cleanup).
    globalSetup: ['./src/testing/process-reaper.ts'],
  },
});
