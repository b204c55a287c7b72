import { expect, test } from './fixtures.js';

test('an exercise gives feedback with the real numbers', async ({ page, problems }) => {
  await page.goto('/exercises');
  const form = page.locator('form[data-exercise="far-answer"]');
  await form.getByRole('radio', { name: 'no' }).check();
  await form.getByRole('button', { name: 'Check' }).click();
  // The answer comes from memory-gaps.json: the shipped plain RNN still answers Gaelic at distance 40.
  await expect(form.getByRole('status')).toContainText(/Not quite — the answer is yes\. .*Gaelic/);
  await form.getByRole('radio', { name: 'yes' }).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status')).toContainText('Right.');
  expect(problems).toEqual([]);
});
