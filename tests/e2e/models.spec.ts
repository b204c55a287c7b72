import { expect, test } from './fixtures.js';

test('every shipped model has a card with its training curve and results', async ({ page }) => {
  await page.goto('/models');
  for (const id of [
    'memory-rnn',
    'memory-lstm',
    'memory-gru',
    'memory-rnn-curriculum',
    'sentiment-bilstm',
    'fibonacci'
  ])
    await expect(page.getByRole('article').filter({ hasText: id }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /Training curve of memory-rnn\. / })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /Training curve of memory-rnn-curriculum\. / })
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /33–40/ }).first()).toBeVisible();
});
