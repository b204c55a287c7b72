import { test as plain, type Frame, type Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.js';

// Iframe embeds in a course page on another origin (http://course.localhost, served by route interception),
// and the /embed snippet generator on the site itself.

const FIGURES = [
  ['lstm-cell', 'unrolled-lstm-cell'],
  ['gru-cell', 'unrolled-gru-cell'],
  ['chain', 'unrolled-chain'],
  ['heatmap', 'unrolled-heatmap'],
  ['fibonacci', 'unrolled-fibonacci'],
  ['forgetting-curve', 'unrolled-forgetting-curve'],
  ['compare', 'unrolled-compare']
] as const;
const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const COURSE = 'http://course.localhost';
// Each frame's main landmark is named by its title, so titles on one page differ (as axe's landmark-unique asks).
const titleOf = (name: string) => `${HOSTILE} ${name}`;

/** What the host page saw and what went wrong in any of its frames. */
interface Watch {
  problems: string[];
  dialogs: string[];
}

/** Records console errors, exceptions, CSP violations and dialogs from the page and every frame in it. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { problems: [], dialogs: [] };
  // Init scripts run in every frame, outside the frame's own policy: a violation anywhere is logged.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    )
  );
  page.on('console', (m) => m.type() === 'error' && seen.problems.push(m.text()));
  page.on('pageerror', (e) => seen.problems.push(e.message));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

/** Serves a plain course page with no framework on another origin, holding `frames` (id → embed URL). */
async function openCoursePage(page: Page, site: string, frames: Record<string, string>) {
  const iframes = Object.entries(frames)
    .map(
      ([id, url]) =>
        `<iframe id="${id}" src="${url.replace(/&/g, '&amp;')}" title="Figure ${id}" width="100%" height="60"></iframe>`
    )
    .join('\n');
  const body = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A course page</title></head>
<body><main><h1>A course page</h1>
${iframes}
</main>
<script>
  // The page's own record of the heights its frames reported (embed-host.js does the resizing).
  window.reported = {};
  addEventListener('message', (event) => {
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === event.source && event.data && event.data.type === 'unrolled:height')
        window.reported[frame.id] = event.data.height;
  });
</script>
<script src="${site}/elements/embed-host.js" defer></script>
</body>
</html>`;
  await page.route(`${COURSE}/**`, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(`${COURSE}/page.html`);
}

/** The frame whose iframe has `id`. */
async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await page
    .locator(`iframe#${id}`)
    .elementHandle()
    .then((h) => h?.contentFrame());
  if (!frame) throw new Error(`no frame ${id}`);
  return frame;
}

/** Waits until the figure's element in `frame` has drawn something (an svg or a canvas in its shadow root). */
async function figureDrawn(frame: Frame, tag: string) {
  await expect(frame.locator(`${tag} svg, ${tag} canvas`).first()).toBeVisible({ timeout: 60_000 });
}

/** Tags of nodes in the frame, shadow roots included, that a query value could have injected. */
function injected(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'img' || element.hasAttribute('onerror'))
          found.push(element.outerHTML.slice(0, 80));
        if (
          element.localName === 'script' &&
          !/\/elements\/[\w-]+\.js$/.test(element.getAttribute('src') ?? '')
        )
          found.push(element.outerHTML.slice(0, 80));
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
}

// The course page is not the site: plain Playwright pages, without the site's wait for hydration.
plain.describe('iframe embeds on another origin', () => {
  plain.setTimeout(180_000);
  // The test's course origin has no real address, so Chromium counts it as public and would block its frames
  // from reaching the loopback site (local network access); a real course page and site are both public.
  plain.use({ permissions: ['local-network-access'] });

  plain(
    'every figure renders, reports its height, is resized, and passes axe',
    async ({ page, baseURL }) => {
      const seen = await watch(page);
      const frames = Object.fromEntries(
        FIGURES.map(([name]) => [
          name,
          `${baseURL}/embed/${name}?title=${encodeURIComponent(titleOf(name))}`
        ])
      );
      await openCoursePage(page, baseURL!, frames);

      for (const [name, tag] of FIGURES) {
        const frame = await frameOf(page, name);
        await figureDrawn(frame, tag);
        // The title is a query value: shown as the frame's heading, as text.
        await expect(frame.locator('h1')).toHaveText(titleOf(name));
        expect(await injected(frame)).toEqual([]);
      }
      for (const [name] of FIGURES) {
        await expect
          .poll(() =>
            page.evaluate(
              (id) => (window as unknown as { reported: Record<string, number> }).reported[id] ?? 0,
              name
            )
          )
          .toBeGreaterThan(100);
        // embed-host.js gave the iframe the height its frame reported.
        await expect
          .poll(async () => {
            const reported = await page.evaluate(
              (id) => (window as unknown as { reported: Record<string, number> }).reported[id] ?? 0,
              name
            );
            const height = await page
              .locator(`iframe#${name}`)
              .evaluate((frame: HTMLIFrameElement) => frame.clientHeight);
            return Math.abs(height - reported);
          })
          .toBeLessThanOrEqual(1);
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(seen.dialogs).toEqual([]);
      expect(seen.problems).toEqual([]);
    }
  );

  plain(
    "an embed downloads only its own figure's script, and /embed/train shows the lab",
    async ({ page, baseURL }) => {
      const seen = await watch(page);
      const views = new Set<string>();
      page.on('request', (request) => {
        const view = /\/elements\/unrolled-view-([\w-]+)\.js$/.exec(request.url())?.[1];
        if (view) views.add(view);
      });
      await openCoursePage(page, baseURL!, {
        chain: `${baseURL}/embed/chain`,
        train: `${baseURL}/embed/train?cells=lstm,gru`
      });

      await figureDrawn(await frameOf(page, 'chain'), 'unrolled-chain');
      const lab = (await frameOf(page, 'train')).locator('unrolled-train');
      await expect(lab.getByRole('button', { name: 'Start' })).toBeVisible({ timeout: 60_000 });
      await expect(lab.getByRole('checkbox', { name: 'GRU' })).toBeChecked();
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { reported: Record<string, number> }).reported)
        )
        .toEqual({ chain: expect.any(Number), train: expect.any(Number) });
      // The chain's frame needs the figures' body and the chain; the lab's frame, the lab: no other figure.
      expect([...views].sort()).toEqual(['chain', 'figure', 'train']);
      expect(await axeViolations(page)).toEqual([]);
      expect(seen.dialogs).toEqual([]);
      expect(seen.problems).toEqual([]);
    }
  );

  plain(
    'hostile query values stay text: HTML and script, 10 000 characters, a quote',
    async ({ page, baseURL }) => {
      const seen = await watch(page);
      const long = 'I lived in Ireland so '.repeat(500).slice(0, 10_000);
      const quoted = 'she said "Gaelic" and left';
      const url = (name: string, text: string) =>
        `${baseURL}/embed/${name}?text=${encodeURIComponent(text)}&step=2`;
      await openCoursePage(page, baseURL!, {
        html: url('lstm-cell', HOSTILE),
        long: url('chain', long),
        quote: url('gru-cell', quoted)
      });

      const cases = [
        ['html', 'unrolled-lstm-cell', HOSTILE],
        ['long', 'unrolled-chain', long.slice(0, 1000)],
        ['quote', 'unrolled-gru-cell', quoted]
      ] as const;
      for (const [id, tag, text] of cases) {
        const frame = await frameOf(page, id);
        await figureDrawn(frame, tag);
        // The value reached the element as one attribute, unchanged (the long one cut to 1000 characters).
        expect(await frame.locator(tag).getAttribute('text')).toBe(text);
        expect(await injected(frame)).toEqual([]);
      }
      await expect((await frameOf(page, 'long')).locator('#embed-note')).toHaveText(
        'The sentence was cut to its first 1000 characters.'
      );
      await expect((await frameOf(page, 'html')).locator('#embed-note')).toBeHidden();
      expect(await axeViolations(page)).toEqual([]);
      expect(seen.dialogs).toEqual([]);
      expect(seen.problems).toEqual([]);
    }
  );
});

test.describe('the /embed snippet generator', () => {
  test('choosing a figure updates the preview and both snippets, and the URL keeps the choice', async ({
    page,
    problems
  }) => {
    await page.goto('/embed');
    const preview = page.locator('iframe.preview');
    await expect(preview).toHaveAttribute('src', /\/embed\/lstm-cell\?model=memory-lstm$/);

    await page.getByLabel('Figure', { exact: true }).selectOption('gru-cell');
    await page.getByLabel('Sentence').fill('I lived in Spain');
    await page.getByLabel('Start at step').fill('3');
    await expect(preview).toHaveAttribute(
      'src',
      /\/embed\/gru-cell\?model=memory-gru&text=I\+lived\+in\+Spain&step=3$/
    );
    await expect(page.locator('#web-component-code')).toContainText(
      '<unrolled-gru-cell model="memory-gru" text="I lived in Spain" step="3"></unrolled-gru-cell>'
    );
    await expect(page.locator('#iframe-code')).toContainText(
      '/embed/gru-cell?model=memory-gru&amp;text=I+lived+in+Spain&amp;step=3'
    );
    // The preview's frame reports its height and the page's host logic applies it.
    await expect
      .poll(async () => (await preview.boundingBox())?.height ?? 0, { timeout: 60_000 })
      .toBeGreaterThan(100);
    await expect
      .poll(() => preview.evaluate((frame: HTMLIFrameElement) => frame.style.height))
      .toMatch(/^\d+px$/);

    await expect(page).toHaveURL(/component=gru-cell/);
    await expect(page).toHaveURL(/step=3/);
    await page.reload();
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    await expect(page.getByLabel('Figure', { exact: true })).toHaveValue('gru-cell');
    await expect(page.getByLabel('Sentence')).toHaveValue('I lived in Spain');
    await expect(page.getByLabel('Start at step')).toHaveValue('3');
    await expect(preview).toHaveAttribute('src', /\/embed\/gru-cell\?/);
    expect(problems).toEqual([]);
  });

  test('Copy puts the snippet on the clipboard', async ({ page, problems }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/embed?component=chain&model=memory-rnn');
    const snippet = await page.locator('#web-component-code').innerText();
    expect(snippet).toContain('<unrolled-chain model="memory-rnn"></unrolled-chain>');
    await page.getByRole('button', { name: 'Copy' }).first().click();
    await expect(page.getByText('Copied the web component snippet.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(problems).toEqual([]);
  });
});
