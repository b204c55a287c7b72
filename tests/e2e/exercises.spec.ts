import { axeViolations, expect, test } from './fixtures.js';

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

test('answering by keyboard reveals the figure at the state the link names, and the link opens it', async ({
  page,
  problems
}) => {
  await page.goto('/exercises');
  const item = page.locator('li', { has: page.locator('form[data-exercise="fibonacci-value"]') });
  await expect(item.getByRole('heading', { name: /Fibonacci network/ })).toHaveCount(0);
  await item.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(item.getByRole('status')).toContainText(/After step 12 the state is/);
  // The figure: the Fibonacci network drawn from its trace at step 12, with its text alternative.
  await expect(
    item.getByRole('heading', { name: 'The Fibonacci network at step 12' })
  ).toBeVisible();
  await expect(item.getByText(/233/).first()).toBeVisible();
  const link = item.getByRole('link', { name: '/fibonacci at step 12' });
  await expect(link).toHaveAttribute('href', /\/fibonacci\?step=12$/);
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/fibonacci\?step=12$/);
  await expect(page.getByRole('slider', { name: 'Step', exact: true }).first()).toHaveValue('11');
  expect(problems).toEqual([]);
});

test('every exercise answered: each figure drawn, each link opens its state, no axe violations', async ({
  page,
  problems
}) => {
  // Eleven figures, two axe runs and a visit to every linked chapter: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/exercises');
  const forms = page.locator('form[data-exercise]');
  const count = await forms.count();
  expect(count).toBeGreaterThanOrEqual(10);
  for (let i = 0; i < count; i++) {
    const form = forms.nth(i);
    await form.getByRole('radio').first().check();
    await form.getByRole('button', { name: 'Check' }).click();
  }
  const links = page.locator('.see a');
  await expect(links).toHaveCount(count);
  await expect(page.locator('.exercise-figure')).toHaveCount(count);
  for (const figure of await page.locator('.exercise-figure').all())
    await expect(figure.locator('svg, canvas, table').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  expect(await axeViolations(page)).toEqual([]);

  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
  for (const href of new Set(hrefs)) {
    await page.goto(href);
    const url = new URL(page.url());
    const step = new URL(href, url).searchParams.get('step');
    if (step)
      await expect(page.getByRole('slider', { name: 'Step', exact: true }).first()).toHaveValue(
        String(Number(step) - 1)
      );
    const hash = new URL(href, url).hash;
    if (hash) await expect(page.locator(hash)).toHaveCount(1);
    expect(url.pathname + url.search, href).toContain(href.split('#')[0]!.split('?')[0]!);
  }
  expect(problems).toEqual([]);
});

test('the figures load on the first pick, not with the page; a failed load says so and the next answer tries again', async ({
  page
}) => {
  let blocked = true;
  const traceRequests: string[] = [];
  await page.route('**/traces/fibonacci-30.json', (route) => {
    traceRequests.push(route.request().url());
    return blocked ? route.fulfill({ status: 503, body: '' }) : route.fallback();
  });
  await page.goto('/exercises');
  // Nothing the figures draw is fetched before the reader picks an option.
  await page.waitForLoadState('networkidle');
  expect(traceRequests).toEqual([]);
  const first = page.locator('li', { has: page.locator('form[data-exercise="fibonacci-state"]') });
  await first.getByRole('radio').first().check();
  await first.getByRole('button', { name: 'Check' }).click();
  await expect(first.getByRole('alert')).toHaveText(
    'The figure could not load: Could not load the trace fibonacci-30 (503).'
  );
  await expect(first.locator('.exercise-figure')).toHaveCount(0);
  blocked = false;
  const second = page.locator('li', { has: page.locator('form[data-exercise="fibonacci-value"]') });
  await second.getByRole('radio').first().check();
  await second.getByRole('button', { name: 'Check' }).click();
  await expect(
    second.getByRole('heading', { name: 'The Fibonacci network at step 12' })
  ).toBeVisible();
});
