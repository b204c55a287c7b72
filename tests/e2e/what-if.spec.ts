import { axeViolations, expect, test } from './fixtures.js';

const swapFrance = encodeURIComponent(JSON.stringify([{ token: 4, text: 'France' }]));
const answers = (page: import('@playwright/test').Page) => page.locator('.what-if .answer');

test('/lstm: the what-if controls change the answer, from the keyboard alone, and the link keeps the change', async ({
  page,
  problems
}) => {
  // Three live traces through the worker, each loading tfjs: slow on a busy machine.
  test.setTimeout(120_000);
  await page.goto('/lstm');
  const kinds = page.getByRole('radio', { name: 'No change' });
  await kinds.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Clamp a gate' })).toBeChecked();
  // Clamp: gate, value, units, from, to. Hold every unit's forget gate at 0 from "so" on: the cell state is wiped.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Gate' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Gate' })).toHaveValue('forget');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  await expect(page.locator('.what-if output')).toHaveText('0.00');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await expect(page.getByRole('combobox', { name: 'from step' })).toHaveValue('5');
  const trained = await answers(page).first().innerText();
  await expect(answers(page).nth(1)).toContainText('forget gate held at 0 on every unit from “so”');
  await expect(answers(page).nth(1)).toContainText('%', { timeout: 30_000 });
  const clamped = page.locator('.what-if tbody tr').first().locator('td');
  await expect(clamped.nth(1)).not.toHaveText(await clamped.nth(0).innerText());
  await expect(page).toHaveURL(/whatif=/);

  // Swap a word, from the keyboard: Ireland → France, and the answer follows.
  await kinds.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Swap a word' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await expect(page.getByRole('combobox', { name: 'Replace step' })).toHaveValue('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('France');
  await expect(answers(page).nth(1)).toContainText('French', { timeout: 30_000 });
  expect(trained).toContain('Gaelic');
  await expect(page).toHaveURL(new RegExp(`whatif=${swapFrance.replace(/[[\]]/g, '\\$&')}`));
  expect(await axeViolations(page)).toEqual([]);

  // The deep link reopens the change and traces it again.
  await page.goto(page.url());
  await expect(page.getByRole('radio', { name: 'Swap a word' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'with' })).toHaveValue('France');
  await expect(answers(page).nth(1)).toContainText('French', { timeout: 30_000 });
  expect(problems).toEqual([]);
});

test('/gru and /playground open a swap from the link and answer with the swapped country', async ({
  page,
  problems
}) => {
  test.setTimeout(120_000);
  for (const path of ['/gru', '/playground']) {
    await page.goto(`${path}?whatif=${swapFrance}`);
    await expect(answers(page).first()).toContainText('Gaelic');
    await expect(answers(page).nth(1)).toContainText('French', { timeout: 30_000 });
  }
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('/gru silences a unit from the controls', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/gru');
  await page.getByRole('radio', { name: 'Silence a unit' }).check();
  await page.getByRole('combobox', { name: 'Silence unit' }).selectOption('3');
  await expect(answers(page).nth(1)).toContainText('unit 3 silenced (h = 0) from “I”');
  await expect(answers(page).nth(1)).toContainText('%', { timeout: 30_000 });
  await expect(page).toHaveURL(/whatif=.*%22set%22%3A%22h%22/);
});

test('/memory: does each answer follow a swapped country, with influence and its total beside it', async ({
  page
}) => {
  await page.goto('/memory?gap=30');
  for (const model of ['memory-rnn', 'memory-lstm', 'memory-gru']) {
    const follow = page.locator(`tr[data-model="${model}"] td.follow`);
    await expect(follow).toContainText(/for \d+ of 11 countries/);
    await expect(page.locator(`tr[data-model="${model}"]`)).toContainText(
      /% of a total of \d+\.\d\d/
    );
  }
  await expect(
    page.locator('p', { hasText: 'A falling share is therefore not the same as forgetting' })
  ).toBeVisible();
  // The prose about the plain RNN (when it keeps the country) quotes the same count as its row at the longest gap.
  const rnnFollows = await page
    .locator('tr[data-model="memory-rnn"] td.follow')
    .getAttribute('data-follows');
  const prose = page.locator('p', { hasText: 'its answer follows for' });
  if ((await prose.count()) > 0)
    await expect(prose).toContainText(`follows for ${rnnFollows} of 11`);
  expect(await axeViolations(page)).toEqual([]);
});
