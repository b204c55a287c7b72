import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/** What a reader needs offline: the chapters, the trace worker's model files and their precomputed traces. */
const NEEDED = [
  '/lstm',
  '/memory',
  '/playground',
  '/traces/memory-lstm-ireland.json',
  '/traces/memory-gaps.json',
  '/models/memory-lstm/model.json',
  '/models/memory-lstm/model.weights.bin',
  '/models/memory-lstm/tokenizer.json'
];

/** Waits until the service worker controls the page and its cache holds every path in NEEDED. */
async function waitForOfflineCache(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000
  });
  await expect
    .poll(
      () =>
        page.evaluate(async (paths) => {
          const missing = [];
          for (const path of paths) if (!(await caches.match(path))) missing.push(path);
          return missing;
        }, NEEDED),
      { timeout: 30_000 }
    )
    .toEqual([]);
}

/** The /lstm chapter with its figures drawn from the precomputed trace. */
async function expectLstmChapter(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(
    page.getByRole('figure', { name: /^The LSTM cell at the current token/ })
  ).toBeVisible();
  await expect(page.getByText(/^Unit \d+ at step 4 of 14/)).toBeVisible();
  await expect(page.getByRole('group', { name: /LSTM cell diagram at step 4/ })).toBeVisible();
}

/** The /memory chapter with its answers table and slider. */
async function expectMemoryChapter(page: Page): Promise<void> {
  await expect(page.getByLabel(/Extra distractor tokens/)).toBeVisible();
  await expect(page.locator('tr[data-model="memory-rnn"]')).toContainText(/\d/);
  await expect(page.locator('main figure').first()).toBeVisible();
}

/** The /playground with the course sentence's figures. */
async function expectPlayground(page: Page): Promise<void> {
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^Ireland/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Inside the LSTM cell' })).toBeVisible();
}

test('once loaded, the chapters and the playground work offline', async ({
  page,
  context,
  problems
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForOfflineCache(page);
  await context.setOffline(true);

  // The network is really gone, for the service worker too: a path it never cached cannot be fetched.
  const uncached = await page.evaluate(() =>
    fetch(`/not-cached-${Date.now()}`).then(
      (response) => `status ${response.status}`,
      () => 'failed'
    )
  );
  expect(uncached).toBe('failed');
  // That failed request is logged as a console error: it was the point, so it is not counted.
  expect(problems).toEqual(['console: Failed to load resource: net::ERR_FAILED']);
  problems.splice(0);

  // Opened by address, then reloaded.
  await page.goto('/lstm');
  await expectLstmChapter(page);
  await page.reload();
  await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
  await expectLstmChapter(page);

  // Reached by a link (the app's own navigation), then reloaded.
  await page
    .getByRole('navigation', { name: 'Chapters' })
    .getByRole('link', { name: 'Memory' })
    .click();
  await expect(page).toHaveURL(/\/memory$/);
  await expectMemoryChapter(page);
  await page.reload();
  await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
  await expectMemoryChapter(page);

  await page
    .getByRole('navigation', { name: 'Chapters' })
    .getByRole('link', { name: 'Playground' })
    .click();
  await expect(page).toHaveURL(/\/playground$/);
  await expectPlayground(page);
  await page.reload();
  await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
  await expectPlayground(page);

  // A new sentence, traced offline: tfjs (in the trace worker) and the model come from the cache.
  await page
    .getByRole('textbox', { name: 'Sentence', exact: true })
    .fill('I lived in France so I speak');
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^France/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('check')).toContainText('Checked against tfjs: max difference');
  await expect(
    page.getByRole('figure', { name: "The model's answer" })
  ).toHaveAccessibleDescription(/French/);

  // A deep link opened offline keeps its query.
  await page.goto('/playground?m=memory-gru&s=I+lived+in+Japan+so+I+speak');
  await expect(strip.getByRole('button', { name: /^Japan/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('heading', { name: 'What memory-gru sees' })).toBeVisible();
  expect(problems).toEqual([]);
});
