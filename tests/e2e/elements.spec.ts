// The web components on a plain HTML course page served from another origin, under a strict CSP: nothing but the
// unrolled site's own scripts (and wasm) may run.
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';
import { axeViolations, courseOrigin, expect, test } from './fixtures.js';

/** A course page (tests/e2e/course-pages/<name>.html) on another origin that loads the elements from the site. */
async function coursePage(
  browser: Browser,
  baseURL: string | undefined,
  name: string,
  options: { reducedMotion?: 'reduce' | 'no-preference' } = {}
): Promise<{ context: BrowserContext; page: Page; problems: string[]; requests: string[] }> {
  const context = await browser.newContext({ reducedMotion: options.reducedMotion });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('request', (request: Request) => requests.push(request.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    );
  });
  await page.goto(`${courseOrigin(baseURL)}/${name}.html`);
  return { context, page, problems, requests };
}

const tfjsRequests = (requests: string[]) =>
  requests.filter((url) => /unrolled-(worker|live-trace)|tfjs|\/model\.json$|\.bin$/.test(url));

test('every element renders on another origin’s page, passes axe and loads no tfjs', async ({
  browser,
  baseURL
}) => {
  const { context, page, problems, requests } = await coursePage(browser, baseURL, 'all');
  await expect(page.locator('unrolled-lstm-cell').getByRole('heading')).toContainText('LSTM');
  await expect(page.locator('unrolled-gru-cell').getByRole('heading')).toContainText('GRU');
  await expect(page.locator('unrolled-chain').getByRole('heading')).toContainText('Unrolled chain');
  await expect(page.locator('unrolled-heatmap').getByRole('heading')).toContainText('heatmap');
  await expect(page.locator('unrolled-fibonacci').getByRole('heading')).toContainText('Fibonacci');
  await expect(page.locator('unrolled-forgetting-curve').getByRole('heading')).toContainText(
    'distance'
  );
  await expect(page.locator('unrolled-compare').getByText('memory-gru').first()).toBeVisible();
  await expect(page.locator('unrolled-compare').getByText('memory-rnn')).toHaveCount(0);
  // Each element's styles are sheets adopted by its own shadow root; the page's document has none of them.
  expect(await page.evaluate(() => document.head.querySelectorAll('style').length)).toBe(0);
  expect(
    await page.evaluate(
      () => document.querySelector('unrolled-chain')!.shadowRoot!.adoptedStyleSheets.length
    )
  ).toBe(2);
  expect(await axeViolations(page)).toEqual([]);
  expect(tfjsRequests(requests)).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test('the keyboard steps an element, and autoplay animates it unless the reader asks for reduced motion', async ({
  browser,
  baseURL
}) => {
  const { context, page, problems } = await coursePage(browser, baseURL, 'keyboard');
  const cell = page.locator('unrolled-lstm-cell');
  await expect(cell.getByText('step 1 of 14', { exact: true })).toBeVisible();
  await cell.getByRole('button', { name: 'Step forward' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(cell.getByText('step 3 of 14', { exact: true })).toBeVisible();
  await page.keyboard.press('End');
  await expect(cell.getByText('step 14 of 14', { exact: true })).toBeVisible();
  // Autoplay moves the chain's cursor on its own.
  const slider = page.locator('unrolled-chain').getByRole('slider', { name: 'Step', exact: true });
  await expect
    .poll(async () => Number(await slider.inputValue()), { timeout: 10_000 })
    .toBeGreaterThan(2);
  expect(problems).toEqual([]);
  await context.close();

  const still = await coursePage(browser, baseURL, 'keyboard', { reducedMotion: 'reduce' });
  const stillSlider = still.page
    .locator('unrolled-chain')
    .getByRole('slider', { name: 'Step', exact: true });
  await expect(stillSlider).toBeVisible();
  await still.page.waitForTimeout(1500);
  expect(await stillSlider.inputValue()).toBe('0');
  await still.context.close();
});

test('two elements in one playback group follow one cursor', async ({ browser, baseURL }) => {
  const { context, page, problems } = await coursePage(browser, baseURL, 'group');
  const lstm = page.locator('unrolled-lstm-cell');
  const gru = page.locator('unrolled-gru-cell');
  await expect(lstm.getByText('step 4 of 14', { exact: true })).toBeVisible();
  await expect(gru.getByText('step 4 of 14', { exact: true })).toBeVisible();
  // In a group the figures leave the controls to the group's own element.
  await expect(lstm.getByRole('button', { name: 'Step forward' })).toHaveCount(0);
  await page.locator('unrolled-playback').getByRole('button', { name: 'Step forward' }).click();
  await expect(lstm.getByText('step 5 of 14', { exact: true })).toBeVisible();
  await expect(gru.getByText('step 5 of 14', { exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test('trace-src shows a precomputed trace with no tfjs request', async ({ browser, baseURL }) => {
  const { context, page, problems, requests } = await coursePage(browser, baseURL, 'trace-src');
  const chain = page.locator('unrolled-chain');
  await expect(chain.getByRole('heading')).toContainText('A review, read by a GRU');
  await expect(chain.getByText('plot').first()).toBeVisible();
  expect(requests.some((url) => url.endsWith('/traces/sentiment-gru-review.json'))).toBe(true);
  expect(tfjsRequests(requests)).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test('a new sentence is traced live, after tfjs loads lazily; hostile text stays text', async ({
  browser,
  baseURL
}) => {
  let dialogs = 0;
  const hostile = '<img src=x onerror=alert(1)> France <script>alert(2)</script>';
  const { context, page, problems, requests } = await coursePage(browser, baseURL, 'live');
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const gru = page.locator('unrolled-gru-cell');
  await expect(gru.getByText('step 1 of 14', { exact: true })).toBeVisible();
  expect(tfjsRequests(requests)).toEqual([]);
  await page.evaluate(
    (text) => document.getElementById('gru')!.setAttribute('text', text),
    hostile
  );
  await expect(gru.getByText(/Words the model does not know/)).toBeVisible({ timeout: 30_000 });
  await expect(gru.getByText(/^step 1 of \d+$/)).toBeVisible();
  expect(tfjsRequests(requests).length).toBeGreaterThan(0);
  expect(
    await page.evaluate(
      () =>
        document.getElementById('gru')!.shadowRoot!.querySelectorAll('script, img[src="x"]').length
    )
  ).toBe(0);
  expect(dialogs).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});

test('bad attributes get one clear line and the other elements keep working', async ({
  browser,
  baseURL
}) => {
  const { context, page } = await coursePage(browser, baseURL, 'bad');
  await expect(page.locator('unrolled-chain').first().getByRole('alert')).toContainText(
    'not a shipped model'
  );
  await expect(page.locator('#missing').getByRole('alert')).toContainText('answered 404');
  await expect(page.locator('unrolled-heatmap').getByRole('heading')).toBeVisible();
  await expect(page.locator('unrolled-playback').getByRole('alert')).toContainText(
    'playback-group'
  );
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test('a model by URL traces with its own tokenizer, or reads word ids without one', async ({
  browser,
  baseURL
}) => {
  const { context, page, problems } = await coursePage(browser, baseURL, 'own-model');
  const byUrl = page.locator('#by-url');
  await expect(byUrl.getByRole('heading')).toContainText('A model by URL', { timeout: 30_000 });
  await expect(byUrl.getByText(/^step 1 of \d+$/)).toBeVisible();
  const ids = page.locator('#ids');
  await expect(ids.getByRole('heading')).toContainText('word ids', { timeout: 30_000 });
  await expect(ids.getByRole('slider', { name: 'Step in the chain' })).toHaveAttribute(
    'aria-valuemax',
    '4'
  );
  await expect(page.locator('#not-ids').getByRole('alert')).toContainText('word ids');
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});
