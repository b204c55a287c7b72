// `npm run bench:lab-tasks`: the training lab's main thread while it trains. Serves the built site, opens
// /train with the bar's settings in headless Chromium, presses Start and records every long task
// (PerformanceObserver 'longtask') until the run finishes; then moves each cell's epoch scrubber through
// every epoch by keyboard and records the long tasks of that too. Prints count, longest and total per run
// and the machine's load. A benchmark, not a test: it fails only when nothing could be measured.
// Flags: --runs N (default 3), --query "cells=…" (default the README's bar settings), --port N.
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { longTasks, runLab, taskFigures, watchLongTasks, type LongTask } from './lab-page.js';
import { flag, startPreview, stopServer } from './preview-server.js';

const RUNS = Number(flag('runs') ?? 3);
const QUERY = flag('query') ?? 'cells=simple_rnn,lstm&units=16&epochs=3&seed=3&samples=512';
const PORT = flag('port') === undefined ? undefined : Number(flag('port'));
// A slower machine's main thread: Chromium's CPU throttling (DevTools' "4× slowdown").
const THROTTLE = Number(flag('throttle') ?? 1);

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH or run `npm run ensure-chromium`.');
  process.exit(1);
}
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');
const line = (name: string, tasks: LongTask[]) => {
  const { count, longest, total, over } = taskFigures(tasks);
  return `${name}: ${count} long tasks, longest ${longest.toFixed(0)} ms, total ${total.toFixed(0)} ms, over 200 ms: ${over}`;
};

const { base, server } = await startPreview(PORT);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
let measured = 0;
try {
  console.log(
    `unrolled lab long tasks: ${base}/train?${QUERY}, ${RUNS} runs, ${cpus().length} cores${THROTTLE > 1 ? `, main thread throttled ${THROTTLE}×` : ''}`
  );
  for (let run = 1; run <= RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await watchLongTasks(page);
    if (THROTTLE > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    }
    await page.goto(`${base}/train?${QUERY}`);
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    const before = load();
    const result = await runLab(page, 900_000);
    console.log(
      `run ${run} (${result.backend}): Start to finished ${result.seconds.toFixed(1)} s; ${line('training', result.tasks)}; load ${before} → ${load()}`
    );
    if (result.tasks.length > 0)
      console.log(
        `  duration ms @ seconds after Start: ${result.tasks.map((t) => `${t.duration.toFixed(0)}@${((t.start - result.clicked) / 1000).toFixed(1)}`).join(' ')}`
      );
    // The scrubbers, by keyboard: back to before training, then forward one epoch at a time.
    const from = (await longTasks(page)).length;
    const scrubbers = page.getByLabel('Trace after epoch');
    let moves = 0;
    for (const scrubber of await scrubbers.all()) {
      await scrubber.focus();
      const keys = ['Home', ...Array.from({ length: 8 }, () => 'ArrowRight')];
      for (const key of keys) {
        await page.keyboard.press(key);
        // Two frames: the figures of the chosen epoch are on screen.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
        );
        moves++;
      }
    }
    await page.waitForTimeout(300);
    const scrubbed = (await longTasks(page)).slice(from);
    console.log(`  ${line(`scrubber (${moves} key presses)`, scrubbed)}`);
    if (problems.length > 0) console.log(`  console errors: ${problems.join(' | ')}`);
    await page.close();
    measured++;
  }
} catch (error) {
  console.error(`Chromium: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser.close();
  await stopServer(server);
}
process.exit(measured > 0 ? 0 : 1);
