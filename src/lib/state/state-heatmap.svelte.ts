// What a state heatmap shows, derived from its props and the playback cursor (the values, their order and colours,
// the plot's size at the measured width, the axes and the text alternative), and what the reader is doing with it:
// the selected cell, focus, the cell under the pointer and the read-out sentence.
import type { Trace } from '../core/trace/types.js';
import {
  cellAt,
  cellReadout,
  colourTable,
  heatmapPixels,
  heatmapSize,
  heatmapStepSentence,
  heatmapSummary,
  heatmapTable,
  moveCell,
  plotRoom,
  tokenAxisHeight
} from '../geometry/layout/state-heatmap.js';
import { lazyTable } from '../geometry/table-data.js';
import { shortLabel, thinnedTicks } from '../geometry/token-ticks.js';
import {
  finalStep,
  layerLabel,
  maskedSteps,
  quantityProblem,
  quantityScale,
  quantityValues,
  type Quantity
} from '../geometry/trace-quantity.js';
import { unitOrder, type UnitSort } from '../geometry/unit-order.js';
import { CursorView } from './figure-view.js';

/** The props a heatmap's view depends on. */
export interface StateHeatmapInput {
  trace: Trace;
  layer: number;
  quantity: Quantity;
  sort: UnitSort;
  rowHeight?: number;
}

/** A cell of the plot under a point, with the point in CSS pixels from the plot's top left. */
export interface PointedCell {
  step: number;
  row: number;
  x: number;
  y: number;
}

/** A state heatmap's derived and interaction state; `available` is the width its box has. */
export class StateHeatmapView extends CursorView<StateHeatmapInput> {
  /** The box's width in CSS pixels (a guess until measured). */
  available = $state(600);
  /** The row last selected; may be past the last row after the trace changes (see `selectedRow`). */
  row = $state(0);
  /** Whether the plot has keyboard focus (the selected cell is outlined only then). */
  focused = $state(false);
  /** The cell under the pointer, if any. */
  hover: PointedCell | undefined = $state();
  /** The sentence for the selected cell, for the polite live region. */
  readout = $state('');

  /** The layer drawn. */
  readonly traceLayer = $derived.by(() => this.props.trace.layers[this.props.layer]);
  /** Why nothing can be drawn, if so. */
  readonly problem = $derived(quantityProblem(this.traceLayer, this.props.quantity));
  /** The values by step and unit. */
  readonly values = $derived(
    this.traceLayer && !this.problem ? quantityValues(this.traceLayer, this.props.quantity) : []
  );
  /** Units in the layer (0 when there is a problem). */
  readonly units = $derived(this.problem ? 0 : (this.traceLayer?.units ?? 0));
  /** Steps drawn. */
  readonly steps = $derived(this.values.length);
  /** Unit shown in each row, top first. */
  readonly order = $derived(
    unitOrder(
      this.values,
      this.units,
      this.props.sort,
      this.traceLayer ? finalStep(this.traceLayer) : 0
    )
  );
  /** The colour scale, its domain and its label. */
  readonly colour = $derived(
    quantityScale(this.props.quantity, this.traceLayer?.cell ?? 'lstm', this.values)
  );
  /** Steps whose gates went unused. */
  readonly masked = $derived(this.traceLayer ? maskedSteps(this.traceLayer) : []);
  /** The image, one RGBA pixel per cell. */
  readonly pixels = $derived(
    heatmapPixels(
      this.values,
      this.order,
      colourTable(this.colour.scale, this.colour.min, this.colour.max),
      this.colour.min,
      this.colour.max
    )
  );
  /** The plot's size and its cells' at the measured width. */
  readonly size = $derived(
    heatmapSize(this.units, this.steps, plotRoom(this.available), this.props.rowHeight)
  );
  /** Steps that get a token label. */
  readonly ticks = $derived(thinnedTicks(this.steps, this.size.cellWidth, 16));
  /** Every token's short label. */
  readonly labels = $derived(this.props.trace.tokens.map((token) => shortLabel(token.text, 10)));
  /** Height of the token axis in em. */
  readonly axisHeight = $derived(tokenAxisHeight(this.labels));
  /** Rows that get a unit label. */
  readonly unitTicks = $derived(thinnedTicks(this.units, this.size.cellHeight, 12));
  /** What is drawn, in words. */
  readonly what = $derived(
    `${this.colour.label} of ${layerLabel(this.props.trace, this.props.layer)}`
  );
  // Its own field so that moving the cursor does not rank every unit again.
  /** The whole heatmap in words. */
  readonly summary = $derived(
    heatmapSummary(this.values, this.units, this.what, this.props.sort, this.masked)
  );
  /** The text alternative: the whole heatmap, then the current step. */
  readonly description = $derived(
    this.problem
      ? 'No values to show.'
      : `${this.summary} ${heatmapStepSentence(this.values, this.units, this.step, this.props.trace.tokens[this.step])}`
  );
  /** The numbers, built when first read. */
  readonly data = $derived(
    lazyTable(() => heatmapTable(this.values, this.order, this.props.trace.tokens))
  );
  /** The selected row, kept inside the rows there are. */
  readonly selectedRow = $derived(Math.min(this.row, Math.max(0, this.units - 1)));
  /** The tooltip's sentence for the cell under the pointer. */
  readonly tip = $derived(this.hover && this.readCell(this.hover.step, this.hover.row));

  /** The sentence for the cell at a step and row. */
  readCell(step: number, row: number): string {
    const unit = this.order[row] ?? 0;
    const masked = this.traceLayer?.steps[step]?.masked ?? false;
    const token = this.props.trace.tokens[step];
    return cellReadout(unit, step, token, this.values[step]?.[unit], masked);
  }

  /** Selects a cell: its row here, its step on the shared cursor, and reads it out. */
  select(step: number, row: number): void {
    this.row = row;
    this.playback.seek(step);
    this.readout = this.readCell(step, row);
  }

  /** Moves the selection for a key; false when the key does not move it (so the page may use it). */
  key(key: string): boolean {
    const next = moveCell(key, { step: this.step, row: this.selectedRow }, this.steps, this.units);
    if (next) this.select(next.step, next.row);
    return next !== undefined;
  }

  /** The cell at a point of the plot (CSS pixels from its top left), or undefined outside the cells. */
  pointAt(x: number, y: number): PointedCell | undefined {
    const cell = cellAt(x, y, this.size, this.steps, this.units);
    return cell && { ...cell, x, y };
  }

  /** Selects the cell at a point of the plot, if there is one. */
  clickAt(x: number, y: number): void {
    const cell = this.pointAt(x, y);
    if (cell) this.select(cell.step, cell.row);
  }

  /** Focus came in: outline the selected cell and read it out. */
  focus(): void {
    this.focused = true;
    this.readout = this.readCell(this.step, this.selectedRow);
  }
}
