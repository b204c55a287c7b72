// One recurrent cell at one step: h_{t−1} in from the side, x_t in from below, h_t out, with the live numbers.
import type { TraceLayer, TraceToken } from '../../core/trace/types.js';
import { maxAbsOf, signedScale } from '../colour.js';
import { cellName, previousIndex } from '../layer-choice.js';
import type { TableData } from '../table-data.js';
import { displayText } from '../token-strip.js';
import {
  colourLookup,
  formatValue,
  stripImage,
  stripRendering,
  type Pixels
} from '../unit-strip.js';

/** A label with a subscript, like h with t−1. */
export interface Subscripted {
  /** The letter. */
  base: string;
  /** The subscript. */
  sub: string;
}

/** One vector of the diagram: its strip, its first numbers, or a note when there is nothing to draw. */
export interface VectorView {
  /** Its name, e.g. h with subscript t−1. */
  label: Subscripted;
  /** Left edge of the strip. */
  x: number;
  /** Top of the strip. */
  y: number;
  /** Width of the strip. */
  width: number;
  /** Height of the strip. */
  height: number;
  /** The strip's picture; absent when the vector is not in the trace. */
  image?: Pixels;
  /** How the strip is scaled. */
  rendering: 'pixelated' | 'auto';
  /** The first units' values, one line each, e.g. "1: −0.80". */
  rows: { y: number; text: string }[];
  /** A line shown instead of (or after) the numbers, e.g. "initial state: zeros". */
  note?: string;
  /** Baseline of the note. */
  noteY: number;
}

/** Everything RnnCell draws at one step. */
export interface RnnCellLayout {
  /** Width of the drawing. */
  width: number;
  /** Height of the drawing. */
  height: number;
  /** The cell box. */
  box: { x: number; y: number; width: number; height: number };
  /** Big text in the box: the activation for a SimpleRNN, else the cell's name. */
  boxTitle: string;
  /** Small text under it: what the box computes. */
  boxDetail: string;
  /** True when the step was masked. */
  masked: boolean;
  /** h from the step before, in reading order. */
  previous: VectorView;
  /** x_t, the input. */
  input: VectorView;
  /** h_t, the new state. */
  output: VectorView;
  /** Arrows from the inputs to the box and from the box to h_t. */
  arrows: string[];
  /** Largest |h| in the layer (scale of both h strips). */
  hMax: number;
  /** Largest |x| in the layer (0 when x is not recorded). */
  xMax: number;
}

const WIDTH = 400;
const STRIP_WIDTH = 120;
const STRIP_HEIGHT = 14;
const ROW = 14;
const HEAD = 5;

function rowsOf(values: readonly number[] | undefined, shown: number, top: number) {
  if (!values) return [];
  const rows = values
    .slice(0, shown)
    .map((value, i) => ({ y: top + i * ROW, text: `${i}: ${formatValue(value)}` }));
  if (values.length > shown) {
    rows.push({ y: top + rows.length * ROW, text: `… ${values.length - shown} more` });
  }
  return rows;
}

function vector(
  label: Subscripted,
  x: number,
  y: number,
  values: readonly number[] | undefined,
  max: number,
  shown: number,
  note?: string
): VectorView {
  const rows = rowsOf(values, shown, y + STRIP_HEIGHT + 16);
  return {
    label,
    x,
    y,
    width: STRIP_WIDTH,
    height: STRIP_HEIGHT,
    image: values ? stripImage(values, colourLookup(signedScale(max), max)) : undefined,
    rendering: stripRendering(values?.length ?? 0, STRIP_WIDTH),
    rows,
    note,
    noteY: y + STRIP_HEIGHT + 16 + rows.length * ROW
  };
}

function arrow(points: [number, number][]): string {
  const [last, beforeLast] = [points.at(-1)!, points.at(-2)!];
  const dx = Math.sign(last[0] - beforeLast[0]);
  const dy = Math.sign(last[1] - beforeLast[1]);
  const line = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('');
  // The head: two short strokes back from the tip, at right angles to each other.
  const [x, y] = last;
  const a = [x - dx * HEAD - dy * 4, y - dy * HEAD - dx * 4];
  const b = [x - dx * HEAD + dy * 4, y - dy * HEAD + dx * 4];
  return `${line}M${a[0]},${a[1]}L${x},${y}L${b[0]},${b[1]}`;
}

/** Lays out the cell at token `step` of a layer; `shown` is how many units' numbers are written out. */
export function rnnCellLayout(
  tokens: readonly TraceToken[],
  layer: TraceLayer,
  step: number,
  shown = 3
): RnnCellLayout {
  const count = tokens.length;
  const at = layer.steps[step];
  const before = previousIndex(layer.direction, step, count);
  const hMax = maxAbsOf(layer.steps.map((s) => s.h));
  const xMax = maxAbsOf(layer.steps.map((s) => s.x ?? []));
  const box = { x: 150, y: 26, width: 100, height: 70 };
  const stripY = box.y + box.height / 2 - STRIP_HEIGHT / 2;
  const inputY = box.y + box.height + 56;
  const forward = layer.direction === 'forward';
  // Going backward the state arrives from the right and leaves to the left, as in the unrolled chain.
  const [prevX, outX] = forward ? [8, WIDTH - 8 - STRIP_WIDTH] : [WIDTH - 8 - STRIP_WIDTH, 8];
  const prevLabel = { base: 'h', sub: forward ? 't−1' : 't+1' };
  const previous =
    before === undefined
      ? vector(prevLabel, prevX, stripY, undefined, hMax, shown, 'initial state (zeros)')
      : vector(prevLabel, prevX, stripY, layer.steps[before]?.h, hMax, shown);
  const input = vector(
    { base: 'x', sub: 't' },
    box.x + box.width / 2 - STRIP_WIDTH / 2,
    inputY,
    at?.x,
    xMax,
    shown,
    at && !at.x ? 'not recorded in this trace' : undefined
  );
  const output = vector({ base: 'h', sub: 't' }, outX, stripY, at?.h, hMax, shown);
  const midY = box.y + box.height / 2;
  const cx = box.x + box.width / 2;
  const lowest = Math.max(
    previous.noteY,
    output.noteY,
    input.noteY + (input.note ? ROW : 0),
    inputY + 40
  );
  return {
    width: WIDTH,
    height: lowest + 4,
    box,
    boxTitle: layer.cell === 'simple_rnn' ? (layer.activation ?? 'tanh') : cellName(layer.cell),
    boxDetail: layer.cell === 'simple_rnn' ? 'W·x + U·h + b' : 'gates inside',
    masked: at?.masked ?? false,
    previous,
    input,
    output,
    arrows: [
      forward
        ? arrow([
            [previous.x + STRIP_WIDTH + 4, midY],
            [box.x - 2, midY]
          ])
        : arrow([
            [previous.x - 4, midY],
            [box.x + box.width + 2, midY]
          ]),
      arrow([
        [cx, inputY - 18],
        [cx, box.y + box.height + 2]
      ]),
      forward
        ? arrow([
            [box.x + box.width + 2, midY],
            [output.x - 4, midY]
          ])
        : arrow([
            [box.x - 2, midY],
            [output.x + STRIP_WIDTH + 4, midY]
          ])
    ],
    hMax,
    xMax
  };
}

/** The numbers at one step, one row per unit: x_t (when recorded), the previous h and h_t. */
export function rnnCellData(
  tokens: readonly TraceToken[],
  layer: TraceLayer,
  step: number
): TableData {
  const at = layer.steps[step];
  const before = previousIndex(layer.direction, step, tokens.length);
  const previous = before === undefined ? undefined : layer.steps[before]?.h;
  const prev = layer.direction === 'forward' ? 'h[t-1]' : 'h[t+1]';
  const rows = Math.max(layer.units, at?.x?.length ?? 0);
  return {
    columns: ['unit', ...(at?.x ? ['x[t]'] : []), prev, 'h[t]'],
    // Units are numbered from 0, as in every other figure and the URL's ?unit=.
    rows: Array.from({ length: rows }, (_, i) => [
      i,
      ...(at?.x ? [at.x[i] ?? null] : []),
      previous?.[i] ?? null,
      at?.h[i] ?? null
    ])
  };
}

function meanAbsChange(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0) return 0;
  return a.reduce((sum, value, i) => sum + Math.abs(value - (b[i] ?? 0)), 0) / a.length;
}

/** A text alternative for the cell at a step, with the real numbers rounded. */
export function describeRnnCell(
  tokens: readonly TraceToken[],
  layer: TraceLayer,
  step: number,
  shown = 3
): string {
  const at = layer.steps[step];
  const token = tokens[step];
  if (!at || !token) return 'No step to show.';
  const count = tokens.length;
  const before = previousIndex(layer.direction, step, count);
  const prev = layer.direction === 'forward' ? 'h(t−1)' : 'h(t+1)';
  const first = (values: readonly number[]) =>
    values.slice(0, shown).map(formatValue).join(', ') +
    (values.length > shown ? `, and ${values.length - shown} more` : '');
  const cell =
    layer.cell === 'simple_rnn'
      ? `h(t) = ${layer.activation ?? 'tanh'}(W·x(t) + U·${prev} + b)`
      : `the ${cellName(layer.cell)} cell (its gates are not shown here)`;
  const lines = [
    `Token ${step + 1} of ${count}, "${displayText(token.text)}", in ${cellName(layer.cell)} layer "${layer.name}" (${layer.direction}, ${layer.units} units).`,
    at.x
      ? `Input x(t), ${at.x.length} numbers: ${first(at.x)}.`
      : 'The input x(t) is not recorded in this trace.',
    before === undefined
      ? `The previous state ${prev} is the initial state (zeros).`
      : `Previous state ${prev}: ${first(layer.steps[before]?.h ?? [])}.`,
    `They go through ${cell} to give h(t): ${first(at.h)}.`
  ];
  const previous = before === undefined ? undefined : layer.steps[before]?.h;
  if (previous) {
    lines.push(`h changed by ${formatValue(meanAbsChange(at.h, previous))} per unit on average.`);
  }
  if (at.masked) lines.push('This token is masked: h(t) is h carried over unchanged.');
  return lines.join(' ');
}
