import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.js';

/** Presses Tab until `target` has focus (a keyboard user's only way there), failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('the LSTM chapter can be walked through with the keyboard alone', async ({
  page,
  problems
}) => {
  await page.goto('/lstm');
  const controls = page.getByRole('group', { name: 'Step through the sentence' });
  const context = page.getByText(/^Unit \d+ at step \d+ of 14/);
  await expect(context).toHaveText(/^Unit \d+ at step 4 of 14\s+\(“Ireland”\)/);

  // Step forward with the controls.
  await tabTo(page, controls.getByRole('button', { name: 'Step forward' }));
  await page.keyboard.press('Enter');
  await expect(context).toHaveText(/at step 5 of 14/);
  await page.keyboard.press('ArrowRight');
  await expect(context).toHaveText(/at step 6 of 14/);

  // Pick unit 0 in the cell's toolbar: the equations follow.
  const cellFigure = page.getByRole('figure', { name: /^The LSTM cell at the current token/ });
  const cellUnit = cellFigure.getByRole('combobox', { name: 'Unit' });
  await tabTo(page, cellUnit);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(cellUnit).toHaveValue('0');
  await expect(context).toHaveText(/^Unit 0 at step 6 of 14/);

  // Into the diagram: its parts are reachable and described.
  const diagram = page.getByRole('group', { name: /LSTM cell diagram at step 6/ });
  await tabTo(page, diagram.getByRole('button').first());
  await page.keyboard.press('ArrowRight');
  await expect(diagram.getByRole('button').nth(1)).toBeFocused();

  // The equations: arrow keys move between rows, and the row's term lights up in the diagram too.
  const rows = page.getByRole('group', { name: 'Equations: arrow keys move between them' });
  await tabTo(page, rows.getByRole('button').first());
  await page.keyboard.press('ArrowDown');
  await expect(rows.getByRole('button').nth(1)).toBeFocused();
  await expect(rows.getByRole('button').nth(1)).toHaveClass(/lit/);

  // The link keeps the step and the unit, and reopens them.
  await expect(page).toHaveURL(/step=6/);
  await expect(page).toHaveURL(/unit=0/);
  await page.reload();
  await expect(context).toHaveText(/^Unit 0 at step 6 of 14/);
  expect(problems).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('an lstm link with a step and a unit reopens them', async ({ page }) => {
  await page.goto('/lstm?step=14&unit=3');
  await expect(page.getByText(/^Unit 3 at step 14 of 14/)).toBeVisible();
  await expect(page.getByRole('group', { name: /LSTM cell diagram at step 14/ })).toBeVisible();
});

test('a figure saves its numbers as CSV and its drawing as SVG (the export code loads on the first click)', async ({
  page,
  problems
}) => {
  await page.goto('/lstm');
  const csvButton = page.getByRole('button', { name: /^Save the data of .* as CSV$/ }).first();
  const csvDownload = page.waitForEvent('download');
  await csvButton.click();
  const csv = await readFile((await (await csvDownload).path())!, 'utf8');
  expect(csv.split('\n')[0]).toMatch(/,/);
  expect(csv.split('\n').length).toBeGreaterThan(2);
  const svgDownload = page.waitForEvent('download');
  await page
    .getByRole('button', { name: /^Save .* as SVG$/ })
    .first()
    .click();
  const svg = await readFile((await (await svgDownload).path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(problems).toEqual([]);
});
