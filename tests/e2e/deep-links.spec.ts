import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

// Routing sees every request only when no service worker answers them first.
test.use({ serviceWorkers: 'block' });

/** What the reader sees as the view's state: every control's value, every slider's position, the current tokens. */
function viewState(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const name = (element: Element) =>
      element.getAttribute('aria-label') ?? element.closest('label')?.textContent?.trim() ?? '';
    const controls = [
      ...main.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
        'input:not([type=file]):not([type=url]), select, textarea'
      )
    ].map((element) =>
      element instanceof HTMLInputElement && element.type === 'checkbox'
        ? `${name(element)} = ${element.checked}`
        : `${name(element)} = ${element.value}`
    );
    const sliders = [...main.querySelectorAll('[role=slider]')].map(
      (element) => `${name(element)} at ${element.getAttribute('aria-valuenow')}`
    );
    const current = [...main.querySelectorAll('[aria-current=step]')].map(
      (element) => `current: ${element.getAttribute('aria-label') ?? element.textContent?.trim()}`
    );
    return [...controls, ...sliders, ...current];
  });
}

/** Opens `url` as someone the link was sent to would: a fresh browser context, nothing shared. */
async function openCopiedLink(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
  return page;
}

/** Clicks a playback control `times` times. */
async function press(page: Page, controls: string, button: string, times = 1): Promise<void> {
  const group = page.getByRole('group', { name: controls });
  for (let i = 0; i < times; i++) await group.getByRole('button', { name: button }).click();
}

/** Picks a unit in the first figure toolbar that offers one. */
async function pickUnit(page: Page, unit: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Unit' }).first().selectOption(unit);
}

interface Chapter {
  path: string;
  /** What a reader changes before copying the link. */
  change(page: Page): Promise<void>;
  /** The query the change must leave in the address. */
  query: RegExp;
  /** Waits until the page shows its state (a trace that arrives later, for the playground). */
  settle?(page: Page): Promise<void>;
}

const CHAPTERS: Chapter[] = [
  {
    path: '/',
    change: (page) => press(page, 'Play the sentence', 'Step forward', 2),
    query: /step=6/
  },
  {
    path: '/tokens',
    change: (page) =>
      page.getByRole('textbox', { name: /Your sentence/ }).fill('the plot was not good'),
    query: /text=the\+plot\+was\+not\+good/
  },
  {
    path: '/fibonacci',
    change: (page) => press(page, 'Step through the recurrence', 'Step forward', 3),
    query: /step=8/
  },
  {
    path: '/rnn',
    change: async (page) => {
      await press(page, 'Step through the sentence', 'Step forward', 2);
      await pickUnit(page, '3');
    },
    query: /(?=.*step=6)(?=.*unit=3)/
  },
  {
    path: '/memory',
    change: async (page) => {
      await page.getByLabel(/Extra distractor tokens/).fill('7');
      await page
        .getByRole('button', { name: /^lived/ })
        .first()
        .click();
    },
    query: /(?=.*gap=7)(?=.*step=2)/
  },
  {
    path: '/lstm',
    change: async (page) => {
      await press(page, 'Step through the sentence', 'Step back', 2);
      await pickUnit(page, '5');
    },
    query: /(?=.*step=2)(?=.*unit=5)/
  },
  {
    path: '/stacked',
    change: (page) => press(page, 'Step through the review', 'Step forward', 3),
    query: /step=4/
  },
  {
    path: '/gru',
    change: async (page) => {
      await press(page, 'Step through the sentence', 'Last step');
      await pickUnit(page, '1');
    },
    query: /(?=.*step=14)(?=.*unit=1)/
  },
  {
    path: '/playground',
    change: async (page) => {
      await page.getByRole('combobox', { name: 'Model' }).selectOption('sentiment-gru');
      await page
        .getByRole('textbox', { name: 'Sentence', exact: true })
        .fill('a dull plot but the cast is wonderful');
      await page.getByRole('checkbox', { name: /Also trace the three memory cells/ }).check();
    },
    query: /(?=.*m=sentiment-gru)(?=.*s=a\+dull\+plot)(?=.*compare=1)/,
    settle: async (page) => {
      const strip = page.getByRole('list', { name: 'Tokens the model reads' });
      await expect(strip.getByRole('button', { name: /^dull/ })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('heading', { name: 'What sentiment-gru sees' })).toBeVisible();
    }
  }
];

for (const chapter of CHAPTERS) {
  test(`a copied ${chapter.path} link reopens the same view`, async ({
    page,
    browser,
    problems
  }) => {
    await page.goto(chapter.path);
    const untouched = await viewState(page);
    await chapter.change(page);
    await expect(page).toHaveURL(chapter.query);
    await chapter.settle?.(page);
    const shown = await viewState(page);
    expect(shown).not.toEqual(untouched);

    const copy = await openCopiedLink(browser, page.url());
    await chapter.settle?.(copy);
    await expect.poll(() => viewState(copy)).toEqual(shown);
    await copy.context().close();
    expect(problems).toEqual([]);
  });
}

test('leaving a chapter right after a step does not pull the reader back', async ({
  page,
  problems
}) => {
  await page.goto('/lstm');
  // A slow network: the next chapter takes longer to arrive than the step takes to reach the address.
  await page.route('**/*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await press(page, 'Step through the sentence', 'Step forward');
  await page
    .getByRole('navigation', { name: 'Chapters' })
    .getByRole('link', { name: 'GRU' })
    .click();
  await expect(page).toHaveURL(/\/gru$/, { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/GRU/);
  // The step's delayed address write must not land afterwards, on either page.
  await page.waitForTimeout(1000);
  await expect(page).toHaveURL(/\/gru$/);
  expect(problems).toEqual([]);
});
