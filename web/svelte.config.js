import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // `npm start` runs build/index.js in its own process and sets BENCHHUB_WEB_PORT / BENCHHUB_WEB_HOST from WEB_PORT
    // and HOST (the adapter's own variables, internal: WEB_ORIGIN is the project's comma-separated list, which the
    // adapter's single ORIGIN cannot read); built assets get .br/.gz siblings, immutable under /_app/immutable.
    adapter: adapter({ precompress: true, envPrefix: 'BENCHHUB_WEB_' }),
    // Content-Security-Policy of every page; SvelteKit adds a nonce for its own inline scripts (mode auto). Styles may
    // be inline (Svelte and the charts set style attributes). frame-ancestors: no page may be framed (clickjacking).
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self', 'data:'],
        'connect-src': ['self'],
        'worker-src': ['self', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
    // One script and one stylesheet for the whole app (≈ 250 KB brotli): a first visit makes a handful of requests
    // instead of 25+, and moving between pages loads no code. See BENCHMARKS.md (start-up).
    output: { bundleStrategy: 'single' },
    typescript: {
      // Type-check the browser end-to-end helpers too.
      config: (tsconfig) => {
        tsconfig.include.push('../e2e/**/*.ts');
        return tsconfig;
      },
    },
  },
};

export default config;
