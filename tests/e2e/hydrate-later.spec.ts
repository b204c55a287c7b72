import { expect, test } from './fixtures.js';

// Figures wrapped in HydrateLater are prerendered on their own and hydrated after the page: the reader must see the
// same nodes before and after (nothing re-drawn, no hydration warning), and a client-side navigation must draw them.
// How many figures each page hydrates later.
const LATER: Record<string, number> = {
  '/lstm': 4,
  '/playground': 4,
  '/gru': 1,
  '/rnn': 3,
  '/memory': 3
};

for (const [route, later] of Object.entries(LATER)) {
  test(`${route}: figures hydrated after the page keep their prerendered nodes`, async ({
    page,
    problems
  }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { prerendered: Element[] }).prerendered = [
          ...document.querySelectorAll('figure, h1')
        ];
      });
    });
    await page.goto(route);
    expect(await page.locator('.later').count()).toBe(later);
    // The page says it is hydrated only once every later figure is live.
    expect(await page.locator('.later:not([data-live])').count()).toBe(0);
    const kept = await page.evaluate(() =>
      (window as unknown as { prerendered: Element[] }).prerendered.map((node) => node.isConnected)
    );
    expect(kept.length).toBeGreaterThan(later);
    expect(kept.every(Boolean)).toBe(true);
    expect(warnings.filter((text) => /hydrat/i.test(text))).toEqual([]);
    expect(problems).toEqual([]);
  });
}

// After a client-side navigation there is no prerendered HTML: the later figures are mounted instead.
const NAVIGATIONS = [
  {
    link: /LSTM/,
    route: '/lstm',
    headings: [
      'Cell state c of memory-lstm',
      'Forget gate of the most active units',
      'The LSTM cell at the current token'
    ]
  },
  {
    link: /RNN cell/,
    route: '/rnn',
    headings: ['The RNN cell at the current token', 'The RNN unrolled over the sentence']
  }
];

for (const { link, route, headings } of NAVIGATIONS) {
  test(`after a client-side navigation to ${route} its later figures are drawn`, async ({
    page,
    problems
  }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Chapters' })
      .getByRole('link', { name: link })
      .click();
    await expect(page).toHaveURL(new RegExp(`${route}$`));
    for (const name of headings) await expect(page.getByRole('heading', { name })).toBeVisible();
    expect(await page.locator('.later figure').count()).toBe(LATER[route]);
    expect(problems).toEqual([]);
  });
}
