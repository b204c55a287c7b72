// The web components on a course page whose Content-Security-Policy trusts only itself and the unrolled site:
// no 'unsafe-inline' (so no <style> tag or style attribute) and no data: or blob: (so no image URLs).
import type { Page } from '@playwright/test';
import { courseOrigin, expect, test } from './fixtures.js';

const TAGS = [
  'unrolled-lstm-cell',
  'unrolled-gru-cell',
  'unrolled-chain',
  'unrolled-heatmap',
  'unrolled-fibonacci',
  'unrolled-forgetting-curve',
  'unrolled-compare',
  'unrolled-playback'
];

/** Computed styles that only the elements' own stylesheets give (the browser's defaults differ), per element. */
function styleReport(page: Page) {
  return page.evaluate((tags) => {
    return tags.flatMap((tag) =>
      [...document.querySelectorAll(tag)].map((element, index) => {
        const root = element.shadowRoot!;
        const figure = root.querySelector('.unrolled-figure');
        const toolbar = root.querySelector('.toolbar') ?? root.querySelector('.unrolled-element');
        const font = getComputedStyle(root.querySelector('.unrolled-element')!).fontFamily;
        return {
          element: `${tag} #${index + 1}`,
          styleTags: root.querySelectorAll('style').length,
          host: getComputedStyle(element).display,
          font: font.includes('system-ui') || font.includes('sans-serif'),
          figureMargin: figure ? getComputedStyle(figure).marginBottom !== '0px' : true,
          toolbar: toolbar ? getComputedStyle(toolbar).display !== 'inline' : false
        };
      })
    );
  }, TAGS);
}

test('under a strict CSP every element draws fully styled with no violation', async ({
  browser,
  baseURL
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`)
    );
  });
  await page.goto(`${courseOrigin(baseURL)}/strict-csp.html`);

  await expect(page.locator('unrolled-lstm-cell').getByRole('heading')).toContainText('LSTM');
  await expect(page.locator('unrolled-compare').getByText('memory-gru').first()).toBeVisible();
  await expect(page.locator('unrolled-forgetting-curve').getByRole('heading')).toContainText(
    'distance'
  );
  // The live chain: tfjs loads in the page and traces a sentence with no precomputed trace.
  const live = page.locator('unrolled-chain[playback-group="live"]');
  await expect(live.getByRole('heading')).toContainText('A new sentence', { timeout: 60_000 });
  await expect(live.getByText('France').first()).toBeVisible();

  // Strips and state pictures are painted canvases, no image URL.
  const painted = await page.evaluate(() =>
    [...document.querySelectorAll('unrolled-lstm-cell, unrolled-chain, unrolled-compare')].map(
      (element) => {
        const canvases = [...element.shadowRoot!.querySelectorAll('foreignObject > canvas')];
        // Painted: some opaque pixel (the chain's canvases are clear between and around its strips).
        const opaque = canvases.filter((canvas) => {
          const { width, height } = canvas as HTMLCanvasElement;
          const context = (canvas as HTMLCanvasElement).getContext('2d')!;
          return context
            .getImageData(0, 0, width, height)
            .data.some((v, i) => i % 4 === 3 && v === 255);
        });
        const images = element.shadowRoot!.querySelectorAll('image, img').length;
        return { canvases: canvases.length, opaque: opaque.length, images };
      }
    )
  );
  for (const one of painted) {
    expect(one.canvases).toBeGreaterThan(0);
    expect(one.opaque).toBe(one.canvases);
    expect(one.images).toBe(0);
  }

  const styles = await styleReport(page);
  expect(styles).toHaveLength(TAGS.length + 1);
  for (const one of styles) {
    expect(one, one.element).toMatchObject({
      styleTags: 0,
      host: 'block',
      font: true,
      figureMargin: true,
      toolbar: true
    });
  }
  // One compare figure, one playback bar.
  await expect(
    page.locator('unrolled-compare').getByRole('button', { name: 'Step forward' })
  ).toHaveCount(1);

  await page.screenshot({ path: 'test-results/strict-csp.png', fullPage: true });
  expect(
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations)
  ).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});
