import { expect, test } from './fixtures.js';

test('the RNN cell, its equation and the chain follow one cursor', async ({ page, problems }) => {
  await page.goto('/rnn');
  const chain = page.getByRole('slider', { name: 'Step in the chain' });
  await expect(chain).toHaveAttribute('aria-valuenow', '4');
  await expect(page.getByText(/^Unit 0 at step 4 of 14/)).toBeVisible();
  await chain.focus();
  await page.keyboard.press('ArrowRight');
  await expect(chain).toHaveAttribute('aria-valuenow', '5');
  await expect(page.getByText(/^Unit 0 at step 5 of 14/)).toBeVisible();
  await expect(page).toHaveURL(/\?step=5$/);
  expect(problems).toEqual([]);
});

test('an rnn link with a step and a unit reopens them', async ({ page }) => {
  await page.goto('/rnn?step=14&unit=7');
  await expect(page.getByText(/^Unit 7 at step 14 of 14/)).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Step in the chain' })).toHaveAttribute(
    'aria-valuenow',
    '14'
  );
});
