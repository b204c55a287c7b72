// Runs the CLI in-process for tests: exit code and what it wrote to stdout and stderr.
import { expect, vi } from 'vitest';
import { main } from '$lib/tf/cli/main.js';

/** Runs `unrolled ...argv` in this process; returns its exit code and output. */
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
