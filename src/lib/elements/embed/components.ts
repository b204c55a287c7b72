// The figures an iframe embed or a snippet can show (the elements' own table, figures.ts), and which query
// names each embed reads.
import { FIGURES, FIGURE_NAMES, type FigureName, type FigureSpec } from '../figures.js';

/** Query names a figure drawn from one trace reads. */
const TRACE_NAMES = ['model', 'tokenizer', 'text', 'trace-src', 'step', 'autoplay'];
/** Query names a comparison of several models on one sentence reads. */
const TRACES_NAMES = ['text', 'step', 'autoplay'];
/** Query names every figure reads. */
const COMMON_NAMES = ['theme', 'title', 'figure-title'];

/** One embeddable figure. */
export interface EmbedComponent {
  /** Route name: /embed/<name>. */
  name: FigureName;
  /** Its custom element's tag. */
  tag: string;
  /** What the figure is called in titles and menus. */
  title: string;
  /** Query names (= attribute names) it reads; any other name is ignored. */
  accepts: readonly string[];
  /** Which cells a model must have for it ('any' = any shipped model with a tokenizer). */
  cells: 'lstm' | 'gru' | 'any' | 'fibonacci' | 'none';
  /** The model it shows when none is named. */
  defaultModel?: string;
  /** A height, in CSS pixels, to give its iframe before it reports its own. */
  initialHeight: number;
}

/** What the embeds add to each figure of the elements' table: the models it fits and a first height. */
const EMBED_SETTINGS: Record<FigureName, Pick<EmbedComponent, 'cells' | 'initialHeight'>> = {
  'lstm-cell': { cells: 'lstm', initialHeight: 1000 },
  'gru-cell': { cells: 'gru', initialHeight: 1000 },
  chain: { cells: 'any', initialHeight: 620 },
  heatmap: { cells: 'any', initialHeight: 1000 },
  fibonacci: { cells: 'fibonacci', initialHeight: 520 },
  'forgetting-curve': { cells: 'none', initialHeight: 780 },
  compare: { cells: 'none', initialHeight: 1300 }
};

/** The query names a figure reads, from what it draws and the attributes only it has. */
function acceptedNames(spec: FigureSpec): string[] {
  const input = spec.input === 'trace' ? TRACE_NAMES : spec.input === 'traces' ? TRACES_NAMES : [];
  return [...new Set([...input, ...spec.extra, ...COMMON_NAMES])];
}

/** Every figure with an /embed/<name> route, in menu order. */
export const EMBED_COMPONENTS: readonly EmbedComponent[] = FIGURE_NAMES.map((name) => {
  const spec = FIGURES[name];
  return {
    name,
    tag: spec.tag,
    title: spec.label,
    accepts: acceptedNames(spec),
    defaultModel: spec.input === 'trace' ? spec.models[0] : undefined,
    ...EMBED_SETTINGS[name]
  };
});

/** The figure with route name `name`, if there is one. */
export function embedComponent(name: string): EmbedComponent | undefined {
  return EMBED_COMPONENTS.find((component) => component.name === name);
}
