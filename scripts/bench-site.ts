// `npm run bench:site`: the JavaScript every prerendered page loads before tfjs and the size of its HTML, gzipped, then
// Lighthouse (mobile) on /, /lstm and /playground with its metrics — a benchmark that prints figures, not a test.
// Builds first (see package.json); serves build/ with vite preview on a free port and stops it at the end.
// LIGHTHOUSE_JSON=<folder> also writes each page's full Lighthouse report there, for the opportunities.
// --throttling devtools makes Lighthouse load each page under DevTools throttling and report what it measured, instead of
// its default estimate from an unthrottled load (Lantern's simulation).
// --only <route> scores one page with Lighthouse. --sizes-only prints the JavaScript and HTML sizes and skips Lighthouse; --files also lists each page's
// first-load files with their gzipped sizes, largest first (for finding what to split).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import {
  BUILD,
  FIRST_LOAD_LIMIT_KB,
  ON_DEMAND,
  fileFor,
  firstLoad,
  prerenderedRoutes,
  staticClosure
} from './first-load.js';
import { flag } from './preview-server.js';

/** The pages Lighthouse scores (issue 6's bars); the JS budget applies to every prerendered page. */
const LIGHTHOUSE_ROUTES = ['/', '/lstm', '/playground'];
// --port N serves elsewhere, so that two checkouts can measure at once.
const PORT = Number(flag('port') ?? 4311);
const throttling = flag('throttling') ?? 'simulate';
if (throttling !== 'simulate' && throttling !== 'devtools')
  throw new Error(`--throttling is simulate or devtools, not ${throttling}.`);
const BASE = `http://127.0.0.1:${PORT}`;
/** Issue 7's budget for /elements/unrolled.js with its static imports (tfjs and live tracing load lazily). */
const ELEMENTS_BUDGET_KB = 120;

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
      : kb <= FIRST_LOAD_LIMIT_KB
        ? 'within limit'
        : 'OVER LIMIT';
    console.log(
      `  ${route.padEnd(24)} JS ${kb.toFixed(1).padStart(6)} KB in ${String(files).padStart(2)} files  (limit ${FIRST_LOAD_LIMIT_KB}: ${verdict.padEnd(12)})  HTML ${html.gzipped.toFixed(1).padStart(5)} KB (${html.raw.toFixed(0)} KB raw)`
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
  if (process.argv.includes('--sizes-only')) {
    // process.exit skips the finally below: stop the preview here.
    server.kill();
    process.exit(0);
  }
  chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
  });
  console.log(
    `\nLighthouse, mobile, ${throttling === 'simulate' ? 'simulated throttling' : 'DevTools throttling (measured)'} (bars: performance ≥ 0.95, accessibility 1.0, best practices ≥ 0.95);\n` +
      'metrics with their own 0–1 scores, which weigh FCP 10 %, LCP 25 %, TBT 30 %, CLS 25 %, SI 10 %:'
  );
  const reports = process.env.LIGHTHOUSE_JSON;
  if (reports) mkdirSync(reports, { recursive: true });
  // --only /lstm scores one page (repeat runs while looking into it); every page otherwise.
  const only = flag('only');
  for (const route of only ? [only] : LIGHTHOUSE_ROUTES) {
    const result = await lighthouse(`${BASE}${route}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      throttlingMethod: throttling,
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
