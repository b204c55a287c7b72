// The figures unrolled offers as custom elements and iframe embeds: one table, read by both.

/** A figure's short name: the tag is `unrolled-<name>`, the iframe route `/embed/<name>`. */
export type FigureName =
  'lstm-cell' | 'gru-cell' | 'chain' | 'heatmap' | 'fibonacci' | 'forgetting-curve' | 'compare';

/** What a figure draws from: one trace, several models' traces of one sentence, or models' held-out results. */
export type FigureInput = 'trace' | 'traces' | 'evaluations';

/** How one figure is offered. */
export interface FigureSpec {
  /** The custom element's tag. */
  tag: `unrolled-${FigureName}`;
  /** A human name for titles and pickers. */
  label: string;
  /** What it draws from. */
  input: FigureInput;
  /** The shipped model(s) it shows when none is named. */
  models: readonly string[];
  /** Attributes only this figure reads, beyond the common ones. */
  extra: readonly string[];
}

/** A figure element's attributes as its props (the element's svelte:options map the kebab-case ones). */
export interface FigureAttributes {
  model?: string;
  /** For compare and forgetting-curve: a comma-separated list (wins over `model`). */
  models?: string;
  text?: string;
  tokenizer?: string;
  traceSrc?: string;
  step?: number;
  autoplay?: boolean;
  playbackGroup?: string;
  controls?: string;
  figureTitle?: string;
  base?: string;
  layer?: number;
  unit?: number;
  quantity?: string;
  sort?: string;
  headingLevel?: number;
}

const MEMORY = ['memory-rnn', 'memory-lstm', 'memory-gru'] as const;

/** Every figure, by name. */
export const FIGURES: Record<FigureName, FigureSpec> = {
  'lstm-cell': {
    tag: 'unrolled-lstm-cell',
    label: 'LSTM cell',
    input: 'trace',
    models: ['memory-lstm'],
    extra: ['layer', 'unit']
  },
  'gru-cell': {
    tag: 'unrolled-gru-cell',
    label: 'GRU cell',
    input: 'trace',
    models: ['memory-gru'],
    extra: ['layer', 'unit']
  },
  chain: {
    tag: 'unrolled-chain',
    label: 'Unrolled chain',
    input: 'trace',
    models: ['memory-rnn'],
    extra: ['layer']
  },
  heatmap: {
    tag: 'unrolled-heatmap',
    label: 'State heatmap',
    input: 'trace',
    models: ['memory-lstm'],
    extra: ['layer', 'quantity', 'sort']
  },
  fibonacci: {
    tag: 'unrolled-fibonacci',
    label: 'Fibonacci recurrence',
    input: 'trace',
    models: ['fibonacci'],
    extra: []
  },
  'forgetting-curve': {
    tag: 'unrolled-forgetting-curve',
    label: 'Forgetting curve',
    input: 'evaluations',
    models: MEMORY,
    extra: ['models']
  },
  compare: {
    tag: 'unrolled-compare',
    label: 'Compare cells',
    input: 'traces',
    models: MEMORY,
    extra: ['models']
  }
};

/** Every figure name, in the order pickers list them. */
export const FIGURE_NAMES = Object.keys(FIGURES) as FigureName[];

/** True for a string that names a figure. */
export function isFigureName(name: string): name is FigureName {
  return Object.hasOwn(FIGURES, name);
}

/** The figure a tag stands for, e.g. 'unrolled-chain' → 'chain'; undefined for any other tag. */
export function figureOfTag(tag: string): FigureName | undefined {
  const name = tag.toLowerCase().replace(/^unrolled-/, '');
  return isFigureName(name) ? name : undefined;
}
