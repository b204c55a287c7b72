// What a prediction figure shows, derived from its props and its measured width: the class bars or the sigmoid
// score track, and the text alternative and numbers behind either.
import type { TraceStates } from '../core/trace/types.js';
import {
  describePrediction,
  predictionLayout,
  predictionRows,
  predictionTable,
  scoreLayout,
  sigmoidReading,
  type PredictionOrder
} from '../geometry/layout/prediction-bars.js';
import { PropsView } from './figure-view.js';

/** The props a prediction figure's view depends on. */
export interface PredictionBarsInput {
  trace: TraceStates;
  labels: readonly string[];
  order: PredictionOrder;
}

/** A prediction figure's derived state; `measured` is the width its box has (0 until measured). */
export class PredictionBarsView extends PropsView<PredictionBarsInput> {
  /** The box's width in CSS pixels. */
  measured = $state(0);
  /** The drawing's width in SVG units: the box's, with a floor so labels still fit on a narrow screen. */
  readonly width = $derived(Math.max(280, this.measured || 560));
  /** Whether the output is one sigmoid score (a track) rather than a probability per class (bars). */
  readonly single = $derived(this.props.trace.output.length === 1);
  /** The class bars at this width. */
  readonly layout = $derived(
    predictionLayout(
      predictionRows(this.props.trace.output, this.props.labels, this.props.order),
      this.width
    )
  );
  /** The score track at this width. */
  readonly score = $derived(scoreLayout(this.width));
  /** The first output read as a sigmoid score against the two labels. */
  readonly reading = $derived(sigmoidReading(this.props.trace.output[0] ?? 0, this.props.labels));
  /** The text alternative. */
  readonly description = $derived(describePrediction(this.props.trace.output, this.props.labels));
  /** The numbers, in the model's order. */
  readonly data = $derived(predictionTable(this.props.trace.output, this.props.labels));
}
