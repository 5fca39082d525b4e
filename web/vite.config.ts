/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// The API (GraphQL over HTTP, subscriptions as SSE, leaderboard exports, sign-in) is reached at relative paths on
// this origin; src/hooks.server.ts passes them to BENCHHUB_API_URL (default http://127.0.0.1:4000), in dev as in
// production.

export default defineConfig({
  plugins: [sveltekit()],
  // The browser tests run their own `vite dev` beside a developer's; a separate dependency cache keeps the two from
  // invalidating each other's optimized dependencies.
  ...(process.env.BENCHHUB_VITE_CACHE_DIR ? { cacheDir: process.env.BENCHHUB_VITE_CACHE_DIR } : {}),
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
