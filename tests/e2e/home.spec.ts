import { expect, test } from './fixtures.js';

test('the home page token strip follows the keyboard', async ({ page, problems }) => {
  await page.goto('/');
  const strip = page.getByRole('list', { name: 'Tokens of the example sentence' });
  const ireland = strip.getByRole('button', { name: /^Ireland,/ });
  await expect(ireland).toHaveAttribute('aria-current', 'step');
  await ireland.focus();
  await page.keyboard.press('ArrowRight');
  await expect(strip.getByRole('button', { name: /^,/ })).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('End');
  await expect(strip.getByRole('button', { name: /^speak,/ })).toBeFocused();
  expect(problems).toEqual([]);
});

test('the skip link is the first tab stop and lands on the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
});
