// `npm run bench:keras`: how long the playground takes to open a 3 MB Keras .h5 file in headless
// Chromium, from choosing the file to "Loaded …" (read, HDF5 parse, model build, in the trace
// worker). Writes the file first (Embedding(22000, 32) → LSTM(128) → Dense, Keras 2 layout), serves
// build/ with vite preview, and prints the median of fresh page loads. A benchmark, not a test.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { random, sequentialConfig, values, writeH5 } from './keras-h5.js';
import { freePort, stopServer, waitForServer } from './preview-server.js';

const RUNS = Number(process.env.RUNS ?? 5);
const BAR_MS = 2000;
const VOCABULARY = 22_000;
const DIM = 32;
const UNITS = 128;

function writeModel(file: string): void {
  const next = random(3);
  writeH5(
    file,
    {
      keras_version: '2.15.0',
      backend: 'tensorflow',
      model_config: sequentialConfig(VOCABULARY, DIM, {
        class_name: 'LSTM',
        config: { name: 'lstm', units: UNITS, activation: 'tanh', recurrent_activation: 'sigmoid' }
      })
    },
    {
      'embedding/embedding': {
        'embeddings:0': { shape: [VOCABULARY, DIM], data: values(next, VOCABULARY * DIM, 0.2) }
      },
      'lstm/lstm/lstm_cell': {
        'kernel:0': { shape: [DIM, 4 * UNITS], data: values(next, DIM * 4 * UNITS, 0.3) },
        'recurrent_kernel:0': {
          shape: [UNITS, 4 * UNITS],
          data: values(next, UNITS * 4 * UNITS, 0.2)
        },
        'bias:0': { shape: [4 * UNITS], data: values(next, 4 * UNITS, 0.1) }
      },
      'dense/dense': {
        'kernel:0': { shape: [UNITS, 2], data: values(next, UNITS * 2) },
        'bias:0': { shape: [2], data: values(next, 2) }
      }
    },
    'model_weights/'
  );
}

async function openOnce(browser: Browser, url: string, file: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const message = page.getByTestId('custom-message');
    const start = Date.now();
    await page.locator('input[type=file][multiple]').setInputFiles([file]);
    await message.getByText(/^Loaded |Could not load/).waitFor({ timeout: 60_000 });
    const elapsed = Date.now() - start;
    const text = (await message.textContent()) ?? '';
    if (!text.startsWith('Loaded')) throw new Error(text);
    return elapsed;
  } finally {
    await page.close();
  }
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH or run `npm run ensure-chromium`.');
  process.exit(1);
}
const folder = mkdtempSync(path.join(tmpdir(), 'bench-keras-'));
const file = path.join(folder, 'lstm-3mb.h5');
writeModel(file);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' }
);
let browser: Browser | undefined;
let failed = false;
try {
  await waitForServer(base, server);
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const before = loadavg();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++)
    times.push(await openOnce(browser, `${base}/playground`, file));
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const megabytes = (statSync(file).size / 2 ** 20).toFixed(2);
  console.log(
    `unrolled Keras file benchmark: a ${megabytes} MB .h5 opened in /playground, headless Chromium`
  );
  console.log(`  runs (ms): ${times.join(', ')}`);
  console.log(
    `  median ${median} ms — ${median <= BAR_MS ? 'within' : 'OVER'} the ${BAR_MS} ms bar`
  );
  const fmt = (load: number[]) => load.map((value) => value.toFixed(1)).join(', ');
  console.log(
    `  machine load (1, 5, 15 min) on ${cpus().length} cores: before ${fmt(before)}, after ${fmt(loadavg())}`
  );
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await browser?.close();
  await stopServer(server);
  rmSync(folder, { recursive: true });
}
process.exit(failed ? 1 : 0);
