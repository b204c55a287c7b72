import { fileURLToPath } from 'node:url';
import { axeViolations, expect, test } from './fixtures.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/models/tfjs-lstm/${name}`, import.meta.url));

test('typing a sentence updates every view', async ({ page, problems }) => {
  await page.goto('/playground', { waitUntil: 'networkidle' });
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^Ireland/ })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Sentence', exact: true })
    .fill('I lived in France so I speak');
  await expect(strip.getByRole('button', { name: /^France/ })).toBeVisible({ timeout: 30_000 });
  await expect(strip.getByRole('button')).toHaveCount(7);
  await expect(page.getByTestId('check')).toContainText('Checked against tfjs: max difference');
  await expect(
    page.getByRole('figure', { name: "The model's answer" })
  ).toHaveAccessibleDescription(/French/);
  await expect(
    page.getByRole('figure', { name: 'Which tokens the answer depends on' })
  ).toHaveAccessibleDescription(/France/);
  await expect(page.getByRole('figure', { name: 'Inside the LSTM cell' })).toBeVisible();
  await expect(page).toHaveURL(/s=I\+lived\+in\+France/);
  expect(problems).toEqual([]);
});

test('a deep link restores the sentence and the model', async ({ page }) => {
  await page.goto('/playground?m=memory-gru&s=I+lived+in+Japan+so+I+speak', {
    waitUntil: 'networkidle'
  });
  await expect(page.getByRole('combobox', { name: 'Model' })).toHaveValue('memory-gru');
  await expect(page.getByRole('textbox', { name: 'Sentence', exact: true })).toHaveValue(
    'I lived in Japan so I speak'
  );
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^Japan/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'What memory-gru sees' })).toBeVisible();
});

test('hostile text is shown as text, and an empty sentence gets a message', async ({ page }) => {
  await page.goto('/playground', { waitUntil: 'networkidle' });
  await page
    .getByRole('textbox', { name: 'Sentence', exact: true })
    .fill('<img src=x onerror=alert(1)> <script>alert(2)</script>');
  await expect(page.getByText(/Words this model does not know: img, src, x, onerror/)).toBeVisible({
    timeout: 30_000
  });
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^script/ }).first()).toBeVisible();
  await expect(page.locator('main img, main script')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Sentence', exact: true }).fill('');
  await expect(page.getByText('The sentence is empty')).toBeVisible();
  await page.getByRole('textbox', { name: 'Sentence', exact: true }).fill('x'.repeat(10_000));
  await expect(page.getByText(/only the first 1000 characters/)).toBeVisible();
});

test('a model loaded from files is traced from word ids', async ({ page, problems }) => {
  await page.goto('/playground', { waitUntil: 'networkidle' });
  await page
    .locator('input[type=file][multiple]')
    .setInputFiles([fixture('model.json'), fixture('model.weights.bin')]);
  await expect(page.getByTestId('custom-message')).toContainText('Loaded model.json', {
    timeout: 30_000
  });
  await expect(page.getByRole('combobox', { name: 'Model' })).toHaveValue('custom');
  const strip = page.getByRole('list', { name: 'Tokens the model reads' });
  await expect(strip.getByRole('button', { name: /^#5/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'What your model sees' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('textbox', { name: /Word ids/ }).fill('1, 2, oops');
  await expect(page.getByText(/“oops” is not a whole number/)).toBeVisible();
  expect(problems).toEqual([]);
});

test('a model file that is not JSON gets a clear message', async ({ page }) => {
  await page.goto('/playground', { waitUntil: 'networkidle' });
  await page.locator('input[type=file][multiple]').setInputFiles([
    { name: 'model.json', mimeType: 'application/json', buffer: Buffer.from('not json {') },
    { name: 'model.weights.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(8) }
  ]);
  await expect(page.getByTestId('custom-message')).toContainText('model.json is not JSON');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playground');
});
