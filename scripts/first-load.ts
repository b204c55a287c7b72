// What a prerendered page of build/ loads before tfjs: its modulepreload links, the imports of its start script and the
// layout and page nodes SvelteKit starts, with everything they import statically (dynamic import() is lazy and left
// out), each file gzipped at level 9. Read by `npm run bench:site` and by the build-stage size test.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where `npm run build` writes the site. */
export const BUILD = 'build';
/** Issue 16's bar: every page's first-load JavaScript, gzipped. */
export const FIRST_LOAD_LIMIT_KB = 100;

/** The JS a prerendered page loads up front: its modulepreload links and the imports of its start script. */
function firstLoadScripts(html: string): string[] {
  const found = new Set<string>();
  // SvelteKit writes href before rel; either order is read.
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\srel="modulepreload"/.test(tag)) found.add(href);
  }
  for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) found.add(match[1]!);
  // Plain module scripts: the iframe embeds load the web components this way, with no SvelteKit start script.
  for (const [tag] of html.matchAll(/<script\b[^>]*\stype="module"[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src) found.add(src);
  }
  return [...found];
}

/** The HTML file of a prerendered route. */
export function fileFor(route: string): string {
  return path.join(BUILD, route === '/' ? 'index.html' : `${route.slice(1)}.html`);
}

/** Every prerendered page in build/, as its route ('/', '/lstm', '/bench/ui'), in path order. */
export function prerenderedRoutes(): string[] {
  const files = readdirSync(BUILD, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('_app')
  );
  return files
    .map((file) => '/' + file.split(path.sep).join('/').slice(0, -'.html'.length))
    .map((route) => (route === '/index' ? '/' : route))
    .sort();
}

function resolveAsset(route: string, href: string): string {
  const url = new URL(href, `http://site${route}`);
  return path.join(BUILD, decodeURIComponent(url.pathname));
}

/** Every file a module pulls in through static imports and re-exports (dynamic import() is lazy and left out). */
export function staticClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;\s}])(?:import\s*(?:[\w*{}\s,$]+from\s*)?|export\s*(?:\*|\{[^}]*\})\s*from\s*)["']([^"']+\.js)["']/g
    )) {
      visit(path.join(path.dirname(file), match[1]!));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

/** Libraries that must load only when a reader opens a file or downloads one, each known by a string it ships. */
export const ON_DEMAND = [
  ['HDF5 reader (jsfive)', 'root_block_address'],
  ['zip (fflate)', 'invalid length/literal']
] as const;

/** A page's first-load JavaScript: total gzipped KB, file count, whether tfjs or an on-demand library is in it. */
export function firstLoad(route: string): {
  kb: number;
  files: number;
  tfjs: boolean;
  onDemand: string[];
  sizes: [string, number][];
} {
  const html = readFileSync(fileFor(route), 'utf8');
  const entries = firstLoadScripts(html).map((href) => resolveAsset(route, href));
  // SvelteKit starts the page's layout and page nodes right away (node_ids), through app.js's node list.
  const app = entries.find((file) => /entry[\\/]app\.[^/\\]+\.js$/.test(file));
  const nodeIds =
    html
      .match(/node_ids: \[([\d, ]*)\]/)?.[1]
      ?.split(',')
      .map(Number) ?? [];
  if (app) {
    const nodes = [...readFileSync(app, 'utf8').matchAll(/"(\.\.\/nodes\/[^"]+\.js)"/g)].map(
      (m) => m[1]!
    );
    for (const id of nodeIds) if (nodes[id]) entries.push(path.join(path.dirname(app), nodes[id]));
  }
  const closure = staticClosure(entries);
  const scripts = closure.map((file) => readFileSync(file));
  const sizes = scripts.map((bytes, i): [string, number] => [
    path.basename(closure[i]!),
    gzipSync(bytes, { level: 9 }).length / 1024
  ]);
  const gzipped = sizes.reduce((sum, [, kb]) => sum + kb * 1024, 0);
  // tfjs's own version banner is in every build of tfjs-core.
  const tfjs = scripts.some(
    (bytes) => bytes.includes('tfjs-core') || bytes.includes('@tensorflow/tfjs')
  );
  const onDemand = ON_DEMAND.filter(([, marker]) =>
    scripts.some((bytes) => bytes.includes(marker))
  );
  return {
    kb: gzipped / 1024,
    files: scripts.length,
    tfjs,
    onDemand: onDemand.map(([name]) => name),
    sizes: sizes.sort((a, b) => b[1] - a[1])
  };
}
