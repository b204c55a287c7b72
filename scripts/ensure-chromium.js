#!/usr/bin/env node
// Makes sure a system Chromium exists without ever downloading a browser build:
// CHROME_PATH, then the system package; as root on Debian/Ubuntu, installs the distribution's package.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.js';

const HOW_TO =
  'No Chromium found: install your distribution\'s "chromium" package (e.g. sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome executable.';

function isDebianLike() {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release) && existsSync('/usr/bin/apt-get');
}

/** Returns the path of a usable Chromium, installing Debian's package when allowed; exits 1 with one line otherwise. */
export function ensureChromium() {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
    process.exit(1);
  }
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !isDebianLike()) {
    console.error(HOW_TO);
    process.exit(1);
  }
  console.log("No Chromium found: installing the distribution's chromium package with apt-get...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) {
    console.error(HOW_TO);
    process.exit(1);
  }
  console.log(`Installed Chromium at ${installed}.`);
  return installed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Chromium: ${ensureChromium()}`);
}
