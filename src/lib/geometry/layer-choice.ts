// Which trace layer a view shows, and what "before" and "read so far" mean in that layer's reading direction.
import type { CellKind, Direction, TraceStates, TraceLayer } from '../core/trace/types.js';

/** How a view names its layer: by index, or by name and direction (a Bidirectional layer has two entries). */
export interface LayerChoice {
  /** Index into trace.layers; used when no name is given. */
  layer?: number;
  /** The layer's name in the model; wins over `layer`. */
  name?: string;
  /** With `name`: which half of a Bidirectional layer. */
  direction?: Direction;
}

/** The layer found, or a message saying why none was. */
export type LayerPick =
  { ok: true; index: number; layer: TraceLayer } | { ok: false; message: string };

/** Finds the chosen layer of a trace (the first one when nothing is chosen). */
export function pickLayer(trace: TraceStates, choice: LayerChoice = {}): LayerPick {
  const names = trace.layers.map((layer) => `"${layer.name}" (${layer.direction})`).join(', ');
  if (choice.name !== undefined) {
    const direction = choice.direction ?? 'forward';
    const index = trace.layers.findIndex(
      (layer) => layer.name === choice.name && layer.direction === direction
    );
    const layer = trace.layers[index];
    if (layer) return { ok: true, index, layer };
    return {
      ok: false,
      message: `No layer "${choice.name}" (${direction}) in this trace; it has ${names}.`
    };
  }
  const index = choice.layer ?? 0;
  const layer = trace.layers[index];
  if (layer) return { ok: true, index, layer };
  return {
    ok: false,
    message: `No layer ${index} in this trace; it has ${trace.layers.length}: ${names}.`
  };
}

/** The usual name of a cell kind. */
export function cellName(kind: CellKind): string {
  return kind === 'lstm' ? 'LSTM' : kind === 'gru' ? 'GRU' : 'SimpleRNN';
}

/** A short title for a layer, e.g. 'LSTM "lstm_1", backward, 64 units'. */
export function layerTitle(layer: TraceLayer): string {
  return `${cellName(layer.cell)} "${layer.name}", ${layer.direction}, ${layer.units} unit${layer.units === 1 ? '' : 's'}`;
}

/** The token index whose state fed step t (the one read just before it), or undefined at the start. */
export function previousIndex(direction: Direction, t: number, count: number): number | undefined {
  const previous = direction === 'forward' ? t - 1 : t + 1;
  return previous >= 0 && previous < count ? previous : undefined;
}

/** True when the layer had already read token i by the time it produced its state at token `step`. */
export function hasRead(direction: Direction, i: number, step: number): boolean {
  return direction === 'forward' ? i <= step : i >= step;
}

/** The tokens read to reach the state at `step`, first and last in reading order. */
export function readRange(
  direction: Direction,
  step: number,
  count: number
): { first: number; last: number } {
  return direction === 'forward' ? { first: 0, last: step } : { first: count - 1, last: step };
}
