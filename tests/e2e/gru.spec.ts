import { expect, test } from './fixtures.js';

test('the GRU cell and its equations share the step and the unit', async ({ page, problems }) => {
  await page.goto('/gru');
  await expect(page.getByText(/^Unit \d+ at step 4 of 14\s+\(“Ireland”\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByText(/^Unit \d+ at step 5 of 14/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Unit' }).first().selectOption('2');
  await expect(page.getByText(/^Unit 2 at step 5 of 14/)).toBeVisible();
  await expect(page).toHaveURL(/step=5&unit=2|unit=2&step=5/);
  await expect(page.getByText(/weights\s+and the LSTM's\s+[\d,]+/)).toBeVisible();
  expect(problems).toEqual([]);
});

test('a term pointed at lights up in both the GRU cell and its equations', async ({ page }) => {
  await page.goto('/gru');
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const diagram = page.getByRole('group', { name: /GRU cell diagram/ });
  const rows = page.getByRole('group', { name: 'Equations: arrow keys move between them' });
  // From the diagram to the equations (the cell, hydrated on its own, writes the page's highlight).
  await diagram.getByRole('button').first().focus();
  await expect(rows.locator('.lit')).toHaveCount(1);
  await diagram.getByRole('button').first().blur();
  await expect(rows.locator('.lit')).toHaveCount(0);
  // From the equations to the diagram (the cell reads it).
  await rows.getByRole('button').first().focus();
  await expect(diagram.locator('.part.lit')).toHaveCount(1);
});

test('a gru link with a step and a unit reopens them', async ({ page }) => {
  await page.goto('/gru?step=2&unit=5');
  await expect(page.getByText(/^Unit 5 at step 2 of 14/)).toBeVisible();
});
