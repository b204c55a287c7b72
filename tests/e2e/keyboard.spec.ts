import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.js';

/** Tab presses from the top of the page until the focused element matches `accessibleName`; fails after `limit`. */
async function tabUntil(page: Page, accessibleName: string, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    if (focused === accessibleName) return presses;
  }
  throw new Error(`Tab never reached "${accessibleName}"`);
}

/** Checks that every view of /lstm that shows the current step is at `step` (1-based, as the page says it). */
async function stepViews(page: Page, step: number): Promise<void> {
  await expect(page.getByText(new RegExp(`^Unit \\d+ at step ${step} of 14`))).toBeVisible();
  await expect(
    page.getByRole('group', { name: new RegExp(`^LSTM cell diagram at step ${step}:`) })
  ).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Step through the sentence' }).getByRole('slider', {
      name: 'Step'
    })
  ).toHaveValue(String(step - 1));
}

test('/lstm with the keyboard alone: Tab reaches the controls, arrows step, every view follows', async ({
  page,
  problems
}) => {
  await page.goto('/lstm');
  await stepViews(page, 4);
  const equations = page.getByRole('figure', { name: /^The LSTM equations/ });
  const atIreland = await equations.innerText();

  // From the top of the page, with Tab only.
  await page.locator('body').focus();
  const presses = await tabUntil(page, 'Step forward');
  expect(presses).toBeLessThan(40);
  await page.keyboard.press('Enter');
  await stepViews(page, 5);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await stepViews(page, 7);
  await page.keyboard.press('ArrowLeft');
  await stepViews(page, 6);
  await expect(equations).not.toHaveText(atIreland);
  await page.keyboard.press('End');
  await stepViews(page, 14);
  await page.keyboard.press('Home');
  await stepViews(page, 1);

  // Space plays; Space again stops, and the views keep the step reached.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect
    .poll(async () => Number(await page.getByRole('slider', { name: 'Step' }).inputValue()), {
      timeout: 15_000
    })
    .toBeGreaterThan(0);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const reached = Number(await page.getByRole('slider', { name: 'Step' }).inputValue()) + 1;
  await stepViews(page, reached);
  await expect(page).toHaveURL(new RegExp(`step=${reached}(&|$)`));
  expect(problems).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});
