// `npm run bench:typing`: how soon the playground's figures show a word the reader has just typed. Serves the built
// site, opens /playground in headless Chromium on a 30-token sentence for memory-lstm, and for each edit deletes the
// last word and types a new one key by key. It times, from the last keystroke's input event, the first frame after
// the token strip shows the new word (the states) and the first frame after the influence chart's table does.
// A benchmark, not a test: it fails only when nothing could be measured. Flags: --edits N (default 24),
// --key-ms N (pause between keys, default 90), --port N (default: a free one).
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { flag, startPreview, stopServer, summary } from './preview-server.js';

const EDITS = Number(flag('edits') ?? 24);
const KEY_MS = Number(flag('key-ms') ?? 90);
const PORT = flag('port') === undefined ? undefined : Number(flag('port'));
// 29 words the memory models know; the typed word makes 30 tokens.
const BASE =
  'basically my family lived in ireland when i was young and my uncle fixed old cars in a garage so at school they made me learn how to speak';
// Words the models know, none a prefix of the next, so a half-typed word never matches.
const WORDS = [
  'garden',
  'bakery',
  'football',
  'weekend',
  'morning',
  'river',
  'beach',
  'library',
  'stamps',
  'tomatoes',
  'summers',
  'dinner',
  'streets',
  'trains',
  'winters',
  'sundays'
];
const STRIP = 'ol[aria-label="Tokens the model reads"]';
const INFLUENCE_TITLE = 'Which tokens the answer depends on';

interface Probe {
  word: string;
  input: number;
  states?: number;
  influence?: number;
}

/** Installs the in-page timers: the last input event, and the frames after the views show `window.__probe.word`. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(
    ({ strip, title }) => {
      const w = window as unknown as { __probe?: Probe };
      const textarea = document.querySelector('textarea')!;
      textarea.addEventListener('input', () => w.__probe && (w.__probe.input = performance.now()), {
        capture: true
      });
      const influenceFigure = () =>
        [...document.querySelectorAll('figure.unrolled-figure')].find((figure) =>
          figure.querySelector('.title')?.textContent?.includes(title)
        );
      const lastToken = () =>
        document.querySelector(`${strip} li:last-child .text`)?.textContent?.trim();
      const lastInfluence = () =>
        influenceFigure()
          ?.querySelector('tbody tr:last-child td:nth-child(2)')
          ?.textContent?.trim();
      const check = () => {
        const probe = w.__probe;
        if (!probe) return;
        // The time of the frame that shows it: DOM changes are painted at the next animation frame.
        if (probe.states === undefined && lastToken() === probe.word) {
          probe.states = -1;
          requestAnimationFrame(() => (probe.states = performance.now()));
        }
        if (probe.influence === undefined && lastInfluence() === probe.word) {
          probe.influence = -1;
          requestAnimationFrame(() => (probe.influence = performance.now()));
        }
      };
      new MutationObserver(check).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true
      });
    },
    { strip: STRIP, title: INFLUENCE_TITLE }
  );
}

async function run(page: Page, base: string): Promise<{ states: number[]; influence: number[] }> {
  // tsx names the functions it compiles with a helper that only exists in Node; the page needs its own.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(`${base}/playground`, { waitUntil: 'networkidle' });
  const textarea = page.getByRole('textbox', { name: 'Sentence', exact: true });
  // The influence chart's numbers table, open, so that its rows name the tokens it was drawn for.
  await page.getByRole('figure', { name: INFLUENCE_TITLE }).getByText('Show the numbers').click();
  await installProbe(page);
  // Warm-up: the worker starts, loads tfjs and the model, and traces once.
  let previous = 'speak';
  await textarea.fill(`${BASE} ${previous}`);
  await page.waitForFunction(
    (strip) => document.querySelectorAll(`${strip} li`).length === 30,
    STRIP,
    { timeout: 120_000 }
  );
  await textarea.press('End');
  const states: number[] = [];
  const influence: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const word = WORDS[edit % WORDS.length]!;
    await page.evaluate((word) => {
      (window as unknown as { __probe?: Probe }).__probe = { word, input: 0 };
    }, word);
    for (let i = 0; i < previous.length; i++) await textarea.press('Backspace', { delay: 0 });
    await textarea.pressSequentially(word, { delay: KEY_MS });
    const probe = await page
      .waitForFunction(
        () => {
          const p = (window as unknown as { __probe?: Probe }).__probe;
          return p && (p.states ?? 0) > 0 && (p.influence ?? 0) > 0 ? p : undefined;
        },
        undefined,
        { timeout: 20_000, polling: 50 }
      )
      .then((handle) => handle.jsonValue() as Promise<Probe>);
    states.push(probe.states! - probe.input);
    influence.push(probe.influence! - probe.input);
    previous = word;
    await page.waitForTimeout(300);
  }
  return { states, influence };
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
  const page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  console.log(
    `unrolled typing benchmark: ${base}/playground, memory-lstm, 30 tokens, ${EDITS} edits, a key every ${KEY_MS} ms`
  );
  const { states, influence } = await run(page, base);
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
