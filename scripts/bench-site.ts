// `npm run bench:site`: Lighthouse (mobile) on /, /lstm and /playground, and the JavaScript each page loads before
// tfjs, gzipped — a benchmark that prints figures, not a test. Builds first (see package.json); serves build/ with
// vite preview on a free port and stops it at the end.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

const ROUTES = ['/', '/lstm', '/playground'];
const PORT = 4311;
const BASE = `http://127.0.0.1:${PORT}`;
const BUILD = 'build';
const BUDGET_KB = 150;
const AIM_KB = 100;

/** The JS a prerendered page loads up front: its modulepreload links and the imports of its start script. */
function firstLoadScripts(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
    found.add(match[1]!);
  for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) found.add(match[1]!);
  return [...found];
}

function fileFor(route: string): string {
  return path.join(BUILD, route === '/' ? 'index.html' : `${route.slice(1)}.html`);
}

function resolveAsset(route: string, href: string): string {
  const url = new URL(href, `${BASE}${route}`);
  return path.join(BUILD, decodeURIComponent(url.pathname));
}

/** Every file a module pulls in through static imports (dynamic import() is lazy and left out). */
function staticClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g
    )) {
      visit(path.join(path.dirname(file), match[1]!));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

function firstLoad(route: string): { kb: number; files: number; tfjs: boolean } {
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
  const scripts = staticClosure(entries).map((file) => readFileSync(file));
  const gzipped = scripts.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
  // tfjs's own version banner is in every build of tfjs-core.
  const tfjs = scripts.some(
    (bytes) => bytes.includes('tfjs-core') || bytes.includes('@tensorflow/tfjs')
  );
  return { kb: gzipped / 1024, files: scripts.length, tfjs };
}

const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore'
  }
);
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  for (
    let i = 0;
    i < 100 &&
    !(await fetch(BASE).then(
      (r) => r.ok,
      () => false
    ));
    i++
  ) {
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(
    `unrolled site benchmark (machine load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on 2 cores)`
  );
  console.log('\nJavaScript loaded before tfjs (gzip -9):');
  for (const route of ROUTES) {
    const { kb, files, tfjs } = firstLoad(route);
    const verdict = tfjs
      ? 'FAIL: tfjs in first load'
      : kb <= AIM_KB
        ? 'meets aim'
        : kb <= BUDGET_KB
          ? 'within budget'
          : 'OVER BUDGET';
    console.log(
      `  ${route.padEnd(12)} ${kb.toFixed(1).padStart(6)} KB in ${files} files  (budget ${BUDGET_KB}, aim ${AIM_KB}: ${verdict})`
    );
  }
  chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
  });
  console.log(
    '\nLighthouse, mobile (bars: performance ≥ 0.95, accessibility 1.0, best practices ≥ 0.95):'
  );
  for (const route of ROUTES) {
    const result = await lighthouse(`${BASE}${route}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices']
    });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => (categories[id]?.score ?? NaN).toFixed(2);
    console.log(
      `  ${route.padEnd(12)} performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}`
    );
  }
} finally {
  await chrome?.kill();
  server.kill();
}
