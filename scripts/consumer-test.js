#!/usr/bin/env node
// The package as a new user meets it: `npm pack`, the tarball installed into a minimal Vite app and a minimal
// SvelteKit app (tests/consumer), both built and served, and each page checked in Chromium: an element and a
// component draw, with no console error, no `base` attribute and no server but the app's own.
// Offline: the apps find Vite, SvelteKit and Svelte in this repository's node_modules. Prints "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const consumer = path.join(repo, 'tests/consumer');
const vite = path.join(repo, 'node_modules/vite/bin/vite.js');
const port = Number(process.env.CONSUMER_PORT ?? 4180);
const started = performance.now();
// Every tag `import 'unrolled/elements'` must define, even after a production build's tree-shaking.
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
const results = { passed: 0, failed: 0 };
const servers = [];

function say(line) {
  console.log(`[consumer ${((performance.now() - started) / 1000).toFixed(0)} s] ${line}`);
}

/** Runs a command to the end; throws with its output when it fails. */
function run(command, args, cwd) {
  const child = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' }
  });
  if (child.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${child.stdout}\n${child.stderr}`);
  }
  return child.stdout;
}

/** Starts a server and resolves once `url` answers. */
async function serve(args, cwd, url) {
  const child = spawn(process.execPath, [vite, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  servers.push(child);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`server at ${url} did not answer:\n${output}`);
}

function stop(child) {
  if (child.exitCode === null) child.kill('SIGTERM');
}

/** Opens `url`, runs `check(page)`, and fails on any console error, page error or failed request. */
async function check(browser, name, url, checkPage) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(url);
    await checkPage(page);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    results.passed += 1;
    say(`ok: ${name}`);
  } catch (error) {
    results.failed += 1;
    say(`FAILED: ${name}\n${error instanceof Error ? error.message : error}`);
    await page.screenshot({
      path: path.join(repo, `test-results/consumer-${name.replaceAll(/\W+/g, '-')}.png`)
    });
  } finally {
    await page.close();
  }
}

/** The element's shadow root holds a drawn figure: its heading, and painted canvases when it has strips. */
async function elementDrawn(page, selector, heading) {
  const element = page.locator(selector);
  await element.getByRole('heading', { name: heading }).first().waitFor({ timeout: 90_000 });
  const painted = await element.evaluate(
    (host) =>
      [...host.shadowRoot.querySelectorAll('foreignObject > canvas')].filter(
        (canvas) => canvas.getContext('2d').getImageData(0, 0, 1, 1).data[3] === 255
      ).length
  );
  if (painted === 0) throw new Error(`${selector}: no painted strip`);
}

async function main() {
  mkdirSync(path.join(repo, 'test-results'), { recursive: true });
  const packs = mkdtempSync(path.join(tmpdir(), 'unrolled-pack-'));
  say('npm pack (svelte-package, elements build, publint)');
  const packed = run('npm', ['pack', '--silent', '--pack-destination', packs], repo)
    .trim()
    .split('\n')
    .at(-1);
  const tarball = path.join(packs, packed);

  for (const app of ['vite-app', 'kit-app']) {
    const folder = path.join(consumer, app);
    const installed = path.join(folder, 'node_modules/unrolled');
    rmSync(installed, { recursive: true, force: true });
    mkdirSync(installed, { recursive: true });
    run('tar', ['-xzf', tarball, '--strip-components=1', '-C', installed], folder);
  }
  const kit = path.join(consumer, 'kit-app');
  copyFileSync(
    path.join(repo, 'static/traces/memory-lstm-ireland.json'),
    path.join(kit, 'static/lstm-trace.json')
  );

  say('vite build (vite-app)');
  run(process.execPath, [vite, 'build', '--logLevel', 'warn'], path.join(consumer, 'vite-app'));
  say('vite build (kit-app)');
  run(process.execPath, [vite, 'build', '--logLevel', 'warn'], kit);

  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const viteUrl = `http://127.0.0.1:${port}/`;
    const vitePreview = await serve(
      ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      path.join(consumer, 'vite-app'),
      viteUrl
    );
    await check(
      browser,
      'Vite app: elements draw, a new sentence traced',
      viteUrl,
      async (page) => {
        const undefinedTags = await page.evaluate(
          (tags) => tags.filter((tag) => !customElements.get(tag)),
          TAGS
        );
        if (undefinedTags.length > 0) throw new Error(`not defined: ${undefinedTags.join(', ')}`);
        await elementDrawn(page, 'unrolled-lstm-cell', /LSTM cell/);
        await elementDrawn(page, 'unrolled-chain', /A new sentence/);
        await page.locator('unrolled-chain').getByText('France').first().waitFor();
      }
    );
    stop(vitePreview);

    const kitUrl = `http://127.0.0.1:${port + 1}/`;
    const kitCheck = async (page) => {
      await page.locator('main svg').getByText('forget').first().waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Step forward' }).first().click();
      await elementDrawn(page, 'unrolled-gru-cell', /GRU cell/);
    };
    const kitPreview = await serve(
      ['preview', '--host', '127.0.0.1', '--port', String(port + 1), '--strictPort'],
      kit,
      kitUrl
    );
    await check(browser, 'SvelteKit app (built): component and element draw', kitUrl, kitCheck);
    stop(kitPreview);

    // The README's snippet under `vite dev`: rendered on the server first, then in the browser.
    const kitDev = await serve(
      ['dev', '--host', '127.0.0.1', '--port', String(port + 2), '--strictPort'],
      kit,
      `http://127.0.0.1:${port + 2}/`
    );
    await check(
      browser,
      'SvelteKit app (vite dev): component and element draw',
      `http://127.0.0.1:${port + 2}/`,
      kitCheck
    );
    stop(kitDev);
  } finally {
    await browser.close();
    servers.forEach(stop);
    rmSync(packs, { recursive: true, force: true });
  }
  say(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`consumer: ${results.passed} passed, ${results.failed} failed`);
  process.exit(results.failed > 0 ? 1 : 0);
}

main().catch((error) => {
  servers.forEach(stop);
  console.error(error instanceof Error ? error.message : error);
  console.log(`consumer: ${results.passed} passed, ${results.failed + 1} failed`);
  process.exit(1);
});
