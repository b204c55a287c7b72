import { readFileSync } from 'node:fs';
import { formatNorm } from '../../src/lib/geometry/format-norm.js';
import type { MemoryGradients } from '../../src/site/vanishing.js';
import { axeViolations, expect, test } from './fixtures.js';

const gradients = JSON.parse(
  readFileSync('static/traces/memory-gradients.json', 'utf8')
) as MemoryGradients;

test('the gap slider redraws both charts and the table, by keyboard, and keeps the gap in the URL', async ({
  page,
  problems
}) => {
  await page.goto('/vanishing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Why a plain RNN struggles to learn'
  );
  const charts = page.locator('svg[data-export]');
  await expect(charts).toHaveCount(2);
  const before = await charts.first().innerHTML();
  const caption = page.locator('table caption').first();
  await expect(caption).toContainText('10 steps back');
  const slider = page.getByLabel(/Extra distractor tokens/);
  await slider.focus();
  await page.keyboard.press('End');
  await expect(caption).toContainText('40 steps back');
  expect(await charts.first().innerHTML()).not.toBe(before);
  await expect(page).toHaveURL(/gap=30/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/gap=29/);
  expect(problems).toEqual([]);
});

test('a deep link restores the gap; every chart has its numbers as a table', async ({ page }) => {
  await page.goto('/vanishing?gap=12');
  await expect(page.getByLabel(/Extra distractor tokens/)).toHaveValue('12');
  const details = page.locator('details', { hasText: 'Show the numbers' }).first();
  await details.locator('summary').click();
  const table = details.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.locator('th').first()).toHaveText('steps back');
  await expect(table.locator('tbody tr')).toHaveCount(26);
});

test('the prose quotes the measured numbers, and the page passes axe', async ({ page }) => {
  await page.goto('/vanishing');
  const reading = page.getByRole('region', { name: 'What the numbers say' });
  // The prose quotes the data file the charts draw, not typed numbers.
  const gap = gradients.gaps[0]!;
  const rnn = formatNorm(gap.models['memory-rnn']!.initial.dx[gap.countryPosition]!);
  const gru = formatNorm(gap.models['memory-gru']!.trained.dx[gap.countryPosition]!);
  await expect(reading).toContainText(
    `At the course distance (10 steps back) the gradient reaching Ireland is, at initialization, ${rnn} for the plain RNN (`
  );
  await expect(reading).toContainText(`${gru} for the GRU (`);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
});
