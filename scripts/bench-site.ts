// `npm run bench:site`: the JavaScript every prerendered page loads before tfjs and the size of its HTML, gzipped, then
// Lighthouse (mobile) on /, /lstm and /playground with its metrics — a benchmark that prints figures, not a test.
// Builds first (see package.json); serves build/ with vite preview on a free port and stops it at the end.
// LIGHTHOUSE_JSON=<folder> also writes each page's full Lighthouse report there, for the opportunities.
// --sizes-only prints the JavaScript and HTML sizes and skips Lighthouse; --files also lists each page's
// first-load files with their gzipped sizes, largest first (for finding what to split).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { flag } from './preview-server.js';

/** The pages Lighthouse scores (issue 6's bars); the JS budget applies to every prerendered page. */
const LIGHTHOUSE_ROUTES = ['/', '/lstm', '/playground'];
// --port N serves elsewhere, so that two checkouts can measure at once.
const PORT = Number(flag('port') ?? 4311);
const BASE = `http://127.0.0.1:${PORT}`;
const BUILD = 'build';
const BUDGET_KB = 150;
const AIM_KB = 100;
/** Issue 7's budget for /elements/unrolled.js with its static imports (tfjs and live tracing load lazily). */
const ELEMENTS_BUDGET_KB = 120;

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

function fileFor(route: string): string {
  return path.join(BUILD, route === '/' ? 'index.html' : `${route.slice(1)}.html`);
}

/** Every prerendered page in build/, as its route ('/', '/lstm', '/bench/ui'), in path order. */
function prerenderedRoutes(): string[] {
  const files = readdirSync(BUILD, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('_app')
  );
  return files
    .map((file) => '/' + file.split(path.sep).join('/').slice(0, -'.html'.length))
    .map((route) => (route === '/index' ? '/' : route))
    .sort();
}

/** The page's HTML, gzipped: prerendered markup plus the load data SvelteKit inlines for hydration. */
function htmlKb(route: string): { raw: number; gzipped: number } {
  const bytes = readFileSync(fileFor(route));
  return { raw: bytes.length / 1024, gzipped: gzipSync(bytes, { level: 9 }).length / 1024 };
}

/** Lighthouse's five scored metrics, in the order its performance score weighs them. */
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index']
] as const;

function resolveAsset(route: string, href: string): string {
  const url = new URL(href, `${BASE}${route}`);
  return path.join(BUILD, decodeURIComponent(url.pathname));
}

/** Every file a module pulls in through static imports and re-exports (dynamic import() is lazy and left out). */
function staticClosure(entries: string[]): string[] {
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
const ON_DEMAND = [
  ['HDF5 reader (jsfive)', 'root_block_address'],
  ['zip (fflate)', 'invalid length/literal']
] as const;

function firstLoad(route: string): {
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
  console.log('\nJavaScript loaded before tfjs and the HTML, per prerendered page (gzip -9):');
  const early = new Map<string, string[]>();
  for (const route of prerenderedRoutes()) {
    const { kb, files, tfjs, onDemand, sizes } = firstLoad(route);
    for (const name of onDemand) early.set(name, [...(early.get(name) ?? []), route]);
    const html = htmlKb(route);
    const verdict = tfjs
      ? 'FAIL: tfjs in first load'
      : kb <= AIM_KB
        ? 'meets aim'
        : kb <= BUDGET_KB
          ? 'within budget'
          : 'OVER BUDGET';
    console.log(
      `  ${route.padEnd(24)} JS ${kb.toFixed(1).padStart(6)} KB in ${String(files).padStart(2)} files  (budget ${BUDGET_KB}, aim ${AIM_KB}: ${verdict.padEnd(13)})  HTML ${html.gzipped.toFixed(1).padStart(5)} KB (${html.raw.toFixed(0)} KB raw)`
    );
    if (process.argv.includes('--files'))
      for (const [file, size] of sizes)
        console.log(`      ${size.toFixed(1).padStart(6)} KB  ${file}`);
  }
  for (const [name] of ON_DEMAND)
    console.log(
      `  ${name} in a first load: ${early.has(name) ? `FAIL on ${early.get(name)!.join(', ')}` : 'none of the pages'}`
    );
  const elements = staticClosure([path.join(BUILD, 'elements', 'unrolled.js')]).map((file) =>
    readFileSync(file)
  );
  const elementsKb =
    elements.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0) / 1024;
  const elementsTfjs = elements.some(
    (bytes) => bytes.includes('tfjs-core') || bytes.includes('@tensorflow/tfjs')
  );
  console.log(
    `\nWeb components: /elements/unrolled.js ${elementsKb.toFixed(1)} KB in ${elements.length} files before tfjs (budget ${ELEMENTS_BUDGET_KB}: ${
      elementsTfjs
        ? 'FAIL: tfjs in first load'
        : elementsKb <= ELEMENTS_BUDGET_KB
          ? 'within budget'
          : 'OVER BUDGET'
    })`
  );
  if (process.argv.includes('--sizes-only')) process.exit(0);
  chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
  });
  console.log(
    '\nLighthouse, mobile (bars: performance ≥ 0.95, accessibility 1.0, best practices ≥ 0.95);\n' +
      'metrics with their own 0–1 scores, which weigh FCP 10 %, LCP 25 %, TBT 30 %, CLS 25 %, SI 10 %:'
  );
  const reports = process.env.LIGHTHOUSE_JSON;
  if (reports) mkdirSync(reports, { recursive: true });
  for (const route of LIGHTHOUSE_ROUTES) {
    const result = await lighthouse(`${BASE}${route}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices']
    });
    const categories = result?.lhr.categories ?? {};
    const audits = result?.lhr.audits ?? {};
    const score = (id: string) => (categories[id]?.score ?? NaN).toFixed(2);
    const metrics = METRICS.map(([name, id]) => {
      const audit = audits[id];
      const value = audit?.numericValue ?? NaN;
      const shown = name === 'CLS' ? value.toFixed(3) : `${Math.round(value)} ms`;
      return `${name} ${shown} (${(audit?.score ?? NaN).toFixed(2)})`;
    });
    console.log(
      `  ${route.padEnd(12)} performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}`
    );
    console.log(`  ${''.padEnd(12)} ${metrics.join('  ')}`);
    if (reports && result) {
      const name = route === '/' ? 'index' : route.slice(1).replaceAll('/', '-');
      writeFileSync(path.join(reports, `${name}.json`), JSON.stringify(result.lhr, null, 1));
    }
  }
} finally {
  await chrome?.kill();
  server.kill();
}
