import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // `npm start` runs build/index.js: WEB_PORT / WEB_HOST / WEB_ORIGIN configure it (not PORT, the API's);
    // built assets get .br/.gz siblings, served with immutable caching under /_app/immutable.
    adapter: adapter({ precompress: true, envPrefix: 'WEB_' }),
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
