import { expect, test } from './fixtures.js';

// Figures wrapped in HydrateLater are prerendered on their own and hydrated after the page: the reader must see the
// same nodes before and after (nothing re-drawn, no hydration warning), and a client-side navigation must draw them.
for (const route of ['/lstm', '/playground']) {
  test(`${route}: figures hydrated after the page keep their prerendered nodes`, async ({
    page,
    problems
  }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { prerendered: Element[] }).prerendered = [
          ...document.querySelectorAll('figure, h1')
        ];
      });
    });
    await page.goto(route);
    const islands = page.locator('.later');
    expect(await islands.count()).toBeGreaterThanOrEqual(3);
    // The page says it is hydrated only once every later figure is live.
    expect(await page.locator('.later:not([data-live])').count()).toBe(0);
    const kept = await page.evaluate(() =>
      (window as unknown as { prerendered: Element[] }).prerendered.map((node) => node.isConnected)
    );
    expect(kept.length).toBeGreaterThan(3);
    expect(kept.every(Boolean)).toBe(true);
    expect(warnings.filter((text) => /hydrat/i.test(text))).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('after a client-side navigation the later figures are drawn too', async ({
  page,
  problems
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Chapters' })
    .getByRole('link', { name: /LSTM/ })
    .click();
  await expect(page).toHaveURL(/\/lstm$/);
  await expect(page.getByRole('heading', { name: 'Cell state c of memory-lstm' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Forget gate of the most active units' })
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'The LSTM cell at the current token' })
  ).toBeVisible();
  expect(await page.locator('.later figure').count()).toBe(4);
  expect(problems).toEqual([]);
});
