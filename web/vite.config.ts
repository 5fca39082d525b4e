/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// The API (GraphQL over HTTP, subscriptions as SSE) is reached at the relative path /graphql, and the leaderboard
// files (CSV / JSON) at /export/…; both are served by the API server.
const apiUrl = process.env.BENCHHUB_API_URL ?? 'http://localhost:4000';

const graphqlProxy = {
  '/graphql': {
    target: apiUrl,
    changeOrigin: true,
    // Server-sent events must stream through untouched (no buffering, no timeouts).
    timeout: 0,
    proxyTimeout: 0,
  },
  '^/export/': {
    target: apiUrl,
    changeOrigin: true,
  },
};

export default defineConfig({
  plugins: [sveltekit()],
  // The browser tests run their own `vite dev` beside a developer's; a separate dependency cache keeps the two from
  // invalidating each other's optimized dependencies.
  ...(process.env.BENCHHUB_VITE_CACHE_DIR ? { cacheDir: process.env.BENCHHUB_VITE_CACHE_DIR } : {}),
  server: { proxy: graphqlProxy },
  preview: { proxy: graphqlProxy },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
