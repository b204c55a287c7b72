// The web components' own build: src/lib/elements compiled as custom elements into self-contained ES modules.
// `vite build -c vite.elements.config.ts` writes static/elements/ (served by the site at /elements/);
// `--mode package` writes dist/custom-elements/ for the npm package, leaving tfjs to the user's bundler.
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const elementsFolder = fileURLToPath(new URL('src/lib/elements/', import.meta.url));

export default defineConfig(({ mode }) => ({
  // Relative asset URLs (the trace worker): the files are served from wherever the script is, not a site root.
  base: './',
  plugins: [
    svelte({
      configFile: false,
      preprocess: vitePreprocess(),
      // Styles go into each element's shadow root, so a host page's CSS neither breaks nor is broken by a figure.
      compilerOptions: { css: 'injected', runes: true },
      dynamicCompileOptions: ({ filename }) =>
        filename.startsWith(elementsFolder) ? { customElement: true } : undefined
    })
  ],
  // The trace worker (used when the page shares the script's origin) is minified like the rest.
  worker: { format: 'es', rolldownOptions: { output: { minify: true } } },
  resolve: { alias: { $lib: fileURLToPath(new URL('src/lib', import.meta.url)) } },
  build: {
    // Not dist/elements: svelte-package writes the wrappers' sources there, and `vite preview` serves dist/ first,
    // so a bundle at dist/elements/ would shadow the site's /elements/ in the e2e tests.
    outDir: mode === 'package' ? 'dist/custom-elements' : 'static/elements',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    lib: {
      entry: {
        unrolled: 'src/lib/elements/index.ts',
        // The iframe embeds' own scripts: the frame reads its query and reports its height, the host resizes frames.
        'embed-frame': 'src/lib/elements/embed/frame.ts',
        'embed-host': 'src/lib/elements/embed/host.ts'
      },
      formats: ['es']
    },
    rolldownOptions: {
      external: mode === 'package' ? [/^@tensorflow\//] : [],
      // Every chunk next to the entry: elements resolve the site's files relative to their own script's URL.
      output: {
        chunkFileNames: 'unrolled-[name]-[hash].js',
        // Library mode keeps ES output readable by default; these files are what course pages download.
        minify: true
      }
    }
  }
}));
