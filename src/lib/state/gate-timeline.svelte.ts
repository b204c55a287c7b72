// What a gate timeline shows, derived from its props and the playback cursor: the quantity, the chosen units, the
// frame at the measured width, the lines, the legend and the text alternative.
import type { Trace } from '../core/trace/types.js';
import {
  describeGateTimeline,
  longestTokenLabel,
  stepTicks,
  timelineDomain,
  timelineFrame,
  timelineKeys,
  timelineTable,
  unitPath
} from '../geometry/layout/gate-timeline.js';
import { maskedBands, unitPoints } from '../geometry/layout/timeline-marks.js';
import { lazyTable } from '../geometry/table-data.js';
import {
  defaultGate,
  isGate,
  layerLabel,
  quantityLabel,
  quantityProblem,
  quantityValues,
  type Quantity
} from '../geometry/trace-quantity.js';
import { mostChangingUnits, unitChange } from '../geometry/unit-order.js';
import { CursorView } from './figure-view.js';

/** The props a timeline's view depends on. */
export interface GateTimelineInput {
  trace: Trace;
  layer: number;
  quantity?: Quantity;
  units?: number[];
}

/** A gate timeline's derived state; `measured` is the width its box has (0 until measured). */
export class GateTimelineView extends CursorView<GateTimelineInput> {
  /** The box's width in CSS pixels. */
  measured = $state(0);

  /** The layer drawn. */
  readonly traceLayer = $derived.by(() => this.props.trace.layers[this.props.layer]);
  /** Its cell kind (an LSTM when the layer is missing). */
  readonly cell = $derived(this.traceLayer?.cell ?? 'lstm');
  /** The quantity shown. */
  readonly shown = $derived(
    this.props.quantity ?? defaultGate(this.traceLayer?.cell ?? 'simple_rnn')
  );
  /** Why nothing can be drawn, if so. */
  readonly problem = $derived(quantityProblem(this.traceLayer, this.shown));
  /** The values by step and unit. */
  readonly values = $derived(
    this.traceLayer && !this.problem ? quantityValues(this.traceLayer, this.shown) : []
  );
  /** Units in the layer (0 when there is a problem). */
  readonly count = $derived(this.problem ? 0 : (this.traceLayer?.units ?? 0));
  /** The units plotted, in legend order. */
  readonly chosen = $derived(
    (this.props.units ?? mostChangingUnits(this.values, this.count, 3)).filter(
      (u) => u >= 0 && u < this.count
    )
  );
  // Gates computed at a masked step were thrown away: break their lines there.
  /** Steps whose values are not drawn. */
  readonly skip = $derived(
    isGate(this.shown) ? (this.traceLayer?.steps.map((step) => step.masked) ?? []) : []
  );
  /** The frame at the measured width. */
  readonly frame = $derived(
    timelineFrame(
      Math.max(300, this.measured || 640),
      this.values.length,
      timelineDomain(this.values, this.chosen, isGate(this.shown)),
      longestTokenLabel(this.props.trace.tokens)
    )
  );
  /** Each chosen unit's line, style, value now and points (when there are few enough steps). */
  readonly lines = $derived(
    timelineKeys(this.values, this.chosen, this.step).map((key) => ({
      ...key,
      path: unitPath(this.values, key.unit, this.frame, this.skip),
      points:
        this.values.length <= 40 ? unitPoints(this.values, key.unit, this.frame, this.skip) : []
    }))
  );
  /** Hatches over masked steps. */
  readonly hatches = $derived(maskedBands(this.skip, this.frame));
  /** The token ticks. */
  readonly ticks = $derived(stepTicks(this.props.trace.tokens, this.frame));
  /** What is drawn, in words. */
  readonly what = $derived(
    `${quantityLabel(this.shown, this.cell)} of ${layerLabel(this.props.trace, this.props.layer)}`
  );
  /** The text alternative. */
  readonly description = $derived(
    this.problem
      ? 'No values to show.'
      : describeGateTimeline(
          this.values,
          this.chosen,
          this.what,
          this.step,
          this.props.trace.tokens
        )
  );
  /** The numbers, built when first read. */
  readonly data = $derived(
    lazyTable(() => timelineTable(this.values, this.chosen, this.props.trace.tokens))
  );
  /** How much each unit changes over the sentence (for the picker). */
  readonly change = $derived(unitChange(this.values, this.count));
}
