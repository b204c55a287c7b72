#!/usr/bin/env node
// Takes screenshots of built pages for the README and for looking at: node scripts/screenshot.js [route ...]
// Serves build/ with `vite preview`, opens each route in headless Chromium and writes docs/screenshots/<name>.png.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

// PORT lets two checkouts take screenshots side by side.
const port = Number(process.env.PORT ?? 4199);
const routes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const width = Number(process.env.WIDTH ?? 1100);
const scheme = process.env.SCHEME === 'dark' ? 'dark' : 'light';
const outDir = process.env.OUT ?? 'docs/screenshots';

const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' }
);
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    colorScheme: scheme
  });
  const page = await context.newPage();
  mkdirSync(outDir, { recursive: true });
  for (const route of routes) {
    await page.goto(base + route, { waitUntil: 'networkidle' });
    const name =
      (route.replace(/\//g, '-').replace(/^-|-$/g, '') || 'home') +
      (scheme === 'dark' ? '-dark' : '') +
      (width < 600 ? '-narrow' : '');
    // A full-page capture keeps the 800 px viewport, so blocks with content-visibility: auto below it (the equations)
    // would stay unrendered and show blank: draw everything, then wait for the fonts they bring in.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
    console.log(`${outDir}/${name}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
