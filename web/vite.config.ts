/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// The API (GraphQL over HTTP, subscriptions as SSE) is reached at the relative path /graphql.
const apiUrl = process.env.BENCHHUB_API_URL ?? 'http://localhost:4000';

const graphqlProxy = {
  '/graphql': {
    target: apiUrl,
    changeOrigin: true,
    // Server-sent events must stream through untouched (no buffering, no timeouts).
    timeout: 0,
    proxyTimeout: 0,
  },
};

export default defineConfig({
  plugins: [sveltekit()],
  server: { proxy: graphqlProxy },
  preview: { proxy: graphqlProxy },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
