// `npm run bench:train`: milliseconds per epoch of the training lab's default settings, in headless
// Chromium (the lab's own worker, read from its table) and in Node (the same library trainer), side by
// side: the median epoch of each cell. A benchmark, not a test: it fails only when nothing was measured.
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright';
import { LAB_DEFAULTS } from '../src/lib/core/train/lab-settings.js';
import type { CellKind } from '../src/lib/core/trace/types.js';
import { useBackend, type BackendName } from '../src/lib/tf/cli/backend.js';
import { handMadeSpec } from '../src/lib/tf/train/hand-made.js';
import { TrainingRun } from '../src/lib/tf/train/training-run.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { freePort, stopServer, waitForServer } from './preview-server.js';

// BROWSER_BACKENDS=cpu,auto (auto: WebGL where the browser has it); NODE_BACKENDS=cpu,wasm.
const browserBackends = (process.env.BROWSER_BACKENDS ?? 'cpu,auto').split(',');
const nodeBackends = (process.env.NODE_BACKENDS ?? 'cpu,wasm').split(',') as BackendName[];
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 1_800_000);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Per cell, the milliseconds of each epoch (training and validation, as the lab counts them). */
type EpochMs = Partial<Record<CellKind, number[]>>;

async function inNode(backend: BackendName): Promise<EpochMs> {
  await useBackend(backend);
  const result: EpochMs = {};
  for (const cell of LAB_DEFAULTS.cells) {
    const run = await TrainingRun.start(
      handMadeSpec({ task: 'memory', cell, ...LAB_DEFAULTS }).spec
    );
    const times: number[] = [];
    let ms = 0;
    const steps = run.steps();
    for (;;) {
      const started = performance.now();
      const next = steps.next();
      ms += performance.now() - started;
      if (next.done) break;
      if (next.value.type === 'epoch') {
        times.push(ms);
        ms = 0;
      }
    }
    run.dispose();
    result[cell] = times;
  }
  return result;
}

async function inChromium(browser: Browser, base: string, backend: string) {
  const page = await browser.newPage();
  // The page's main thread while the worker trains: its long tasks (the bar is none over 200 ms).
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}/train?backend=${backend}`);
  await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
  const before = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks.length
  );
  const started = Date.now();
  await page.getByRole('button', { name: /^Start/ }).click();
  await page.waitForSelector('[data-testid="lab-status"][data-status="finished"]', {
    timeout: TIMEOUT_MS
  });
  const seconds = (Date.now() - started) / 1000;
  const tasks = await page.evaluate(
    (from) => (window as unknown as { longTasks: number[] }).longTasks.slice(from),
    before
  );
  const used = await page.getByTestId('lab-backend').innerText();
  const rows = await page
    .locator('[data-testid="lab-table"] tr[data-point]')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-cell'), tr.getAttribute('data-ms')])
    );
  await page.close();
  const result: EpochMs = {};
  for (const [cell, ms] of rows) (result[cell as CellKind] ??= []).push(Number(ms));
  return { used, result, seconds, tasks };
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH or run `npm run ensure-chromium`.');
  process.exit(1);
}
const columns: { name: string; ms: EpochMs }[] = [];
const notes: string[] = [];
const before = loadavg();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' }
);
let browser: Browser | undefined;
try {
  await waitForServer(base, server);
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  for (const backend of browserBackends) {
    const { used, result, seconds, tasks } = await inChromium(browser, base, backend);
    const name = `Chromium ${used}${backend === 'auto' ? ' (auto)' : ''}`;
    columns.push({ name, ms: result });
    notes.push(
      `${name}: Start to finished ${seconds.toFixed(1)} s; main-thread long tasks ${tasks.length}, longest ${Math.max(0, ...tasks).toFixed(0)} ms, over 200 ms: ${tasks.filter((ms) => ms > 200).length}.`
    );
  }
} catch (error) {
  console.error(`Chromium: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser?.close();
  await stopServer(server);
}
for (const backend of nodeBackends)
  columns.push({ name: `Node ${backend}`, ms: await inNode(backend) });

const { cells, units, epochs, samplesPerEpoch, distances, curriculum, learningRate } = LAB_DEFAULTS;
console.log(
  `Training lab defaults: ${cells.join(' + ')}, ${units} units, ${epochs} epochs × ${samplesPerEpoch} sentences, distances ${distances.min}–${distances.max}, curriculum ${curriculum ? 'on' : 'off'}, learning rate ${learningRate}.`
);
console.log('Median ms per epoch (training + validation), by cell:\n');
const header = ['cell', ...columns.map((column) => column.name)];
const rows = cells.map((cell) => [
  cell,
  ...columns.map((column) => {
    const times = column.ms[cell];
    return times && times.length > 0 ? median(times).toFixed(0) : '–';
  })
]);
const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => row[c]!.length)));
const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
const fmt = (values: number[]) => values.map((v) => v.toFixed(2)).join(' ');
console.log(
  `\nmachine load (1, 5, 15 min) on ${cpus().length} cores: before ${fmt(before)}, after ${fmt(loadavg())}.`
);
process.exit(columns.some((column) => Object.keys(column.ms).length > 0) ? 0 : 1);
