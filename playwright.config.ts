import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';

// E2E_PORT lets two checkouts run their e2e side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS }
  },
  webServer: [
    {
      command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 60_000
    },
    {
      // A course page's server: another origin (localhost, next port) that embeds the site's figures.
      command: 'node tests/e2e/course-server.js',
      env: { PORT: String(port + 1), SITE: `http://127.0.0.1:${port}` },
      url: `http://127.0.0.1:${port + 1}/`,
      reuseExistingServer: false,
      timeout: 30_000
    }
  ]
});
