import { axeViolations, expect, test } from './fixtures.js';

const curveFigure = (page: import('@playwright/test').Page) =>
  page.locator('figure', {
    has: page.getByRole('heading', { name: /^Held-out accuracy by distance/ })
  });
const heatmapFigure = (page: import('@playwright/test').Page) =>
  page.locator('figure', {
    has: page.getByRole('heading', { name: /^Validation accuracy by epoch and distance/ })
  });

test('the regime switch changes the curve, the heatmap and the URL', async ({ page, problems }) => {
  await page.goto('/memory');
  const curve = curveFigure(page);
  const rnnLine = curve.locator('svg[data-export] path.series').first();
  const before = await rnnLine.getAttribute('d');
  const description = await curve.locator('figcaption').innerText();
  await expect(curve.locator('svg[data-export] path.band')).toHaveCount(3);
  await curve.getByRole('button', { name: 'curriculum', exact: true }).click();
  await expect(curve.getByRole('button', { name: 'curriculum', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true'
  );
  await expect(rnnLine).not.toHaveAttribute('d', before ?? '');
  await expect(curve.locator('figcaption')).not.toHaveText(description);
  await expect(heatmapFigure(page).getByRole('heading')).toContainText('curriculum training');
  await expect(page).toHaveURL(/regime=curriculum/);
  expect(problems).toEqual([]);
});

test('a link with ?regime=curriculum opens on the curriculum curve', async ({ page }) => {
  await page.goto('/memory?regime=curriculum');
  await expect(
    curveFigure(page).getByRole('button', { name: 'curriculum', exact: true })
  ).toHaveAttribute('aria-pressed', 'true');
});

test("the heatmap's table has every epoch's numbers, and the seed picker changes them", async ({
  page
}) => {
  await page.goto('/memory');
  const heatmap = heatmapFigure(page);
  await heatmap.getByText('Show the numbers').click();
  const table = heatmap.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'accuracy 33–40' })).toBeVisible();
  // Three cells, one seed, every epoch.
  const rows = table.locator('tbody tr');
  const count = await rows.count();
  expect(count % 3).toBe(0);
  expect(count).toBeGreaterThan(3);
  const firstRow = await rows.first().innerText();
  expect(firstRow).toMatch(/^Plain RNN\s+1\s+1\s+0\.\d+/);
  await heatmap.getByRole('combobox', { name: 'Seed' }).selectOption('2');
  await expect(rows.first().locator('td').nth(1)).toHaveText('2');
  await expect(rows.first()).not.toHaveText(firstRow);
});

test('the findings are worded from the numbers and name every seed', async ({ page }) => {
  await page.goto('/memory');
  const section = page.locator('section[aria-labelledby="curve"]');
  await expect(section).toContainText(
    /the LSTM beats the plain RNN at 33–40 by at least 30 points/
  );
  for (const seed of [1, 2, 3, 4, 5]) await expect(section).toContainText(`seed ${seed}: `);
});

test('the switch and the seed picker are reachable and usable with the keyboard', async ({
  page
}) => {
  await page.goto('/memory');
  const curriculum = curveFigure(page).getByRole('button', { name: 'curriculum', exact: true });
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await curriculum.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(curriculum).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(curriculum).toHaveAttribute('aria-pressed', 'true');
  const seed = heatmapFigure(page).getByRole('combobox', { name: 'Seed' });
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await seed.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(seed).toBeFocused();
});

test('/memory with the experiment has no axe violations, table open or closed', async ({
  page
}) => {
  // Axe walks the whole page, every heatmap square included: slow on a shared machine, which is no failure.
  test.setTimeout(150_000);
  await page.goto('/memory');
  expect(await axeViolations(page)).toEqual([]);
  await heatmapFigure(page).getByText('Show the numbers').click();
  await curveFigure(page).getByText('Show the numbers').click();
  await curveFigure(page).getByRole('button', { name: 'curriculum', exact: true }).click();
  expect(await axeViolations(page)).toEqual([]);
});
