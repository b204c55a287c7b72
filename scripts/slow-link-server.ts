// A static server for a build/ folder behind one slow link that all its responses share, as a phone's connection is
// shared: every response waits one round trip, then its gzipped bytes queue for the link in 4 KB slices, taken in
// turn across responses. DevTools throttling, by contrast, gives each request the whole bandwidth, so it cannot show
// JavaScript that is preloaded alongside the HTML slowing the HTML down. For the paint benchmark.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** A link's round trip and bandwidth. */
export type Link = { rttMs: number; bitsPerSecond: number };
/** Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down. */
export const SLOW_4G: Link = { rttMs: 150, bitsPerSecond: 1.6 * 1024 * 1024 };

const SLICE = 4096;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8'
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The file a URL path names in a SvelteKit static build ('/lstm' → lstm.html, '/' → index.html). */
function fileFor(root: string, pathname: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, `${clean}.html`, path.join(clean, 'index.html')]) {
    const file = path.join(root, candidate);
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Serves `root` on `port` behind `link`; resolves once it listens. */
export function serveBehindSlowLink(root: string, port: number, link = SLOW_4G): Promise<Server> {
  const sliceMs = (SLICE * 8 * 1000) / link.bitsPerSecond;
  // The link: a chain that each slice joins at its end, so concurrent responses take turns slice by slice.
  let free: Promise<unknown> = Promise.resolve();
  const send = (bytes: Buffer) => {
    const turn = free.then(() => sleep(sliceMs));
    free = turn;
    return turn.then(() => bytes);
  };
  const zipped = new Map<string, Buffer>();
  const server = createServer(async (request, response) => {
    const file = fileFor(root, new URL(request.url ?? '/', 'http://link').pathname);
    await sleep(link.rttMs);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    if (!zipped.has(file)) zipped.set(file, gzipSync(readFileSync(file)));
    const body = zipped.get(file)!;
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-encoding': 'gzip',
      'cache-control': 'no-store'
    });
    for (let at = 0; at < body.length; at += SLICE) {
      response.write(await send(body.subarray(at, at + SLICE)));
    }
    response.end();
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
