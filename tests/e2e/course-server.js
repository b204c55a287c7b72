// A course author's web server for the e2e tests: plain HTML pages on another origin than the unrolled site.
// Serves tests/e2e/course-pages/<name>.html with __SITE__ replaced by the site's origin (env SITE).
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';

const folder = new URL('./course-pages/', import.meta.url);
const site = process.env.SITE ?? 'http://127.0.0.1:4173';
const port = Number(process.env.PORT ?? 4174);

createServer(async (request, response) => {
  const name = new URL(request.url ?? '/', 'http://course').pathname.slice(1);
  if (name === '') {
    const pages = await readdir(folder);
    response.writeHead(200, { 'content-type': 'text/plain' }).end(pages.join('\n'));
    return;
  }
  if (name === 'favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (!/^[a-z0-9-]+\.html$/.test(name)) {
    response.writeHead(404).end();
    return;
  }
  try {
    const html = await readFile(new URL(name, folder), 'utf8');
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(html.replaceAll('__SITE__', site));
  } catch {
    response.writeHead(404).end();
  }
}).listen(port, '127.0.0.1');
