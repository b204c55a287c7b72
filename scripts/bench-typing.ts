// `npm run bench:typing`: how soon the playground's figures show a word the reader has just typed. Serves the built
// site, opens /playground in headless Chromium on a 30-token sentence for memory-lstm, and for each edit deletes the
// last word and types a new one key by key. It times, from the last keystroke's input event, the first frame after
// the token strip shows the new word (the states) and the first frame after the influence chart's numbers do.
// A benchmark, not a test: it fails only when nothing could be measured. Flags: --edits N (default 24),
// --key-ms N (pause between keys, default 90), --port N (default: a free one).
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { PlaygroundDriver, WORDS } from './playground-driver.js';
import { flag, startPreview, stopServer, summary } from './preview-server.js';

const EDITS = Number(flag('edits') ?? 24);
const KEY_MS = Number(flag('key-ms') ?? 90);
const PORT = flag('port') === undefined ? undefined : Number(flag('port'));

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
  const page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  console.log(
    `unrolled typing benchmark: ${base}/playground, memory-lstm, 30 tokens, ${EDITS} edits, a key every ${KEY_MS} ms`
  );
  const driver = new PlaygroundDriver(page);
  await driver.open(base);
  const states: number[] = [];
  const influence: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const timing = await driver.edit(WORDS[edit % WORDS.length]!, KEY_MS);
    states.push(timing.states);
    influence.push(timing.influence);
    await page.waitForTimeout(300);
  }
  const rows = [
    ['states drawn', summary(states), 100, 50],
    ['influence drawn', summary(influence), 400, undefined]
  ] as const;
  console.log('after the last keystroke   median ms   p90 ms   bar');
  for (const [name, { median, p90 }, bar, aim] of rows) {
    const verdict =
      median <= bar ? (aim === undefined || median <= aim ? 'met' : 'met, above aim') : 'MISSED';
    console.log(
      `${name.padEnd(26)} ${median.toFixed(0).padStart(9)}   ${p90.toFixed(0).padStart(6)}   ≤ ${bar}${aim ? ` (aim ${aim})` : ''}: ${verdict}`
    );
  }
  console.log(`states samples (ms): ${states.map((v) => v.toFixed(0)).join(' ')}`);
  console.log(`influence samples (ms): ${influence.map((v) => v.toFixed(0)).join(' ')}`);
  const fmt = (values: number[]) => values.map((v) => v.toFixed(2)).join(' ');
  console.log(
    `machine load (1, 5, 15 min) on ${cpus().length} cores: before ${fmt(before)}, after ${fmt(loadavg())}.`
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
