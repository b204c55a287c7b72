import { expect, test } from './fixtures.js';

test('one cursor moves the forward, backward and stacked chains', async ({ page, problems }) => {
  await page.goto('/stacked');
  const chains = page.getByRole('slider', { name: 'Step in the chain' });
  await expect(chains).toHaveCount(4);
  await page.getByRole('button', { name: 'Last step' }).click();
  for (const chain of await chains.all())
    await expect(chain).toHaveAttribute('aria-valuenow', '10');
  await chains.nth(1).focus();
  await page.keyboard.press('Home');
  for (const chain of await chains.all()) await expect(chain).toHaveAttribute('aria-valuenow', '1');
  await expect(page.getByText(/^LSTM layer "bidirectional" \(backward/)).toBeVisible();
  await expect(page.getByText(/so it predicts negative/).first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('a stacked link with a step reopens it', async ({ page }) => {
  await page.goto('/stacked?step=7');
  await expect(page.getByRole('slider', { name: 'Step in the chain' }).first()).toHaveAttribute(
    'aria-valuenow',
    '7'
  );
});
