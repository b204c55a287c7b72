import { expect, test } from './fixtures.js';

test('stepping the Fibonacci network shows the next sum', async ({ page, problems }) => {
  await page.goto('/fibonacci');
  const controls = page.getByRole('group', { name: 'Step through the recurrence' });
  await expect(page.getByText(/^Step 5: F\(\d+\) = /)).toBeVisible();
  await controls.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByText(/^Step 6: F\(\d+\) = .* = 13\. /)).toBeVisible();
  await expect(page).toHaveURL(/\?step=6$/);
  expect(problems).toEqual([]);
});

test('a fibonacci link with a step reopens it', async ({ page }) => {
  await page.goto('/fibonacci?step=30');
  await expect(page.getByText(/^Step 30: F\(\d+\) = .* = 1346269\./)).toBeVisible();
});
