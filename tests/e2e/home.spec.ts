import { CHAPTERS } from '../../src/site/chapters.js';
import { expect, test } from './fixtures.js';

test('the home hero steps through the LSTM trace from the keyboard', async ({ page, problems }) => {
  await page.goto('/');
  const strip = page.getByRole('list', { name: 'Tokens of the example sentence' });
  const ireland = strip.getByRole('button', { name: /^Ireland,/ });
  await expect(ireland).toHaveAttribute('aria-current', 'step');
  const chain = page.getByRole('slider', { name: 'Step in the chain' });
  await expect(chain).toHaveAttribute('aria-valuenow', '4');
  await ireland.focus();
  await page.keyboard.press('ArrowRight');
  await expect(strip.getByRole('button', { name: /^so,/ })).toHaveAttribute('aria-current', 'step');
  await expect(chain).toHaveAttribute('aria-valuenow', '5');
  await page.getByRole('button', { name: 'Last step' }).click();
  await expect(strip.getByRole('button', { name: /^speak,/ })).toHaveAttribute(
    'aria-current',
    'step'
  );
  await expect(page).toHaveURL(/\?step=14$/);
  expect(problems).toEqual([]);
});

test('the home hero does not play until asked', async ({ page }) => {
  await page.goto('/');
  await page.waitForTimeout(1200);
  await expect(page.getByRole('slider', { name: 'Step in the chain' })).toHaveAttribute(
    'aria-valuenow',
    '4'
  );
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a home link with a step reopens that step', async ({ page }) => {
  await page.goto('/?step=9');
  await expect(
    page
      .getByRole('list', { name: 'Tokens of the example sentence' })
      .getByRole('button', { name: /^made,/ })
  ).toHaveAttribute('aria-current', 'step');
});

test('the home page lists every chapter', async ({ page }) => {
  await page.goto('/');
  const contents = page.getByRole('region', { name: 'Chapters' }).getByRole('listitem');
  await expect(contents).toHaveCount(CHAPTERS.length);
  await expect(contents.first().getByRole('link', { name: 'Tokens' })).toBeVisible();
});

test('the skip link is the first tab stop and lands on the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
});
