import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every prerendered page of the built site, as a URL path ("/", "/lstm", ...), read from build/. */
export function builtRoutes(buildDir = 'build'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(relative(buildDir, path));
    }
  };
  walk(buildDir);
  return pages
    .map((page) => '/' + page.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, ''))
    .sort();
}
