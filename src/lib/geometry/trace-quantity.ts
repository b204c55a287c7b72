// Which numbers of a trace layer a state view shows: the hidden state, the cell state or one gate, with its scale.
import type { CellKind, TraceStates, TraceLayer } from '../core/trace/types.js';
import { gateScale, maxAbsOf, signedScale, type ColourScale } from './colour.js';

/** What a state view can show: the hidden state h, the cell state c (LSTM) or one gate by its trace name. */
export type Quantity = 'h' | 'c' | 'input' | 'forget' | 'candidate' | 'output' | 'update' | 'reset';

const GATES: Record<CellKind, Quantity[]> = {
  lstm: ['input', 'forget', 'candidate', 'output'],
  gru: ['update', 'reset', 'candidate'],
  simple_rnn: []
};

/** The quantities a cell kind records, states first: quantitiesOf('gru') → ['h', 'update', 'reset', 'candidate']. */
export function quantitiesOf(cell: CellKind): Quantity[] {
  return cell === 'lstm' ? ['h', 'c', ...GATES.lstm] : ['h', ...GATES[cell]];
}

/** The gate a timeline shows when none is chosen: the one that decides what is kept (forget, update), else h. */
export function defaultGate(cell: CellKind): Quantity {
  if (cell === 'lstm') return 'forget';
  return cell === 'gru' ? 'update' : 'h';
}

/** True for gates, whose values lie in [0, 1]; false for the signed states and the candidate. */
export function isGate(quantity: Quantity): boolean {
  return quantity !== 'h' && quantity !== 'c' && quantity !== 'candidate';
}

/** A reader's name for a quantity, e.g. "forget gate f" or "candidate h̃" for a GRU. */
export function quantityLabel(quantity: Quantity, cell: CellKind): string {
  const names: Record<Quantity, string> = {
    h: 'hidden state h',
    c: 'cell state c',
    input: 'input gate i',
    forget: 'forget gate f',
    output: 'output gate o',
    update: 'update gate z',
    reset: 'reset gate r',
    candidate: cell === 'gru' ? 'candidate h̃' : 'candidate c̃'
  };
  return names[quantity];
}

/** Why a layer cannot show a quantity (e.g. 'c' on a GRU), or undefined when it can. */
export function quantityProblem(
  layer: TraceLayer | undefined,
  quantity: Quantity
): string | undefined {
  if (!layer) return 'This trace has no such layer.';
  const available = quantitiesOf(layer.cell);
  if (available.includes(quantity)) return undefined;
  return `A ${layer.cell} layer records no "${quantity}"; choose one of ${available.join(', ')}.`;
}

/** The values of one quantity, steps × units, sharing the trace's arrays (no copy); [] when absent. */
export function quantityValues(layer: TraceLayer, quantity: Quantity): readonly number[][] {
  if (quantity === 'h') return layer.steps.map((step) => step.h);
  if (quantity === 'c') return layer.steps.map((step) => step.c ?? []);
  return layer.steps.map((step) => (step.gates as Record<string, number[]>)[quantity] ?? []);
}

/** The colour scale, its range and its legend label for a quantity's values: gates on [0, 1], the rest symmetric. */
export function quantityScale(
  quantity: Quantity,
  cell: CellKind,
  values: readonly number[][]
): { scale: ColourScale; min: number; max: number; label: string } {
  const label = quantityLabel(quantity, cell);
  if (isGate(quantity)) return { scale: gateScale(), min: 0, max: 1, label };
  const extent = maxAbsOf(values) || 1;
  return { scale: signedScale(extent), min: -extent, max: extent, label };
}

/** The step holding a layer's final state: the last token going forward, the first going backward. */
export function finalStep(layer: TraceLayer): number {
  return layer.direction === 'backward' ? 0 : layer.steps.length - 1;
}

/** The steps where the layer's input was masked (state carried over, gates unused). */
export function maskedSteps(layer: TraceLayer): number[] {
  const steps: number[] = [];
  layer.steps.forEach((step, t) => {
    if (step.masked) steps.push(t);
  });
  return steps;
}

/** A short name for a trace layer, with its direction when the trace has a backward pass: 'lstm_1 (backward)'. */
export function layerLabel(trace: TraceStates, index: number): string {
  const layer = trace.layers[index];
  if (!layer) return `layer ${index}`;
  const twoWay = trace.layers.some((other) => other.direction === 'backward');
  return twoWay ? `${layer.name} (${layer.direction})` : layer.name;
}
