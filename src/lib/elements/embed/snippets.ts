// The copy-paste snippets of the /embed generator: text built from plain values, escaped for HTML.
import type { EmbedComponent } from './components.js';

/** `value` made safe inside a double- or single-quoted HTML attribute (and as text). */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** `site` without a trailing slash, so paths can be appended ("https://x.org/unrolled/" → ".../unrolled"). */
function trimSlash(site: string): string {
  return site.replace(/\/+$/, '');
}

/** The element's attributes as HTML: `name="value"`, or a bare name for an empty (boolean) value. */
function attributeText(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

/** The URL of `component`'s iframe embed on `site` (the site's root URL) with `attributes` as its query. */
export function embedUrl(
  site: string,
  component: EmbedComponent,
  attributes: Record<string, string>
): string {
  const query = new URLSearchParams(attributes).toString();
  return `${trimSlash(site)}/embed/${component.name}${query ? `?${query}` : ''}`;
}

/** The web-component snippet: the module script from `site`, then the element with `attributes`. */
export function elementSnippet(
  site: string,
  component: EmbedComponent,
  attributes: Record<string, string>
): string {
  return [
    `<script type="module" src="${escapeHtml(trimSlash(site))}/elements/unrolled.js"></script>`,
    `<${component.tag}${attributeText(attributes)}></${component.tag}>`
  ].join('\n');
}

/** The iframe snippet: the embed (titled for screen readers) and the script that sizes it to its content. */
export function iframeSnippet(
  site: string,
  component: EmbedComponent,
  attributes: Record<string, string>
): string {
  const title = attributes.title ?? `${component.title} — unrolled`;
  return [
    `<iframe src="${escapeHtml(embedUrl(site, component, attributes))}"`,
    `  title="${escapeHtml(title)}" width="100%" height="${component.initialHeight}"`,
    `  frameborder="0" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(trimSlash(site))}/elements/embed-host.js" defer></script>`
  ].join('\n');
}

/** A whole plain HTML page around `snippet`: what a course author can save and serve to try it. */
export function examplePage(title: string, snippet: string): string {
  const body = snippet
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <title>${escapeHtml(title)}</title>`,
    '  </head>',
    '  <body>',
    `    <h1>${escapeHtml(title)}</h1>`,
    body,
    '  </body>',
    '</html>'
  ].join('\n');
}
