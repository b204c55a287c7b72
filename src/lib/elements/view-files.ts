// Where each element's lazy view is written, next to unrolled.js: vite.elements.config.ts names the chunks with it
// and an iframe embed preloads its own figure's file, so the figure's script arrives with the page, not after it.
import type { FigureName } from './figures.js';

/** The file name of a view's chunk: a figure's, every figure's body ('figure'), the lab's, or the bundler's pattern. */
export function viewFile(name: FigureName | 'figure' | 'train' | '[name]'): string {
  return `unrolled-view-${name}.js`;
}
