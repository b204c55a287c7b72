import { expect, test } from './fixtures.js';

test('typing a sentence re-cuts it into subword pieces', async ({ page, problems }) => {
  await page.goto('/tokens');
  const input = page.getByRole('textbox', { name: /Your sentence/ });
  await input.fill('the villain was superb');
  await expect(page.getByText(/4 words in \d+ pieces/)).toBeVisible();
  await expect(page.getByText(/superb → superb \(\d+\)/)).toBeVisible();
  await expect(page).toHaveURL(/text=the\+villain\+was\+superb/);
  await input.fill('   ');
  await expect(page.getByRole('status').filter({ hasText: 'Type a sentence' })).toBeVisible();
  page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
  await input.fill('<script>alert(1)</script>');
  const description = page.getByText(/words? in \d+ pieces/);
  await expect(description).toContainText('<');
  await expect(description).toContainText('script');
  expect(problems).toEqual([]);
});

test('a tokens link with a sentence reopens it', async ({ page }) => {
  await page.goto('/tokens?text=bad+acting');
  await expect(page.getByRole('textbox', { name: /Your sentence/ })).toHaveValue('bad acting');
  await expect(page.getByText(/2 words in \d+ pieces/)).toBeVisible();
});

test('the same ids in two orders get opposite answers from the real model', async ({ page }) => {
  await page.goto('/tokens');
  await expect(page.getByText(/sorted, both are [\d, ]+/)).toBeVisible();
  await expect(page.getByText(/so it predicts positive/)).toBeVisible();
  await expect(page.getByText(/so it predicts negative/)).toBeVisible();
});
