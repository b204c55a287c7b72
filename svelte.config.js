import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ strict: true }),
    // Site-only modules (chapter lists, page state) that the published library does not ship.
    alias: { $site: 'src/site' },
    // Every page's CSS goes into its <head>: a dozen small stylesheets, each a render-blocking request, cost a phone
    // more first-paint time than their bytes (Lighthouse, bench:site). KaTeX's ~30 KB is the largest.
    inlineStyleThreshold: 60_000,
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    // Registered by the layout once the page is idle (src/site/service-worker-registration.ts), not at start-up.
    serviceWorker: { register: false }
  },
  compilerOptions: {
    // src/lib/elements declares custom-element options that only its own build (vite.elements.config.ts) uses.
    warningFilter: (warning) =>
      !(
        warning.code === 'options_missing_custom_element' &&
        warning.filename?.includes('src/lib/elements/')
      )
  },
  vitePlugin: {
    // Runes everywhere in our own code; dependencies compile in whatever mode they were written for.
    dynamicCompileOptions: ({ filename }) =>
      filename.includes('node_modules') ? undefined : { runes: true }
  }
};

export default config;
