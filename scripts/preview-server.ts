// The built site served by `vite preview` for the benchmark scripts: start it on a port, wait until it answers, stop it
// by its process id.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until the preview answers, or throws after `ms`. */
export async function waitForServer(url: string, server: ChildProcess, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null)
      throw new Error(`vite preview exited with code ${server.exitCode}.`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms / 1000} s.`);
}

/**
 * Starts `vite preview` of build/ on `port` (a free one when not given) in `checkout` (this one when not given, or
 * another checkout to compare against); resolves once it answers.
 */
export async function startPreview(
  port?: number,
  checkout = '.'
): Promise<{ base: string; server: ChildProcess }> {
  const chosen = port ?? (await freePort());
  const base = `http://127.0.0.1:${chosen}`;
  const server = spawn(
    path.join(checkout, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(chosen), '--strictPort'],
    { cwd: checkout, stdio: 'ignore' }
  );
  try {
    await waitForServer(base, server);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return { base, server };
}

/** Stops the preview server by its process id and waits for it to go. */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const gone = new Promise((resolve) => server.once('exit', resolve));
  process.kill(server.pid, 'SIGTERM');
  const late = setTimeout(
    () => server.pid !== undefined && process.kill(server.pid, 'SIGKILL'),
    5000
  );
  await gone;
  clearTimeout(late);
}

/** The median and 90th percentile of some samples (nearest rank). */
export function summary(samples: readonly number[]): { median: number; p90: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p90: at(0.9) };
}

/** The value of `--name value` or `--name=value` on the command line, if given. */
export function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  for (const [i, arg] of args.entries()) {
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}
