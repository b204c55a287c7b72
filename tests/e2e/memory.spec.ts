import { expect, test } from './fixtures.js';

test('the gap slider changes every answer, the sentence and the URL', async ({
  page,
  problems
}) => {
  await page.goto('/memory');
  const slider = page.getByLabel(/Extra distractor tokens/);
  const rnnRow = page.locator('tr[data-model="memory-rnn"]');
  const before = await rnnRow.innerText();
  const sentenceBefore = await page.getByLabel('The sentence at this distance').innerText();
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('table').locator('caption')).toContainText('distance 40');
  await expect(rnnRow).not.toHaveText(before);
  await expect(page.getByLabel('The sentence at this distance')).not.toHaveText(sentenceBefore);
  await expect(page).toHaveURL(/gap=30/);
  expect(problems).toEqual([]);
});

test('a deep link restores the gap and the step', async ({ page }) => {
  await page.goto('/memory?gap=12&step=2');
  await expect(page.getByRole('button', { name: /^lived/ }).first()).toHaveAttribute(
    'aria-current',
    'step'
  );
  await expect(page.getByLabel(/Extra distractor tokens/)).toHaveValue('12');
  await expect(page.getByRole('table').locator('caption')).toContainText('distance 22');
});
