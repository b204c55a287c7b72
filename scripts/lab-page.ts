// Driving /train in headless Chromium for the benchmarks: record the page's main-thread long tasks
// (PerformanceObserver 'longtask') from its first script, press Start, wait for the run to finish.
import type { Page } from 'playwright';

/** One long task of the page's main thread (ms, from the page's time origin). */
export interface LongTask {
  start: number;
  duration: number;
}

/** What one run of the lab gave. */
export interface LabRun {
  /** Seconds from the click on Start to the status "finished". */
  seconds: number;
  /** The page's clock (ms) at the click on Start. */
  clicked: number;
  /** Long tasks between the click and the end. */
  tasks: LongTask[];
  /** The backend the lab named. */
  backend: string;
  /** Per table row: cell, epoch milliseconds and the unrounded curve point (JSON). */
  rows: { cell: string; ms: number; point: string }[];
}

type Watched = Window & { unrolledLongTasks?: LongTask[] };

/** Starts recording long tasks on every document the page opens (call before goto). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: { start: number; duration: number }[] = [];
    (window as Watched).unrolledLongTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        seen.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The long tasks recorded so far. */
export function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => [...((window as Watched).unrolledLongTasks ?? [])]);
}

/** Presses Start (or Start again) and waits for the run to finish. */
export async function runLab(page: Page, timeout: number): Promise<LabRun> {
  const from = (await longTasks(page)).length;
  const started = Date.now();
  const clicked = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: /^Start/ }).click();
  await page.waitForSelector('[data-testid="lab-status"][data-status="finished"]', { timeout });
  const seconds = (Date.now() - started) / 1000;
  const tasks = (await longTasks(page)).slice(from);
  const backend = await page.getByTestId('lab-backend').innerText();
  const rows = await page.locator('[data-testid="lab-table"] tr[data-point]').evaluateAll((trs) =>
    trs.map((tr) => ({
      cell: tr.getAttribute('data-cell') ?? '',
      ms: Number(tr.getAttribute('data-ms')),
      point: tr.getAttribute('data-point') ?? ''
    }))
  );
  return { seconds, clicked, tasks, backend, rows };
}

/** Count, longest and total milliseconds of some long tasks, and how many passed `bar` ms. */
export function taskFigures(tasks: readonly LongTask[], bar = 200) {
  const durations = tasks.map((task) => task.duration);
  return {
    count: durations.length,
    longest: Math.max(0, ...durations),
    total: durations.reduce((sum, ms) => sum + ms, 0),
    over: durations.filter((ms) => ms > bar).length
  };
}
