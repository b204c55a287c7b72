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

test('scaling the recurrent matrix by keyboard turns an exploding state into a vanishing one', async ({
  page,
  problems
}) => {
  await page.goto('/fibonacci');
  const slider = page.getByLabel(/Scale of the recurrent matrix/);
  const readout = page.locator('p[aria-live]', { hasText: 'largest eigenvalue' });
  await expect(readout).toContainText('φ = 1.6180; scaled by s = 1.00 it is φ·s = 1.618.');
  await expect(readout).toContainText('the state explodes');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(readout).toContainText('φ·s = 0.485.');
  await expect(readout).toContainText('the state vanishes');
  const row30 = page.locator('table tr', { has: page.locator('th', { hasText: /^30$/ }) });
  await expect(row30.locator('td').nth(2)).toHaveText(/e-/);
  expect(problems).toEqual([]);
});
