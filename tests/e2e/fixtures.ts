import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** A page that records console errors and uncaught exceptions, for tests that demand none. */
export const test = base.extend<{ problems: string[] }>({
  // Navigation resolves once the page is hydrated: keys pressed on prerendered HTML before that do nothing.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
      return response;
    };
    await use(page);
  },
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    await use(problems);
  }
});

/** Axe violations on the page (WCAG 2.x A and AA and best practices), as short readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`
  );
}

/** The origin course pages are served from (tests/e2e/course-server.js): localhost on the port after the site's. */
export function courseOrigin(baseURL: string | undefined): string {
  const site = new URL(baseURL ?? 'http://127.0.0.1:4173');
  return `http://localhost:${Number(site.port) + 1}`;
}

export { expect };
