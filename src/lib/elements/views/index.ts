// Each element's heavy part as a lazy chunk (file names: view-files.ts): a page
// downloads the drawings of the figures it shows, not all of them, and the training lab only where it is.
import type { FigureName } from '../figures.js';

/** Loads a figure's component. */
export const FIGURE_VIEWS = {
  'lstm-cell': () => import('./lstm-cell.js'),
  'gru-cell': () => import('./gru-cell.js'),
  chain: () => import('./chain.js'),
  heatmap: () => import('./heatmap.js'),
  fibonacci: () => import('./fibonacci.js'),
  'forgetting-curve': () => import('./forgetting-curve.js'),
  compare: () => import('./compare.js')
} satisfies Record<FigureName, () => Promise<{ default: unknown }>>;

/** Each figure's component, once loaded. */
export type FigureViews = {
  [Name in FigureName]: Awaited<ReturnType<(typeof FIGURE_VIEWS)[Name]>>['default'];
};

/** Loads what every figure element draws: its data, playback and (through FIGURE_VIEWS) the figure. */
export const loadFigureView = () => import('./figure.js');

/** Loads the training lab's component and state. */
export const loadTrainView = () => import('./train.js');
