// unrolled: Svelte 5 components that show what recurrent networks do inside.
export { default as TokenStrip } from './components/TokenStrip.svelte';
export { default as SubwordSplit } from './components/SubwordSplit.svelte';
export { default as FibonacciRecurrence } from './components/FibonacciRecurrence.svelte';
export { default as RnnCell } from './components/RnnCell.svelte';
export { default as UnrolledChain } from './components/UnrolledChain.svelte';
export { default as StateHeatmap } from './components/StateHeatmap.svelte';
export { default as GateTimeline } from './components/GateTimeline.svelte';
export { default as InfluenceBar } from './components/InfluenceBar.svelte';
export { default as PredictionBars } from './components/PredictionBars.svelte';
export { default as ForgettingCurve } from './components/ForgettingCurve.svelte';
export { default as GradientFlow } from './components/GradientFlow.svelte';
export { default as PlaybackControls } from './components/PlaybackControls.svelte';
export { default as Figure } from './components/Figure.svelte';
export { default as Legend } from './components/Legend.svelte';
export {
  PlaybackState,
  providePlayback,
  usePlayback,
  PLAYBACK_SPEEDS,
  type PlaybackOptions
} from './state/playback.svelte.js';
export { provideHeadingLevel, headingLevel } from './state/heading-level.js';
export type { FigureData } from './components/export.js';
export type { Quantity } from './geometry/trace-quantity.js';
export type { UnitSort } from './geometry/unit-order.js';
export {
  seriesFromMeta,
  chanceLevel,
  type ForgettingSeries,
  type ForgettingMeta
} from './geometry/layout/forgetting-curve.js';
export type { GradientSeries } from './geometry/layout/gradient-flow.js';
export type { PredictionOrder } from './geometry/layout/prediction-bars.js';
export type { SplitPiece } from './geometry/layout/subword-split.js';
export type { Token } from './core/token.js';
export type { Trace, TraceLayer, TraceStep, LstmGates, GruGates } from './core/trace/types.js';
export { default as LstmCell } from './components/LstmCell.svelte';
export { default as GruCell } from './components/GruCell.svelte';
export { default as Equation } from './components/Equation.svelte';
export { default as EquationView, type EquationViewProps } from './components/EquationView.svelte';
export type { CellTerm } from './geometry/layout/cell-terms.js';
export { default as CompareCells } from './components/CompareCells.svelte';
export type { ComparedModel } from './geometry/layout/compare-cells.js';
