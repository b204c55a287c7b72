// `npm run bench:ui`: frames per second and redraw time of four views playing one real LSTM(128) trace together.
// Serves the built site with `vite preview`, opens the hidden /bench/ui page in headless Chromium with ?run, waits for
// the page's own measurements (window.__unrolledBench) and prints them with verdicts and the machine's load.
// A benchmark, not a test: it fails only when nothing could be measured.
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { frameBreakdown, startFrameTrace, type FrameBreakdown } from './frame-trace.js';
import { startPreview, stopServer } from './preview-server.js';

/** What the page publishes (see src/routes/bench/ui/+page.svelte). */
interface Timing {
  median: number;
  samples: number[];
}
interface BenchResults {
  fps: number;
  frames: {
    frames: number;
    elapsedMs: number;
    changedFrames: number;
    p95FrameMs: number;
    worstFrameMs: number;
  };
  redrawMs: Timing;
  updateMs: Timing;
  twoFramesMs: Timing;
  traceMs: number;
  backend: string;
  units: number;
  steps: number;
  swapSteps: number;
  speed: number;
  views: string[];
  error?: string;
}

// VIEWS=chain,heatmap,cell,timeline plays only some of the four, to see which one costs the frames.
const ROUTE = `/bench/ui?run${process.env.VIEWS ? `&views=${encodeURIComponent(process.env.VIEWS)}` : ''}`;
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 300_000);
const json = process.argv.includes('--json');
// --trace records a Chromium performance trace while the views play and prints where each frame's time went.
const trace = process.argv.includes('--trace');

/** Opens the page, lets it run and returns what it measured. */
async function measure(
  browser: Browser,
  url: string
): Promise<{ results: BenchResults; breakdown?: FrameBreakdown }> {
  // Tall enough that all four views are on screen: off-screen content would not be painted and would flatter the fps.
  const page = await browser.newPage({ viewport: { width: 1280, height: 3200 } });
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  if (trace) await startFrameTrace(browser, page);
  await page.goto(url);
  await page.waitForFunction(
    () => (window as Window & { __unrolledBench?: unknown }).__unrolledBench !== undefined,
    undefined,
    { timeout: TIMEOUT_MS, polling: 500 }
  );
  const results = (await page.evaluate(
    () => (window as Window & { __unrolledBench?: unknown }).__unrolledBench
  )) as BenchResults;
  if (results.error) throw new Error(`The page could not run the benchmark: ${results.error}`);
  if (problems.length > 0) console.warn(`Console errors on the page:\n  ${problems.join('\n  ')}`);
  if (!trace) return { results };
  const recorded = await browser.stopTracing();
  const breakdown = frameBreakdown(
    recorded,
    'unrolled-bench-play-start',
    'unrolled-bench-play-end',
    results.frames.frames
  );
  return { results, breakdown };
}

function verdict(value: number, aim: (v: number) => boolean, accept?: (v: number) => boolean) {
  if (aim(value)) return 'aim met';
  if (accept?.(value)) return 'accepted, below aim';
  return 'MISSED';
}

function report(
  results: BenchResults,
  load: { before: number[]; after: number[] },
  breakdown?: FrameBreakdown
): void {
  const f = results.frames;
  const rows: [string, string, string, string][] = [
    [
      `fps, ${results.views.join(' + ')} playing ${results.units} units × ${results.steps} steps`,
      results.fps.toFixed(1),
      '≥ 58 (accept ≥ 50)',
      verdict(
        results.fps,
        (v) => v >= 58,
        (v) => v >= 50
      )
    ],
    [
      `redraw for a new ${results.swapSteps}-token trace, median ms`,
      results.redrawMs.median.toFixed(1),
      '≤ 16',
      verdict(results.redrawMs.median, (v) => v <= 16)
    ],
    ['  of which Svelte update, median ms', results.updateMs.median.toFixed(1), '', ''],
    ['  tick + 2 animation frames, median ms', results.twoFramesMs.median.toFixed(1), '', '']
  ];
  const widths = [0, 1, 2, 3].map((c) =>
    Math.max(
      ...rows.map((row) => row[c]!.length),
      ['measure', 'value', 'aim', 'verdict'][c]!.length
    )
  );
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  console.log(line(['measure', 'value', 'aim', 'verdict']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  console.log(
    `\n${f.frames} frames in ${(f.elapsedMs / 1000).toFixed(2)} s at ${results.speed} steps/s; the cursor moved in ${f.changedFrames} of them; ` +
      `frame gap p95 ${f.p95FrameMs.toFixed(1)} ms, worst ${f.worstFrameMs.toFixed(1)} ms.`
  );
  console.log(
    `redraw samples (ms): ${results.redrawMs.samples.map((v) => v.toFixed(1)).join(' ')}`
  );
  console.log(
    `tracing the ${results.steps}-token input in the page (tfjs ${results.backend}): ${results.traceMs.toFixed(0)} ms.`
  );
  const fmt = (values: number[]) => values.map((v) => v.toFixed(2)).join(' ');
  console.log(
    `machine load (1, 5, 15 min) on ${cpus().length} cores: before ${fmt(load.before)}, after ${fmt(load.after)}.`
  );
  if (breakdown) {
    const list = (values: Record<string, number>) =>
      Object.entries(values)
        .sort((a, b) => b[1] - a[1])
        .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
        .join(', ');
    console.log(`main thread per frame played (ms): ${list(breakdown.main)}.`);
    console.log(`other threads busy per frame (ms): ${list(breakdown.threads)}.`);
    console.log(`compositor layers updated per frame: ${breakdown.layers}.`);
  }
  if (json) console.log(JSON.stringify({ ...results, loadavg: load, breakdown }));
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH or run `npm run ensure-chromium`.');
  process.exit(1);
}
let browser: Browser | undefined;
let failed = false;
const { base, server } = await startPreview();
try {
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const before = loadavg();
  console.log(`unrolled UI benchmark: ${base}${ROUTE} in headless Chromium`);
  const { results, breakdown } = await measure(browser, base + ROUTE);
  report(results, { before, after: loadavg() }, breakdown);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await browser?.close();
  await stopServer(server);
}
process.exit(failed ? 1 : 0);
