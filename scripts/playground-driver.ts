// Typing into the built playground as a reader would, for the benchmarks: a 30-token sentence for memory-lstm whose
// last word is replaced key by key, with in-page timestamps of the last keystroke and of the first frames that show
// the new word in the token strip (the states) and in the influence chart's numbers (influence).
import type { Page } from 'playwright';

// 29 words the memory models know; the typed word makes 30 tokens.
const BASE =
  'basically my family lived in ireland when i was young and my uncle fixed old cars in a garage so at school they made me learn how to speak';
/** Words the models know, none a prefix of the next, so a half-typed word never matches. */
export const WORDS = [
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
const FIRST_WORD = 'speak';
const STRIP = 'ol[aria-label="Tokens the model reads"]';
const INFLUENCE_TITLE = 'Which tokens the answer depends on';

/** One edit's timestamps (performance.now() in the page). */
interface Probe {
  word: string;
  input: number;
  states?: number;
  influence?: number;
}

/** Milliseconds from an edit's last keystroke to the frames that showed its states and its influence. */
export interface EditTiming {
  states: number;
  influence: number;
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

/** A playground being typed into; `open` first. */
export class PlaygroundDriver {
  #previous = FIRST_WORD;

  constructor(readonly page: Page) {}

  /** Opens /playground, shows the influence chart's numbers, and traces the 30-token sentence once (warm-up). */
  async open(base: string): Promise<void> {
    const { page } = this;
    // tsx names the functions it compiles with a helper that only exists in Node; the page needs its own.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(`${base}/playground`, { waitUntil: 'networkidle' });
    // The influence chart's numbers table, open, so that its rows name the tokens it was drawn for.
    await page.getByRole('figure', { name: INFLUENCE_TITLE }).getByText('Show the numbers').click();
    await installProbe(page);
    const textarea = this.#textarea();
    await textarea.fill(`${BASE} ${FIRST_WORD}`);
    await page.waitForFunction(
      (strip) => document.querySelectorAll(`${strip} li`).length === 30,
      STRIP,
      { timeout: 120_000 }
    );
    await textarea.press('End');
  }

  #textarea() {
    return this.page.getByRole('textbox', { name: 'Sentence', exact: true });
  }

  /** Deletes the last word and types `word` a key every `keyMs`; resolves once its influence is drawn. */
  async edit(word: string, keyMs: number): Promise<EditTiming> {
    const { page } = this;
    await page.evaluate((word) => {
      (window as unknown as { __probe?: Probe }).__probe = { word, input: 0 };
    }, word);
    const textarea = this.#textarea();
    for (let i = 0; i < this.#previous.length; i++) await textarea.press('Backspace');
    await textarea.pressSequentially(word, { delay: keyMs });
    const probe = await page
      .waitForFunction(
        () => {
          const p = (window as unknown as { __probe?: Probe }).__probe;
          return p && (p.states ?? 0) > 0 && (p.influence ?? 0) > 0 ? p : undefined;
        },
        undefined,
        { timeout: 60_000, polling: 50 }
      )
      .then((handle) => handle.jsonValue() as Promise<Probe>)
      .catch(async (error: unknown) => {
        const shown = await page.evaluate(() => ({
          probe: (window as unknown as { __probe?: Probe }).__probe,
          progress: document.querySelector('.progress')?.textContent?.trim(),
          check: document.querySelector('[data-testid="check"]')?.textContent?.trim()
        }));
        throw new Error(`The edit to “${word}” was not drawn: ${JSON.stringify(shown)}`, {
          cause: error
        });
      });
    this.#previous = word;
    return { states: probe.states! - probe.input, influence: probe.influence! - probe.input };
  }
}
