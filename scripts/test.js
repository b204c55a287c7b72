#!/usr/bin/env node
// `npm test`: every level of test, in order, stopping at the first stage that fails.
// Each stage prints one summary line; the run ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.js';

const results = 'test-results';
const totals = { passed: 0, failed: 0 };
const summaries = [];

/** Runs a command with inherited output; returns its exit status. */
function run(command, args, env = {}) {
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (child.error) throw child.error;
  return child.status ?? 1;
}

function stageLine(number, name, detail, seconds) {
  const line = `[stage ${number}/6] ${name}: ${detail} (${seconds.toFixed(1)} s)`;
  summaries.push(line);
  console.log(`\n${line}\n`);
}

function stop(number, name, detail, seconds) {
  stageLine(number, name, `FAILED — ${detail}`, seconds);
  console.log(summaries.join('\n'));
  console.log(`${totals.passed} passed, ${Math.max(1, totals.failed)} failed`);
  process.exit(1);
}

/** Runs commands in order until one fails; returns the failing label or undefined. */
function runAll(steps) {
  for (const [label, command, args] of steps) {
    console.log(`\n> ${label}`);
    if (run(command, args) !== 0) return label;
  }
  return undefined;
}

function vitestStage(number, name, project) {
  const started = performance.now();
  const report = `${results}/${project}.json`;
  rmSync(report, { force: true });
  const status = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`
  ]);
  const seconds = (performance.now() - started) / 1000;
  const stats = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : undefined;
  const passed = stats?.numPassedTests ?? 0;
  const failed = stats?.numFailedTests ?? 0;
  totals.passed += passed;
  totals.failed += failed;
  const detail = `${passed} passed, ${failed} failed`;
  if (status !== 0 || failed > 0 || passed === 0) {
    stop(number, name, passed === 0 && failed === 0 ? 'no test ran' : detail, seconds);
  }
  stageLine(number, name, detail, seconds);
}

function timed(number, name, steps, success) {
  const started = performance.now();
  const failedStep = runAll(steps);
  const seconds = (performance.now() - started) / 1000;
  if (failedStep) stop(number, name, `${failedStep} failed`, seconds);
  stageLine(number, name, success, seconds);
}

mkdirSync(results, { recursive: true });

timed(
  1,
  'static',
  [
    ['prettier --check', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
    ['eslint', 'npx', ['eslint', '--max-warnings', '0', '.']],
    ['svelte-kit sync', 'npx', ['svelte-kit', 'sync']],
    [
      'svelte-check',
      'npx',
      ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']
    ]
  ],
  'prettier clean, eslint 0 problems, svelte-check 0 errors and 0 warnings'
);

vitestStage(2, 'unit', 'unit');

const chromium = ensureChromium();
process.env.CHROME_PATH = chromium;

vitestStage(3, 'component', 'component');
vitestStage(4, 'stories', 'stories');

timed(
  5,
  'build',
  [
    ['build (elements + site)', 'npm', ['run', 'build']],
    // Every chapter's prerendered prose, figure by figure, against the shipped traces and experiment files.
    ['prose figures (tests/prose)', 'npx', ['vitest', 'run', '--project', 'prose']],
    // npm pack runs svelte-package + publint (prepack), then the tarball goes into a Vite and a SvelteKit app.
    ['npm pack + consumer apps (tests/consumer)', 'node', ['scripts/consumer-test.js']],
    ['storybook build', 'npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static']]
  ],
  'site prerendered, package packed, publint clean and drawing in a Vite and a SvelteKit app, storybook built'
);

{
  const started = performance.now();
  const report = `${results}/e2e.json`;
  rmSync(report, { force: true });
  const status = run('npx', ['playwright', 'test']);
  const seconds = (performance.now() - started) / 1000;
  const stats = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')).stats : undefined;
  const passed = stats?.expected ?? 0;
  const failed = (stats?.unexpected ?? 0) + (stats?.flaky ?? 0);
  totals.passed += passed;
  totals.failed += failed;
  const detail = `${passed} passed, ${failed} failed`;
  if (status !== 0 || failed > 0 || passed === 0) stop(6, 'e2e', detail, seconds);
  stageLine(6, 'e2e', detail, seconds);
}

console.log('\n' + summaries.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
