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

test('a gru link with a step and a unit reopens them', async ({ page }) => {
  await page.goto('/gru?step=2&unit=5');
  await expect(page.getByText(/^Unit 5 at step 2 of 14/)).toBeVisible();
});
