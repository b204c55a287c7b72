#!/usr/bin/env node
// Launches the unrolled CLI: the built package when present, else the TypeScript sources of a checkout.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/tf/cli/main.js', import.meta.url));
let entry = built;
if (!existsSync(built)) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = fileURLToPath(new URL('../src/lib/tf/cli/main.ts', import.meta.url));
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
