// `npm run bench:train`: milliseconds per epoch of the training lab's default settings, in headless
// Chromium (the lab's own worker, read from its table) and in Node (the same library trainer), side by
// side: the median epoch of each cell. A benchmark, not a test: it fails only when nothing was measured.
// --epochs N trains fewer epochs than the defaults' (the curriculum makes early epochs shorter: compare
// columns of one invocation only).
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright';
import { LAB_DEFAULTS } from '../src/lib/core/train/lab-settings.js';
import type { CellKind } from '../src/lib/core/trace/types.js';
import { useBackend, type BackendName } from '../src/lib/tf/cli/backend.js';
import { handMadeSpec } from '../src/lib/tf/train/hand-made.js';
import { TrainingRun } from '../src/lib/tf/train/training-run.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { runLab, taskFigures, watchLongTasks } from './lab-page.js';
import { flag, freePort, stopServer, waitForServer } from './preview-server.js';

// BROWSER_BACKENDS=auto,wasm,cpu,webgl (auto: what the lab picks); NODE_BACKENDS=cpu,wasm.
const browserBackends = (process.env.BROWSER_BACKENDS ?? 'auto,cpu,webgl').split(',');
const nodeBackends = (process.env.NODE_BACKENDS ?? 'cpu,wasm').split(',') as BackendName[];
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 1_800_000);
const SETTINGS = { ...LAB_DEFAULTS, epochs: Number(flag('epochs') ?? LAB_DEFAULTS.epochs) };

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
  for (const cell of SETTINGS.cells) {
    const run = await TrainingRun.start(handMadeSpec({ task: 'memory', cell, ...SETTINGS }).spec);
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
  await watchLongTasks(page);
  await page.goto(`${base}/train?backend=${backend}&epochs=${SETTINGS.epochs}`);
  await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
  const { backend: used, rows, seconds, tasks } = await runLab(page, TIMEOUT_MS);
  await page.close();
  const result: EpochMs = {};
  for (const { cell, ms } of rows) (result[cell as CellKind] ??= []).push(ms);
  return { used, result, seconds, tasks: taskFigures(tasks) };
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
      `${name}: Start to finished ${seconds.toFixed(1)} s; main-thread long tasks ${tasks.count}, longest ${tasks.longest.toFixed(0)} ms, over 200 ms: ${tasks.over}.`
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

const { cells, units, epochs, samplesPerEpoch, distances, curriculum, learningRate } = SETTINGS;
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
