// unrolled/elements: every figure as a custom element for any web page. Built on its own (vite.elements.config.ts)
// with Svelte's customElement option into the ES module the site serves at /elements/unrolled.js: every tag is
// defined here by a small shell, and what it draws (views/) loads as a chunk of its own when the element connects.
import UnrolledFigure from './UnrolledFigure.svelte';
import UnrolledPlayback from './UnrolledPlayback.svelte';
import UnrolledTrain from './UnrolledTrain.svelte';
import { FIGURE_NAMES, FIGURES } from './figures.js';

export { FIGURES, FIGURE_NAMES, type FigureName } from './figures.js';

// Svelte attaches the element class when compiling with customElement; the component's own types do not say so.
const elementOf = (component: unknown): CustomElementConstructor => {
  const element = (component as { element?: CustomElementConstructor }).element;
  if (!element) throw new Error('unrolled elements must be built with customElement: true.');
  return element;
};

/** Registers every unrolled tag (once: a page that loads the script twice keeps the first). */
export function defineElements(): void {
  const figure = elementOf(UnrolledFigure);
  const tags: [string, CustomElementConstructor][] = [
    // One subclass per tag: the registry wants a distinct constructor for each name.
    ...FIGURE_NAMES.map((name): [string, CustomElementConstructor] => [
      FIGURES[name].tag,
      class extends figure {}
    ]),
    ['unrolled-playback', elementOf(UnrolledPlayback)],
    ['unrolled-train', elementOf(UnrolledTrain)]
  ];
  for (const [tag, element] of tags)
    if (!customElements.get(tag)) customElements.define(tag, element);
}

defineElements();
