// The numbers of one step of a gated cell that diagrams and equations share: the state before, means, formats.
import { format } from 'd3-format';
import type {
  CellKind,
  Direction,
  Gates,
  TraceStates,
  TraceLayer,
  TraceStep
} from '../../core/trace/types.js';
import type { TableData } from '../table-data.js';
import {
  cellName,
  layerTitle,
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
  trace: TraceStates,
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
export function quotedToken(trace: TraceStates, t: number): string {
  return quote(trace.tokens[t]?.text ?? '');
}

/** Where a gated cell's step is and what it read: the fields an LSTM step and a GRU step both start with. */
export interface StepPlace {
  /** The step (token index). */
  t: number;
  /** Number of steps. */
  count: number;
  /** The token's text. */
  token: string;
  /** True when the step was masked (its gates computed but not used). */
  masked: boolean;
  /** How the step before is written: t−1 forward, t+1 backward. */
  before: 't−1' | 't+1';
}

/** Step `step` of a layer (clamped into it): its place, its record and its gates, any of them possibly missing. */
export function stepAt<G extends Gates>(
  trace: TraceStates,
  layer: TraceLayer,
  step: number
): { place: StepPlace; at: TraceStep | undefined; gates: Partial<G> } {
  const t = clampStep(step, layer.steps.length);
  const at = layer.steps[t];
  const place: StepPlace = {
    t,
    count: layer.steps.length,
    token: trace.tokens[t]?.text ?? '',
    masked: at?.masked ?? false,
    before: beforeSubscript(layer.direction)
  };
  return { place, at, gates: (at?.gates ?? {}) as Partial<G> };
}

/**
 * One unit's number from each of a step's lists (0 where a list is short), or undefined when the step has no such unit
 * (a focused unit the layer does not have is ignored).
 */
export function unitValues<K extends string>(
  step: { h: readonly number[] },
  unit: number | undefined,
  lists: Readonly<Record<K, readonly number[]>>
): Record<K, number> | undefined {
  if (unit === undefined || !(unit >= 0 && unit < step.h.length)) return undefined;
  const values = {} as Record<K, number>;
  for (const key of Object.keys(lists) as K[]) values[key] = lists[key][unit] ?? 0;
  return values;
}

/**
 * A gated cell's one-paragraph text alternative: the layer and step, the sentences about its parts, a note when the
 * step was masked, and the focused unit's numbers when there are any.
 */
export function describeStep(
  trace: TraceStates,
  layer: TraceLayer,
  step: StepPlace,
  sentences: readonly string[],
  unitSentence?: string
): string {
  const parts = [
    `${layerTitle(layer)}, step ${step.t + 1} of ${step.count} (${quotedToken(trace, step.t)}):`,
    ...sentences
  ];
  if (step.masked) parts.push('This step was masked: the state carried over unchanged.');
  if (unitSentence !== undefined) parts.push(unitSentence);
  return parts.join(' ');
}

/** A step's numbers as a table, one row per unit of h: the unit, then every named column's value for it. */
export function unitTable(
  h: readonly number[],
  columns: Readonly<Record<string, readonly number[]>>
): TableData {
  const lists = Object.values(columns);
  return {
    columns: ['unit', ...Object.keys(columns)],
    rows: h.map((_, unit) => [unit, ...lists.map((list) => list[unit] ?? null)])
  };
}
