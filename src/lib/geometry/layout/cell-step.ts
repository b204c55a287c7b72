// The numbers of one step of a gated cell that diagrams and equations share: the state before, means, formats.
import { format } from 'd3-format';
import type { CellKind, Direction, Trace, TraceLayer } from '../../core/trace/types.js';
import {
  cellName,
  pickLayer,
  previousIndex,
  type LayerChoice,
  type LayerPick
} from '../layer-choice.js';

const fixedFormats = new Map<number, (value: number) => string>();

/** A number with `digits` decimals and a true minus sign (−), never "−0.00". */
export function fixed(value: number, digits = 2): string {
  let formatter = fixedFormats.get(digits);
  if (!formatter) fixedFormats.set(digits, (formatter = format(`.${digits}f`)));
  return formatter(value);
}

/** A fraction as a whole percentage: 0.834 → "83%". */
export const percent = format('.0%');

/** The mean of some numbers; 0 for none. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The smallest and the largest of some numbers; [0, 0] for none. */
export function extentOf(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 0];
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of values) {
    lo = Math.min(lo, value);
    hi = Math.max(hi, value);
  }
  return [lo, hi];
}

/** The step index clamped into a layer's steps (0 for an empty layer). */
export function clampStep(step: number, count: number): number {
  return Math.min(Math.max(0, count - 1), Math.max(0, Math.round(step)));
}

/** How the step before is written as a subscript: t−1 reading forward, t+1 reading backward. */
export function beforeSubscript(direction: Direction): 't−1' | 't+1' {
  return direction === 'forward' ? 't−1' : 't+1';
}

/**
 * The state a layer held before step t in its reading order: the previous step's h (and c), or zeros at the start,
 * the initial state unrolled's traces start from.
 */
export function stateBefore(layer: TraceLayer, t: number): { h: number[]; c: number[] } {
  const previous = previousIndex(layer.direction, t, layer.steps.length);
  const step = previous === undefined ? undefined : layer.steps[previous];
  const zeros = () => new Array<number>(layer.units).fill(0);
  return { h: step ? step.h : zeros(), c: step?.c ?? zeros() };
}

/**
 * The layer a single-cell view draws: the chosen one, or by default the trace's first layer of that cell kind.
 * Fails with a reader's message when the choice is missing or of another kind.
 */
export function pickCellLayer(
  trace: Trace,
  choice: LayerChoice,
  kinds: readonly CellKind[]
): LayerPick {
  const chosen = choice.name !== undefined || choice.layer !== undefined;
  const first = trace.layers.findIndex((layer) => kinds.includes(layer.cell));
  const pick = pickLayer(trace, chosen ? choice : { layer: Math.max(0, first) });
  if (!pick.ok || kinds.includes(pick.layer.cell)) return pick;
  const wanted = kinds.map(cellName).join(' or ');
  return {
    ok: false,
    message: `Layer "${pick.layer.name}" is ${pick.layer.cell === 'lstm' ? 'an' : 'a'} ${cellName(pick.layer.cell)} layer; this view draws ${wanted} layers.`
  };
}

/** A token's text in curly quotes, for prose: “Ireland”. */
export function quote(text: string): string {
  return `“${text}”`;
}

/** The text of the token at step t, quoted for prose. */
export function quotedToken(trace: Trace, t: number): string {
  return quote(trace.tokens[t]?.text ?? '');
}
