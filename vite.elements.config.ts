// The web components' own build: src/lib/elements compiled as custom elements into self-contained ES modules.
// `vite build -c vite.elements.config.ts` writes static/elements/ (served by the site at /elements/);
// `--mode package` writes the same bundle to dist/custom-elements/ for the npm package: tfjs and the shipped models
// are lazy chunks inside it, so `import 'unrolled/elements'` needs neither tfjs installed nor a server for the models.
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viewFile } from './src/lib/elements/view-files.js';

const elementsFolder = fileURLToPath(new URL('src/lib/elements/', import.meta.url));
const viewsFolder = fileURLToPath(new URL('src/lib/elements/views/', import.meta.url));
const elementStyles = fileURLToPath(new URL('src/lib/elements/element-styles.ts', import.meta.url));

/** `import x from './file.bin?base64'`: the file's bytes as a base64 string (the shipped weights, in a lazy chunk). */
function base64Files(): Plugin {
  return {
    name: 'unrolled-base64-files',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith('?base64')) return undefined;
      const bytes = await readFile(id.slice(0, -'?base64'.length));
      return `export default ${JSON.stringify(bytes.toString('base64'))};`;
    }
  };
}

/**
 * Components' scoped CSS into constructable stylesheets (element-styles.ts) instead of a <style> tag in each shadow
 * root: a course page whose Content-Security-Policy has no 'unsafe-inline' blocks <style> tags, not adopted sheets.
 */
function adoptedComponentStyles(): Plugin {
  return {
    name: 'unrolled-adopted-styles',
    enforce: 'post',
    transform(code, id) {
      if (!/\.svelte(\?.*)?$/.test(id) || !code.includes('$.append_styles(')) return undefined;
      return {
        code:
          `import { registerComponentCss as $$unrolledCss } from ${JSON.stringify(elementStyles)};\n` +
          code.replaceAll('$.append_styles(', '$$$$unrolledCss('),
        map: null
      };
    }
  };
}

/**
 * tfjs's 64-bit integer helper (`long`) compiles a tiny WebAssembly module on load, only to speed up a few multiplies;
 * under a course page's CSP without 'wasm-unsafe-eval' that is a reported violation. Its plain-JS path does the same.
 */
function longWithoutWasm(): Plugin {
  return {
    name: 'unrolled-long-without-wasm',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]long[\\/]src[\\/]long\.js$/.test(id)) return undefined;
      return {
        code: code.replace(
          'wasm = new WebAssembly.Instance(',
          'wasm = null && new WebAssembly.Instance('
        ),
        map: null
      };
    }
  };
}

/**
 * Which lazy views (views/*.ts) reach each module through static imports, read from the module graph: a module only
 * the gated cells' views use (the LSTM and GRU figures and the lab) goes into their chunk, not the shared one.
 */
function viewReach(): {
  plugin: Plugin;
  onlyIn: (id: string, views: ReadonlySet<string>) => boolean;
} {
  let importersOf: ((id: string) => readonly string[]) | undefined;
  const memo = new Map<string, Set<string>>();
  const reachOf = (id: string): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    const roots = new Set<string>();
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      const importers = importersOf?.(next) ?? [];
      // Nothing imports it statically: an entry, or a lazy view.
      if (importers.length === 0) roots.add(next);
      stack.push(...importers);
    }
    memo.set(id, roots);
    return roots;
  };
  return {
    plugin: {
      name: 'unrolled-view-reach',
      buildEnd() {
        memo.clear();
        importersOf = (id) => this.getModuleInfo(id)?.importers ?? [];
      }
    },
    onlyIn: (id, views) => {
      const roots = reachOf(id);
      return roots.size > 0 && [...roots].every((root) => views.has(root));
    }
  };
}

/** What the elements' files share: Svelte's runtime, d3 and the project's own modules. */
const SHARED = /[\\/](node_modules[\\/](svelte|d3-[\w-]+|internmap|esm-env|clsx)|src[\\/]lib)[\\/]/;

/** The views that draw gated cells. */
const CELL_VIEWS = new Set(
  ['lstm-cell', 'gru-cell', 'train'].map((name) => `${viewsFolder}${name}.ts`)
);

const reach = viewReach();

export default defineConfig(({ mode }) => ({
  // Relative asset URLs (the trace worker): the files are served from wherever the script is, not a site root.
  base: './',
  plugins: [
    reach.plugin,
    base64Files(),
    longWithoutWasm(),
    svelte({
      configFile: false,
      preprocess: vitePreprocess(),
      // Styles go into each element's shadow root, so a host page's CSS neither breaks nor is broken by a figure.
      compilerOptions: { css: 'injected', runes: true },
      dynamicCompileOptions: ({ filename }) =>
        // The lazy views are what an element draws, plain components inside the element's shadow root.
        filename.startsWith(elementsFolder) && !filename.startsWith(viewsFolder)
          ? { customElement: true }
          : undefined
    }),
    adoptedComponentStyles()
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
      // Every chunk next to the entry: elements resolve the site's files relative to their own script's URL.
      output: {
        // Each element's lazy view keeps a fixed name so an iframe embed can preload its own.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.startsWith(viewsFolder)
            ? viewFile('[name]')
            : 'unrolled-[name]-[hash].js',
        // What two or more of the elements' files share (Svelte's runtime, d3, common parts of the figures) goes
        // into one chunk rather than a dozen small ones: every file is a round trip before a figure draws. The
        // gated cells' diagrams, a sizeable part only the LSTM and GRU figures and the lab use, are a chunk apart.
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              test: (id) => SHARED.test(id) && !reach.onlyIn(id, CELL_VIEWS),
              minShareCount: 2,
              priority: 2
            },
            {
              name: 'cells',
              test: (id) => SHARED.test(id) && reach.onlyIn(id, CELL_VIEWS),
              minShareCount: 2,
              priority: 1
            }
          ]
        },
        // Library mode keeps ES output readable by default; these files are what course pages download.
        minify: true
      }
    }
  }
}));
