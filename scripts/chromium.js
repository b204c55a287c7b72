// Where the system Chromium lives; shared by Vitest, Playwright and the benchmark scripts.
import { existsSync } from 'node:fs';

/** Candidate executables, in the order they are tried after CHROME_PATH. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that keep headless Chromium quiet on a closed network and runnable as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

/** The Chromium to drive: CHROME_PATH when set and present, else the first system candidate, else undefined. */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}
