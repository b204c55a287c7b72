#!/usr/bin/env node
// `npm pack` hooks: the published package.json leaves out the scripts that only serve this repository (`prepare` runs
// svelte-kit sync after `npm ci` here; in a user's install it is an install script they did not ask for).
// `strip` (prepack) saves package.json and writes it without them; `restore` (postpack) puts the saved file back.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = 'package.json';
const saved = 'node_modules/.cache/unrolled-pack/package.json';
const repositoryOnly = ['prepare'];

const [command] = process.argv.slice(2);
if (command === 'strip') {
  // A pack that died before postpack left the stripped file: the saved one is still the original.
  const original = existsSync(saved) ? readFileSync(saved, 'utf8') : readFileSync(manifest, 'utf8');
  mkdirSync('node_modules/.cache/unrolled-pack', { recursive: true });
  writeFileSync(saved, original);
  const json = JSON.parse(original);
  for (const name of repositoryOnly) delete json.scripts?.[name];
  writeFileSync(manifest, `${JSON.stringify(json, null, 2)}\n`);
} else if (command === 'restore') {
  if (existsSync(saved)) renameSync(saved, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.js strip|restore');
  process.exit(2);
}
