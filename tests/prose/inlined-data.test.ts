// What prerendering inlines into each page's HTML: SvelteKit copies the body of every fetch a universal load makes,
// so a results file fetched for three numbers would land whole in the page (runs after `npm run build`).
import { describe, expect, it } from 'vitest';
import { builtChapter } from './check.js';

/** The files a page's HTML carries inline for hydration, by the URL they were fetched from. */
function inlinedFiles(html: string): string[] {
  return [...html.matchAll(/data-sveltekit-fetched data-url="([^"]+)"/g)].map(
    (match) => new URL(match[1]!, 'http://site').pathname
  );
}

describe('data inlined into the prerendered pages', () => {
  it.each(['/', '/lstm', '/playground', '/exercises', '/memory'])(
    '%s does not inline the whole memory experiment',
    (route) => {
      expect(inlinedFiles(builtChapter(route))).not.toContain('/experiments/memory.json');
    }
  );

  it.each(['/', '/lstm'])('%s inlines the trace it draws and no model description', (route) => {
    const files = inlinedFiles(builtChapter(route));
    expect(files).toContain('/traces/memory-lstm-ireland.json');
    expect(files.filter((file) => file.endsWith('/meta.json'))).toEqual([]);
  });

  it('/playground inlines the LSTM trace it opens with; the side-by-side cells load in the browser', () => {
    const traces = inlinedFiles(builtChapter('/playground')).filter((file) =>
      file.startsWith('/traces/')
    );
    expect(traces).toEqual(['/traces/memory-lstm-ireland.json']);
  });
});
