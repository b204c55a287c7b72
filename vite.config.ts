import { sveltekit } from '@sveltejs/kit/vite';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

/** A fresh browser block per project: one shared object would mislabel the projects. */
function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS }
    }),
    instances: [{ browser: 'chromium' as const }],
    screenshotDirectory: 'test-results/screenshots'
  };
}

/**
 * svelte/server is for prerendering only (src/site/hydrate-later.ts renders a figure on its own there): in the browser
 * bundle it resolves to a stub, so that none of Svelte's server renderer ships to readers.
 */
function serverRendererAtPrerenderOnly(): Plugin {
  const stub = '\0svelte-server-in-browser';
  return {
    name: 'unrolled:svelte-server-at-prerender-only',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'svelte/server' && this.environment.config.consumer === 'client') return stub;
    },
    load(id) {
      if (id === stub)
        return "export function render() { throw new Error('svelte/server runs at prerender only'); }";
    }
  };
}

export default defineConfig({
  plugins: [serverRendererAtPrerenderOnly(), sveltekit()],
  server: { fs: { allow: ['stories', '.storybook'] } },
  // Fewer, larger chunks: Lighthouse's simulated phone pays a round trip per file before the first paint, and the
  // automatic split gave pages 20–32 files of a few hundred bytes each (bench:site, A/B at load ~2: performance
  // 0.97/0.95/0.94–0.96 for /, /lstm, /playground split; 0.98–1.00/0.98/0.96 grouped, 7–10 files).
  build: {
    rolldownOptions: {
      // d3's bundled modules build their colour schemes and curves with top-level calls that carry no pure
      // annotation, so every scheme in d3-scale-chromatic shipped although the site uses three. These are the
      // d3 helpers those calls go through; each only returns a value.
      treeshake: {
        manualPureFunctions: [
          'ramp',
          'ramp$1',
          'colors',
          'interpolateCubehelixLong',
          'cubehelix$1',
          'rgbSpline',
          'interpolateTransform',
          'bisector',
          'Blur2',
          'shuffler',
          'curveRadial'
        ]
      },
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'runtime',
              test: /node_modules[\\/](svelte|esm-env|clsx|devalue|d3-[a-z-]+|internmap|@sveltejs[\\/]kit)[\\/]/,
              minShareCount: 2
            },
            // Shared by five or more pages: one chunk. What fewer pages share is split by which pages use it, so a page
            // does not load the union of every chapter's figures (minShareCount 3 gave / 101.4 KB, 5 gives 86.5).
            { name: 'library', test: /src[\\/](lib|site)[\\/]/, minShareCount: 5 }
          ]
        }
      }
    }
  },
  // An ES-module worker can split: the Keras file readers (jsfive, fflate) stay out of the trace
  // worker's own file and load only when a .keras or .h5 file is opened.
  worker: { format: 'es' },
  // tfjs may be imported only from the trace worker, which Vite's dependency scan does not see.
  // d3 and KaTeX are listed so the first test run does not discover them late and reload.
  optimizeDeps: {
    include: [
      '@tensorflow/tfjs',
      '@tensorflow/tfjs-backend-wasm',
      'd3-array',
      'd3-color',
      'd3-format',
      'd3-scale',
      'd3-scale-chromatic',
      'd3-shape',
      'katex'
    ]
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Some tests train or trace dozens of models; on a shared 2-core machine 5 s is not always enough.
          testTimeout: 30_000,
          include: ['tests/unit/**/*.test.ts']
        }
      },
      {
        // The chapters' prerendered prose against the shipped files: needs `npm run build` first (scripts/test.js runs
        // it in the build stage).
        extends: true,
        test: {
          name: 'prose',
          environment: 'node',
          testTimeout: 30_000,
          include: ['tests/prose/**/*.test.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          browser: chromiumBrowser()
        }
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'stories',
          browser: chromiumBrowser()
        }
      }
    ]
  }
});
