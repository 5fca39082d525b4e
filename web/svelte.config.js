import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter(),
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
