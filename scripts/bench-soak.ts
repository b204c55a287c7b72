// `npm run bench:soak`: whether memory stays flat over a long session. Serves the built site and, in headless
// Chromium, plays /lstm at the fastest speed for --minutes (default 10), then makes --edits (default 300) edits in the
// playground (a word replaced key by key, each traced to its influence). It samples, after a forced garbage
// collection, the page's JS heap and the trace worker's (both through the DevTools protocol) and tfjs's tensor count
// in the worker, prints each series and whether it is flat: after the first fifth (warm-up), the last third's mean
// within 5 % of the first third's.
// A benchmark, not a test: it fails only when nothing could be measured. --port N serves on N (default: a free one).
import { cpus, loadavg } from 'node:os';
import { chromium, type CDPSession, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { PlaygroundDriver, WORDS } from './playground-driver.js';
import { flag, startPreview, stopServer } from './preview-server.js';

const MINUTES = Number(flag('minutes') ?? 10);
const EDITS = Number(flag('edits') ?? 300);
const SAMPLES = 20;
const PORT = flag('port') === undefined ? undefined : Number(flag('port'));
const FLAT = 0.05;

/** A DevTools session on a page and, through it, on the page's dedicated workers (by their session ids). */
class Inspector {
  #workers: string[] = [];
  #next = 1;
  #waiting = new Map<number, (result: unknown) => void>();

  private constructor(readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<Inspector> {
    const inspector = new Inspector(await page.context().newCDPSession(page));
    const { cdp } = inspector;
    cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      if (targetInfo.type === 'worker') inspector.#workers.push(sessionId);
    });
    cdp.on('Target.detachedFromTarget', ({ sessionId }) => {
      inspector.#workers = inspector.#workers.filter((id) => id !== sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
      const reply = JSON.parse(message) as { id?: number; result?: unknown };
      if (reply.id !== undefined) inspector.#waiting.get(reply.id)?.(reply.result);
    });
    // Not flattened: Playwright's session can then talk to the workers through Target.sendMessageToTarget.
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false
    });
    return inspector;
  }

  /** The page's JS heap in bytes, after a garbage collection. */
  async pageHeap(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    return (await this.cdp.send('Runtime.getHeapUsage')).usedSize;
  }

  #toWorker(sessionId: string, method: string): Promise<unknown> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      const late = setTimeout(
        () => reject(new Error(`The worker did not answer ${method}.`)),
        30_000
      );
      this.#waiting.set(id, (result) => {
        clearTimeout(late);
        this.#waiting.delete(id);
        resolve(result);
      });
      void this.cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch(reject);
    });
  }

  /** Every dedicated worker's JS heap in bytes, summed, after a garbage collection in each. */
  async workerHeap(): Promise<number> {
    let total = 0;
    for (const sessionId of this.#workers) {
      await this.#toWorker(sessionId, 'HeapProfiler.collectGarbage');
      total += ((await this.#toWorker(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number })
        .usedSize;
    }
    return total;
  }
}

/** tfjs's live tensors in the page's workers (tfjs keeps its engine on the worker's global object). */
async function workerTensors(page: Page): Promise<number> {
  let total = 0;
  for (const worker of page.workers()) {
    total += await worker.evaluate(
      () =>
        (globalThis as { _tfengine?: { memory(): { numTensors: number } } })._tfengine?.memory()
          .numTensors ?? 0
    );
  }
  return total;
}

interface Series {
  name: string;
  unit: 'MB' | '';
  values: number[];
}

/**
 * A series after its first fifth (warm-up): its median, its spread (max − min) as a share of the median, and its trend
 * (the last third's mean against the first third's). Flat means a trend within FLAT: a leak grows, an oscillation
 * (a garbage collector's timing, a view drawn or not) does not.
 */
function verdictOf({ values }: Series) {
  const after = values.slice(Math.floor(values.length / 5));
  const sorted = [...after].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const third = Math.max(1, Math.floor(after.length / 3));
  const mean = (part: number[]) => part.reduce((sum, v) => sum + v, 0) / part.length;
  const first = mean(after.slice(0, third));
  const trend = first === 0 ? 0 : (mean(after.slice(-third)) - first) / first;
  const spread = median === 0 ? 0 : (sorted.at(-1)! - sorted[0]!) / median;
  return { median, spread, trend, flat: Math.abs(trend) <= FLAT };
}

function print(title: string, series: Series[]): boolean {
  console.log(`\n${title}`);
  let flat = true;
  for (const one of series) {
    const scale = one.unit === 'MB' ? 1 / 2 ** 20 : 1;
    const digits = one.unit === 'MB' ? 2 : 0;
    const { median, spread, trend, flat: isFlat } = verdictOf(one);
    flat &&= isFlat;
    const show = (v: number) => (v * scale).toFixed(digits);
    console.log(
      `  ${one.name}: ${one.values.map(show).join(' ')}${one.unit ? ` ${one.unit}` : ''}\n` +
        `    after warm-up: median ${show(median)}, spread ${(spread * 100).toFixed(1)} %, trend (last third vs first) ${(trend * 100).toFixed(1)} % — ${isFlat ? 'flat' : 'NOT FLAT'} (within ${FLAT * 100} %)`
    );
  }
  return flat;
}

/** Plays /lstm's first playback at its fastest speed for MINUTES, sampling the page's heap. */
async function autoplay(page: Page, base: string, inspector: Inspector): Promise<Series[]> {
  await page.goto(`${base}/lstm`, { waitUntil: 'networkidle' });
  const speed = page.getByRole('combobox', { name: 'Speed' }).first();
  const fastest = await speed.locator('option').last().getAttribute('value');
  await speed.selectOption(fastest!);
  const heap: Series = { name: 'page JS heap', unit: 'MB', values: [] };
  const until = Date.now() + MINUTES * 60_000;
  const every = (MINUTES * 60_000) / SAMPLES;
  let nextSample = Date.now();
  while (Date.now() < until) {
    // Playback stops at the last token: start it again, as a reader watching over and over would.
    const play = page.getByRole('button', { name: 'Play', exact: true }).first();
    if (await play.isVisible().catch(() => false)) await play.click();
    if (Date.now() >= nextSample) {
      heap.values.push(await inspector.pageHeap());
      nextSample += every;
    }
    await page.waitForTimeout(500);
  }
  heap.values.push(await inspector.pageHeap());
  return [heap];
}

/** Makes EDITS edits in the playground, sampling both heaps and the worker's tensors. */
async function typing(page: Page, base: string, inspector: Inspector): Promise<Series[]> {
  const driver = new PlaygroundDriver(page);
  await driver.open(base);
  const series: Series[] = [
    { name: 'page JS heap', unit: 'MB', values: [] },
    { name: 'worker JS heap', unit: 'MB', values: [] },
    { name: 'tfjs tensors in the worker', unit: '', values: [] }
  ];
  const sample = async () => {
    series[0]!.values.push(await inspector.pageHeap());
    series[1]!.values.push(await inspector.workerHeap());
    series[2]!.values.push(await workerTensors(page));
  };
  const every = Math.max(1, Math.round(EDITS / SAMPLES));
  for (let edit = 0; edit < EDITS; edit++) {
    if (edit % every === 0) await sample();
    // Fast typing, so that most traces are cancelled part-way, as they are for a reader typing.
    await driver.edit(WORDS[edit % WORDS.length]!, 40);
  }
  await sample();
  return series;
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROME_PATH or run `npm run ensure-chromium`.');
  process.exit(1);
}
const { base, server } = await startPreview(PORT);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
let failed = false;
try {
  const before = loadavg();
  console.log(
    `unrolled soak: ${MINUTES} min of /lstm at the fastest speed, then ${EDITS} playground edits (${base})`
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  const inspector = await Inspector.attach(page);
  const started = Date.now();
  const played = await autoplay(page, base, inspector);
  const playedFlat = print(`/lstm autoplay, ${played[0]!.values.length} samples:`, played);
  const typed = await typing(page, base, inspector);
  const typedFlat = print(
    `/playground, a sample every ${Math.round(EDITS / SAMPLES)} edits:`,
    typed
  );
  const fmt = (values: number[]) => values.map((v) => v.toFixed(2)).join(' ');
  console.log(
    `\n${playedFlat && typedFlat ? 'Every series is flat.' : 'NOT every series is flat.'} ` +
      `${((Date.now() - started) / 60_000).toFixed(1)} min in all; machine load (1, 5, 15 min) on ${cpus().length} cores: ` +
      `before ${fmt(before)}, after ${fmt(loadavg())}.`
  );
  if (problems.length > 0) console.warn(`Console errors on the page:\n  ${problems.join('\n  ')}`);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await browser.close();
  await stopServer(server);
}
process.exit(failed ? 1 : 0);
