import { expect, vi } from 'vitest';
import { main } from '$lib/tf/cli/main.js';

/** Runs the CLI in-process; returns its exit code and what it wrote. */
export async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

/** One clear line on stderr, no stack trace. */
export function expectOneLine(stderr: string, pattern: RegExp) {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\s+at\s+\S+\s+\(/);
}
