// `npm run bench:paint`: what a phone on a slow connection sees, measured in a real throttled Chromium rather than
// estimated — first contentful paint, largest contentful paint and the moment the page has hydrated (its controls
// answer) on /, /lstm and /playground, with the CPU 4× slower, and the blocking time (each task's time over 50 ms after
// the first paint, summed, as Lighthouse counts it) with the longest task. A benchmark that prints medians.
// The network is Lighthouse's mobile profile, in one of two forms: --link shared (the default) serves build/ behind
// one 150 ms, 1.6 Mbit/s link that all responses share (slow-link-server.ts); --link devtools serves it with
// `vite preview` and lets DevTools throttle each request on its own (562.5 ms latency, 1.47 Mbit/s down, 675 kbit/s up).
// --baseline <folder> also serves another checkout's build/ (its own `npm run build` first) and alternates loads
// between the two, so that both see the same machine load; --runs N loads per page and build (default 7).
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { flag, freePort, startPreview, stopServer, summary } from './preview-server.js';
import { serveBehindSlowLink } from './slow-link-server.js';

const ROUTES = (flag('routes') ?? '/,/lstm,/playground').split(',');
const RUNS = Number(flag('runs') ?? 7);
const BASELINE = flag('baseline');
const LINK = flag('link') ?? 'shared';
if (LINK !== 'shared' && LINK !== 'devtools')
  throw new Error(`--link is shared or devtools, not ${LINK}.`);
/** Lighthouse's mobile slow-4G profile in its DevTools form (request-level latency, 90 % of link throughput). */
const NETWORK = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8,
  uploadThroughput: (750 * 0.9 * 1024) / 8
};
const CPU_SLOWDOWN = 4;

type Load = { fcp: number; lcp: number; hydrated: number; blocking: number; longest: number };
/** What the page records about itself: paints, hydration and its long tasks as [start, duration]. */
type Marks = { fcp: number; lcp: number; hydrated: number; tasks: [number, number][] };

/** The build/ folder inside `checkout`, served on a free port; `stop` ends the server. */
async function serve(checkout: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  if (LINK === 'shared') {
    const server = await serveBehindSlowLink(path.join(checkout, 'build'), port);
    return {
      base,
      stop: () =>
        new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        })
    };
  }
  const { server } = await startPreview(port, checkout);
  return { base, stop: () => stopServer(server) };
}

// Runs in the page before its own scripts: records paints and the moment the layout marks <html data-hydrated>.
function recordTimings() {
  const marks = { fcp: NaN, lcp: NaN, hydrated: NaN, tasks: [] as [number, number][] };
  (window as unknown as { marks: typeof marks }).marks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) marks.tasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.documentElement?.hasAttribute('data-hydrated')) {
      marks.hydrated = performance.now();
      observer.disconnect();
    }
    // <html> does not exist yet when this runs, so the whole document is watched.
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
}

/** One cold load of `url` under the throttling above. */
async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (LINK === 'devtools') await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(recordTimings);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 120_000 });
  // LCP settles at the first input or when the page is hidden; the wait lets late paints and tasks in.
  await page.waitForTimeout(1500);
  const { fcp, lcp, hydrated, tasks } = await page.evaluate(
    () => (window as unknown as { marks: Marks }).marks
  );
  await context.close();
  // Blocking time as Lighthouse counts it: each long task's time over 50 ms, from the first paint on.
  const afterPaint = tasks.filter(([start]) => start >= fcp).map(([, duration]) => duration);
  return {
    fcp,
    lcp,
    hydrated,
    blocking: afterPaint.reduce((sum, duration) => sum + duration - 50, 0),
    longest: Math.max(0, ...afterPaint)
  };
}

const checkouts = BASELINE ? { current: '.', baseline: path.resolve(BASELINE) } : { current: '.' };
const servers = new Map<string, { base: string; stop: () => Promise<void> }>();
let browser: Browser | undefined;
try {
  for (const [name, checkout] of Object.entries(checkouts))
    servers.set(name, await serve(checkout));
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  console.log(
    `unrolled paint benchmark: ${RUNS} cold loads per page${BASELINE ? ' and build, alternating' : ''}, ` +
      `slow 4G (${LINK} link) and CPU ${CPU_SLOWDOWN}x (machine load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on 2 cores)`
  );
  console.log('medians in ms; p90 in brackets\n');
  for (const route of ROUTES) {
    const loads = new Map<string, Load[]>([...servers.keys()].map((name) => [name, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const [name, { base }] of servers)
        loads.get(name)!.push(await load(browser, base + route));
    }
    for (const [name, samples] of loads) {
      const cell = (key: keyof Load) => {
        const { median, p90 } = summary(samples.map((s) => s[key]));
        return `${median.toFixed(0).padStart(5)} [${p90.toFixed(0).padStart(5)}]`;
      };
      console.log(
        `${(servers.size > 1 ? `${route} ${name}` : route).padEnd(22)} FCP ${cell('fcp')}  LCP ${cell('lcp')}  hydrated ${cell('hydrated')}  blocking ${cell('blocking')}  longest task ${cell('longest')}`
      );
    }
  }
} finally {
  await browser?.close();
  for (const { stop } of servers.values()) await stop();
}
