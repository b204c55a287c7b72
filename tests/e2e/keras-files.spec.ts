import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/keras/${name}`, import.meta.url));
const KERAS = 'gru-text-keras3.keras';
const H5 = 'lstm-keras2.h5';

async function open(page: Page) {
  await page.goto('/playground', { waitUntil: 'networkidle' });
}

async function drop(page: Page, name: string) {
  const zone = page.getByRole('group', { name: 'Model files: choose them or drop them here' });
  const dataTransfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    },
    { name, bytes: [...readFileSync(fixture(name))] }
  );
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

const message = (page: Page) => page.getByTestId('custom-message');
const strip = (page: Page) => page.getByRole('list', { name: 'Tokens the model reads' });

async function expectTextWithVocabulary(page: Page) {
  await expect(message(page)).toContainText(`Loaded ${KERAS}: Embedding → GRU → Dense`, {
    timeout: 30_000
  });
  await expect(page.getByText(`the vocabulary inside ${KERAS}`)).toBeVisible();
  await page.getByRole('textbox', { name: 'Sentence', exact: true }).fill('The cat sat on the mat');
  await expect(strip(page).getByRole('button', { name: /^mat/ })).toBeVisible({ timeout: 30_000 });
  await expect(strip(page).getByRole('button')).toHaveCount(6);
  await expect(page.getByTestId('check')).toContainText('matches tfjs within');
}

async function expectIds(page: Page) {
  await expect(message(page)).toContainText(`Loaded ${H5}: InputLayer → Embedding → LSTM → Dense`, {
    timeout: 30_000
  });
  await expect(strip(page).getByRole('button', { name: /^#5/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('figure', { name: 'Inside the LSTM cell' })).toBeVisible();
}

test('a .keras archive chosen with the file picker traces text with its own vocabulary', async ({
  page,
  problems
}) => {
  await open(page);
  await page.locator('input[type=file][multiple]').setInputFiles([fixture(KERAS)]);
  await expectTextWithVocabulary(page);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a .keras archive dropped on the page traces text with its own vocabulary', async ({
  page,
  problems
}) => {
  await open(page);
  await drop(page, KERAS);
  await expectTextWithVocabulary(page);
  expect(problems).toEqual([]);
});

test('an .h5 file chosen with the file picker is traced from word ids', async ({
  page,
  problems
}) => {
  await open(page);
  await page.locator('input[type=file][multiple]').setInputFiles([fixture(H5)]);
  await expectIds(page);
  expect(problems).toEqual([]);
});

test('an .h5 file dropped on the page, with a pickled tokenizer, says why ids are used', async ({
  page,
  problems
}) => {
  await open(page);
  const zone = page.getByRole('group', { name: 'Model files: choose them or drop them here' });
  const dataTransfer = await page.evaluateHandle(
    ({ bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'lstm-keras2.h5'));
      transfer.items.add(new File([new Uint8Array([0x80, 4])], 'tokenizer.pickle'));
      return transfer;
    },
    { bytes: [...readFileSync(fixture(H5))] }
  );
  await zone.dispatchEvent('drop', { dataTransfer });
  await expectIds(page);
  await expect(message(page)).toContainText('tokenizer.pickle is a Python pickle');
  expect(problems).toEqual([]);
});

test('a truncated .h5 file says so and the page keeps working', async ({ page }) => {
  await open(page);
  const bytes = readFileSync(fixture(H5)).subarray(0, 4000);
  await page
    .locator('input[type=file][multiple]')
    .setInputFiles([{ name: 'cut.h5', mimeType: 'application/octet-stream', buffer: bytes }]);
  await expect(message(page)).toContainText('cut.h5 is truncated: 4000 of its', {
    timeout: 30_000
  });
  await expect(strip(page).getByRole('button', { name: /^Ireland/ })).toBeVisible();
});
