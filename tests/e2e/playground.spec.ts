import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/models/tfjs-lstm/${name}`, import.meta.url));

test('typing a sentence updates every view', async ({ page, problems }) => {
  await page.goto('/playground', { waitUntil: 'networkidle' });
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^Ireland/ })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Sentence', exact: true })
    .fill('I lived in France so I speak');
  await expect(strip.getByRole('button', { name: /^France/ })).toBeVisible({ timeout: 30_000 });
  await expect(strip.getByRole('button')).toHaveCount(7);
  await expect(page.getByTestId('check')).toContainText('Checked against tfjs: max difference');
  await expect(
    page.getByRole('figure', { name: "The model's answer" })
  ).toHaveAccessibleDescription(/French/);
  await expect(
    page.getByRole('figure', { name: 'Which tokens the answer depends on' })
  ).toHaveAccessibleDescription(/France/);
  await expect(page.getByRole('figure', { name: 'Inside the LSTM cell' })).toBeVisible();
  await expect(page).toHaveURL(/s=I\+lived\+in\+France/);
  expect(problems).toEqual([]);
});

test("a typed word's states are drawn before its check and influence", async ({
  page,
  problems
}) => {
  await page.goto('/playground', { waitUntil: 'networkidle' });
  // What the page showed at the first moment the token strip had the new word (the DOM, not a clock).
  const seen = page.evaluate(
    () =>
      new Promise<{ influence: string; busy: string | null; check: string }>((resolve) => {
        const strip = document.querySelector('ol[aria-label="Tokens the model reads"]')!;
        const figure = [...document.querySelectorAll('figure.unrolled-figure')].find((one) =>
          one.querySelector('.title')?.textContent?.includes('Which tokens the answer depends on')
        )!;
        const observer = new MutationObserver(() => {
          if (![...strip.querySelectorAll('.text')].some((t) => t.textContent === 'France')) return;
          observer.disconnect();
          resolve({
            influence:
              document.getElementById(figure.getAttribute('aria-describedby')!)?.textContent ?? '',
            busy: figure.closest('[aria-busy]')?.getAttribute('aria-busy') ?? null,
            check: document.querySelector('[data-testid="check"]')?.textContent?.trim() ?? ''
          });
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      })
  );
  await page
    .getByRole('textbox', { name: 'Sentence', exact: true })
    .fill('I lived in France so I speak');
  const atStates = await seen;
  expect(atStates.check).toBe('Checking against tfjs…');
  expect(atStates.busy).toBe('true');
  expect(atStates.influence).not.toContain('France');
  const influence = page.getByRole('figure', { name: 'Which tokens the answer depends on' });
  await expect(influence).toHaveAccessibleDescription(/France/, { timeout: 30_000 });
  await expect(page.getByTestId('check')).toContainText('Checked against tfjs: max difference');
  await expect(influence.locator('xpath=ancestor::*[@aria-busy][1]')).toHaveAttribute(
    'aria-busy',
    'false'
  );
  expect(problems).toEqual([]);
});

test('a deep link restores the sentence and the model', async ({ page }) => {
  await page.goto('/playground?m=memory-gru&s=I+lived+in+Japan+so+I+speak', {
    waitUntil: 'networkidle'
  });
  await expect(page.getByRole('combobox', { name: 'Model' })).toHaveValue('memory-gru');
  await expect(page.getByRole('textbox', { name: 'Sentence', exact: true })).toHaveValue(
    'I lived in Japan so I speak'
  );
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^Japan/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'What memory-gru sees' })).toBeVisible();
});

test('hostile text is shown as text, and an empty sentence gets a message', async ({ page }) => {
  await page.goto('/playground', { waitUntil: 'networkidle' });
  await page
    .getByRole('textbox', { name: 'Sentence', exact: true })
    .fill('<img src=x onerror=alert(1)> <script>alert(2)</script>');
  await expect(page.getByText(/Words this model does not know: img, src, x, onerror/)).toBeVisible({
    timeout: 30_000
  });
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^script/ }).first()).toBeVisible();
  await expect(page.locator('main img, main script')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Sentence', exact: true }).fill('');
  await expect(page.getByText('The sentence is empty')).toBeVisible();
  await page.getByRole('textbox', { name: 'Sentence', exact: true }).fill('x'.repeat(10_000));
  await expect(page.getByText(/only the first 1000 characters/)).toBeVisible();
});

test('a model loaded from files is traced from word ids', async ({ page, problems }) => {
  await page.goto('/playground', { waitUntil: 'networkidle' });
  await page
    .locator('input[type=file][multiple]')
    .setInputFiles([fixture('model.json'), fixture('model.weights.bin')]);
  await expect(page.getByTestId('custom-message')).toContainText('Loaded model.json', {
    timeout: 30_000
  });
  await expect(page.getByRole('combobox', { name: 'Model' })).toHaveValue('custom');
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^#5/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'What your model sees' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('textbox', { name: /Word ids/ }).fill('1, 2, oops');
  await expect(page.getByText(/“oops” is not a whole number/)).toBeVisible();
  expect(problems).toEqual([]);
});

test('a model file that is not JSON gets a clear message', async ({ page }) => {
  await page.goto('/playground', { waitUntil: 'networkidle' });
  await page.locator('input[type=file][multiple]').setInputFiles([
    { name: 'model.json', mimeType: 'application/json', buffer: Buffer.from('not json {') },
    { name: 'model.weights.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(8) }
  ]);
  await expect(page.getByTestId('custom-message')).toContainText('model.json is not JSON');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playground');
});

// --- Hostile input: each gets a clear message, the last good figures stay, and the page keeps working. ---

const fixtureJson = (): { modelTopology: { config: { layers: Layer[] } } } & Record<
  string,
  unknown
> => JSON.parse(readFileSync(fixture('model.json'), 'utf8'));
type Layer = { class_name: string; config: Record<string, unknown> };
const fixtureWeights = (): Buffer => readFileSync(fixture('model.weights.bin'));

/** A file for setInputFiles, made here rather than read from disk. */
const file = (name: string, content: string | Buffer) => ({
  name,
  mimeType: name.endsWith('.json') ? 'application/json' : 'application/octet-stream',
  buffer: typeof content === 'string' ? Buffer.from(content) : content
});

/** The playground opened on the course sentence, with its precomputed figures showing. */
async function openPlayground(page: Page): Promise<void> {
  await page.goto('/playground', { waitUntil: 'networkidle' });
  await expectCourseFigures(page);
}

/** The first view's figures: memory-lstm on the course sentence. */
async function expectCourseFigures(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'What memory-lstm sees' })).toBeVisible();
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^Ireland/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Inside the LSTM cell' })).toBeVisible();
}

/** The page still traces: a new sentence reaches every view. */
async function expectStillWorking(page: Page, word = 'Spain'): Promise<void> {
  await page.getByRole('combobox', { name: 'Model' }).selectOption('memory-lstm');
  await page
    .getByRole('textbox', { name: 'Sentence', exact: true })
    .fill(`I lived in ${word} so I speak`);
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: new RegExp(`^${word}`) })).toBeVisible({
    timeout: 30_000
  });
  await expect(page.getByTestId('check')).toContainText('Checked against tfjs');
}

/** Fails the test on any dialog (an alert from injected script would be one). */
function noDialogs(page: Page, problems: string[]): void {
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

test('emoji, right-to-left and zero-width text are traced as typed', async ({ page, problems }) => {
  test.setTimeout(90_000);
  await openPlayground(page);
  const input = page.getByRole('textbox', { name: 'Sentence', exact: true });
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await page.getByRole('combobox', { name: 'Model' }).selectOption('sentiment-bilstm');
  await input.fill('the plot 🎬 was great 👍🏽');
  await expect(page.getByRole('heading', { name: 'What sentiment-bilstm sees' })).toBeVisible({
    timeout: 30_000
  });
  await expect(strip.getByRole('button', { name: /^great/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('check')).toContainText('Checked against tfjs');

  await page.getByRole('combobox', { name: 'Model' }).selectOption('memory-lstm');
  await input.fill('I lived in מדינה and العربية so I speak');
  await expect(page.getByText(/Words this model does not know: .*מדינה/)).toBeVisible({
    timeout: 30_000
  });
  await expect(strip.getByRole('button', { name: /^speak/ })).toBeVisible({ timeout: 30_000 });

  await input.fill('I lived in Ire\u200Bland\u200D so I speak\u202E');
  await expect(page.getByText(/contains invisible characters/)).toBeVisible();
  await expect(strip.getByRole('button', { name: /^speak/ })).toBeVisible({ timeout: 30_000 });
  await expect(input).toHaveValue('I lived in Ire\u200Bland\u200D so I speak\u202E');
  await expectStillWorking(page);
  expect(problems).toEqual([]);
});

test('script text is shown as text and never runs', async ({ page, problems }) => {
  noDialogs(page, problems);
  await openPlayground(page);
  const hostile = '"><svg onload=alert(1)><script>alert(2)</script><b>bold</b>';
  await page.getByRole('textbox', { name: 'Sentence', exact: true }).fill(hostile);
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^svg/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('main script, main b, main [onload]')).toHaveCount(0);
  await expect(page.getByText(/Words this model does not know: .*onload/)).toBeVisible();
  // A link to it carries the text, and opening that link runs nothing either.
  await expect(page).toHaveURL(/s=%22%3E%3Csvg/);
  await page.reload();
  await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
  await expect(page.getByRole('textbox', { name: 'Sentence', exact: true })).toHaveValue(hostile);
  await expect(strip.getByRole('button', { name: /^svg/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('main script, main b, main [onload]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('an empty sentence keeps the last figures and says why', async ({ page, problems }) => {
  await openPlayground(page);
  const input = page.getByRole('textbox', { name: 'Sentence', exact: true });
  for (const empty of ['', '   \n\t ']) {
    await input.fill(empty);
    await expect(page.getByText('The sentence is empty')).toBeVisible();
    await expectCourseFigures(page);
  }
  // Only punctuation the word tokenizer filters out ('…' is not among it: the tokenizer keeps it as a word).
  await input.fill('?!. ,,');
  await expect(page.getByText(/keeps none of these pieces|The sentence is empty/)).toBeVisible();
  await expectCourseFigures(page);
  await expectStillWorking(page);
  expect(problems).toEqual([]);
});

test('10 000 characters are cut to the documented maximum, and said so', async ({
  page,
  problems
}) => {
  test.setTimeout(90_000);
  await openPlayground(page);
  await expect(page.getByText(/Up to 1000 characters and 200 tokens are read/)).toBeVisible();
  const long = 'I lived in Ireland so I speak '.repeat(334).slice(0, 10_000);
  await page.getByRole('textbox', { name: 'Sentence', exact: true }).fill(long);
  const said = page.getByText(/Your text is long: only the first \d+ characters \(\d+ tokens\)/);
  await expect(said).toBeVisible({ timeout: 60_000 });
  const [, characters, tokens] = (await said.innerText()).match(/first (\d+) characters \((\d+)/)!;
  expect(Number(characters)).toBeLessThanOrEqual(1000);
  // This text reaches the 200-token cap before the 1000-character one.
  expect(Number(tokens)).toBe(200);
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button')).toHaveCount(200, { timeout: 60_000 });
  await expect(page.getByTestId('check')).toContainText('Checked against tfjs');
  // The link keeps at most the first 1000 characters.
  await expect(page).toHaveURL(/s=I\+lived/);
  expect(new URL(page.url()).searchParams.get('s')).toBe(long.slice(0, 1000));
  await expectStillWorking(page);
  expect(problems).toEqual([]);
});

/** Loads files through the file picker and waits for the message about them. */
async function pickModelFiles(
  page: Page,
  files: { name: string; mimeType: string; buffer: Buffer }[]
): Promise<void> {
  await page.locator('input[type=file][multiple]').setInputFiles(files);
}

const customMessage = (page: Page) => page.getByTestId('custom-message');

test('broken model files get a clear message and lose nothing', async ({ page, problems }) => {
  await openPlayground(page);
  const json = JSON.stringify(fixtureJson());
  const weights = fixtureWeights();
  const cases: { what: string; files: ReturnType<typeof file>[]; message: RegExp }[] = [
    {
      what: 'not JSON',
      files: [file('model.json', '{"modelTopology": <html>'), file('model.weights.bin', weights)],
      message: /model\.json is not JSON/
    },
    {
      what: 'JSON that is not a model',
      files: [file('model.json', '[1, 2, 3]'), file('model.weights.bin', weights)],
      message: /Could not load model\.json: .+\(bad-model-json\)/
    },
    {
      what: 'missing weights',
      files: [file('model.json', json)],
      message:
        /Could not load model\.json: .*lists the weight file "model\.weights\.bin", but it is not among the files given.*\(missing-weights\)/
    },
    {
      what: 'truncated weights',
      files: [file('model.json', json), file('model.weights.bin', weights.subarray(0, 100))],
      message: /Could not load model\.json: .*\(bad-weights\)/
    },
    {
      what: 'only weights',
      files: [file('model.weights.bin', weights)],
      message: /No model\.json among the files/
    }
  ];
  for (const { what, files, message } of cases) {
    await pickModelFiles(page, files);
    await expect(customMessage(page), what).toContainText(message, { timeout: 30_000 });
    await expectCourseFigures(page);
    await expect(page.getByRole('combobox', { name: 'Model' })).toHaveValue('memory-lstm');
  }
  await expectStillWorking(page);
  expect(problems).toEqual([]);
});

test('a model with layers unrolled cannot trace is refused by name', async ({ page, problems }) => {
  await openPlayground(page);
  const weights = fixtureWeights();
  const withLayer = (rewrite: (layer: Layer) => void): string => {
    const model = fixtureJson();
    const lstm = model.modelTopology.config.layers.find((layer) => layer.class_name === 'LSTM')!;
    rewrite(lstm);
    return JSON.stringify(model);
  };
  const convLstm = withLayer((layer) => {
    layer.class_name = 'ConvLSTM2D';
  });
  await pickModelFiles(page, [file('model.json', convLstm), file('model.weights.bin', weights)]);
  await expect(customMessage(page)).toContainText(
    /Could not load model\.json: Layer 'lstm' \(ConvLSTM2D\) cannot be loaded.*\(unsupported-layer, layer “lstm”\)/,
    { timeout: 30_000 }
  );
  await expectCourseFigures(page);

  const custom = withLayer((layer) => {
    layer.class_name = 'AttentionWithContext';
  });
  await pickModelFiles(page, [file('model.json', custom), file('model.weights.bin', weights)]);
  await expect(customMessage(page)).toContainText(
    /Layer 'lstm' has class 'AttentionWithContext', which TensorFlow\.js cannot build.*\(unknown-layer-class/,
    { timeout: 30_000 }
  );
  await expectCourseFigures(page);
  await expectStillWorking(page);
  expect(problems).toEqual([]);
});

test('model files dropped on the page are loaded and traced', async ({ page, problems }) => {
  await openPlayground(page);
  const zone = page.getByRole('group', { name: 'Model files: choose them or drop them here' });
  const dataTransfer = await page.evaluateHandle(
    ({ json, weights }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], 'model.json', { type: 'application/json' }));
      transfer.items.add(new File([new Uint8Array(weights)], 'model.weights.bin'));
      return transfer;
    },
    { json: readFileSync(fixture('model.json'), 'utf8'), weights: [...fixtureWeights()] }
  );
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await expect(zone).toHaveClass(/dragging/);
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(zone).not.toHaveClass(/dragging/);
  await expect(customMessage(page)).toContainText('Loaded model.json: Embedding → LSTM → Dense', {
    timeout: 30_000
  });
  await expect(page.getByRole('combobox', { name: 'Model' })).toHaveValue('custom');
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^#5/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'What your model sees' })).toBeVisible();
  // The states come first; wait for the whole trace, influence and all, to be the last one finished (a failure
  // goes back to the last finished trace, which on a slow machine was still memory-lstm's).
  await expect(page.getByRole('progressbar', { name: 'Trace progress' })).toHaveCount(0, {
    timeout: 30_000
  });
  // Ids the model has no embedding for are refused by the trace, and the figures stay.
  await page.getByRole('textbox', { name: /Word ids/ }).fill('1, 2, 3, 4, 99');
  await expect(page.getByText(/The trace failed: /)).toBeVisible({ timeout: 30_000 });
  await expect(strip.getByRole('button', { name: /^#5/ })).toBeVisible();
  await page.getByRole('textbox', { name: /Word ids/ }).fill('4, 3, 2, 1, 7');
  await expect(strip.getByRole('button', { name: /^#7/ })).toBeVisible({ timeout: 30_000 });
  await expectStillWorking(page);
  expect(problems).toEqual([]);
});

test('a broken model after a good one keeps the good one', async ({ page, problems }) => {
  await openPlayground(page);
  const json = readFileSync(fixture('model.json'), 'utf8');
  await pickModelFiles(page, [
    file('model.json', json),
    file('model.weights.bin', fixtureWeights())
  ]);
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^#5/ })).toBeVisible({ timeout: 30_000 });
  await pickModelFiles(page, [
    file('model.json', json),
    file('model.weights.bin', fixtureWeights().subarray(0, 100))
  ]);
  await expect(customMessage(page)).toContainText(/Could not load model\.json: .*\(bad-weights\)/, {
    timeout: 30_000
  });
  await expect(page.getByRole('heading', { name: 'What your model sees' })).toBeVisible();
  await expect(strip.getByRole('button', { name: /^#5/ })).toBeVisible();
  // The model loaded before is still there to trace.
  await page.getByRole('textbox', { name: /Word ids/ }).fill('4, 3, 2, 1, 7');
  await expect(strip.getByRole('button', { name: /^#7/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Load a model first')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a model is loaded by its address, and a bad address is explained', async ({
  page,
  problems
}) => {
  await openPlayground(page);
  const address = page.getByRole('textbox', { name: /the address of a model\.json/ });
  const load = page.getByRole('button', { name: 'Load', exact: true });

  await address.fill('javascript:alert(1)');
  await load.click();
  await expect(customMessage(page)).toContainText(
    'That address cannot be used: only http and https addresses can be loaded.'
  );
  // The field wants a whole address (the browser itself stops a bare path).
  await address.fill(new URL('/models/no-such-model/model.json', page.url()).href);
  await load.click();
  await expect(customMessage(page)).toContainText(
    /Could not load http:.*\/models\/no-such-model\/model\.json: .*404/,
    { timeout: 30_000 }
  );
  await expectCourseFigures(page);

  const gru = new URL('/models/memory-gru/model.json', page.url()).href;
  await address.fill(gru);
  await load.click();
  await expect(customMessage(page)).toContainText(`Loaded ${gru}: Embedding → GRU → Dense`, {
    timeout: 30_000
  });
  await expect(page.getByRole('heading', { name: 'What your model sees' })).toBeVisible({
    timeout: 30_000
  });
  await expect(page.getByRole('figure', { name: 'Inside the GRU cell' })).toBeVisible();
  await expectStillWorking(page);
  expect(problems).toEqual([]);
});

test('a long trace shows progress, Cancel stops it, and the page keeps working', async ({
  page,
  problems
}) => {
  // The worker finishes the step it is in before it sees the cancel; on a busy machine that takes a while.
  test.setTimeout(120_000);
  await openPlayground(page);
  await page.getByRole('combobox', { name: 'Model' }).selectOption('sentiment-stacked-bilstm');
  await expect(
    page.getByRole('heading', { name: 'What sentiment-stacked-bilstm sees' })
  ).toBeVisible({ timeout: 60_000 });
  // The states are drawn first; the trace has finished once its influence is drawn too.
  await expect(
    page
      .getByRole('figure', { name: 'Which tokens the answer depends on' })
      .locator('xpath=ancestor::*[@aria-busy][1]')
  ).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const before = await page.getByRole('list', { name: 'Tokens the model reads' }).innerText();
  // 200 tokens (the cap) through the stacked BiLSTM and the three memory cells. Ticking the box after typing
  // starts one run for both at once (typing alone would start its own run a moment later).
  await page
    .getByRole('textbox', { name: 'Sentence', exact: true })
    .fill('the acting was great but the plot was not good and '.repeat(20));
  await page.getByRole('checkbox', { name: /Also trace the three memory cells/ }).check();
  const progress = page.getByRole('progressbar', { name: 'Trace progress' });
  await expect(progress).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText(/\(model \d of 4\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByText('Cancelled: the figures still show the last finished trace.')
  ).toBeVisible();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('button', { name: 'Trace again' })).toBeVisible();
  // Nothing replaced the last finished trace, even a while later.
  await page.waitForTimeout(1500);
  await expect(page.getByRole('list', { name: 'Tokens the model reads' })).toHaveText(before);
  await expect(
    page.getByRole('heading', { name: 'What sentiment-stacked-bilstm sees' })
  ).toBeVisible();
  await page.getByRole('checkbox', { name: /Also trace the three memory cells/ }).uncheck();
  await expectStillWorking(page);
  expect(problems).toEqual([]);
});
