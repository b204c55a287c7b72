import { axeViolations, expect, test } from './fixtures.js';
import { builtRoutes } from './routes.js';

const routes = builtRoutes();

test('the build has pages to check', () => {
  expect(routes).toContain('/');
});

for (const route of routes) {
  test.describe(`route ${route}`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`renders without errors and passes axe (${scheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
        page.on('pageerror', (e) => problems.push(e.message));
        const response = await page.goto(route);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  });
}
