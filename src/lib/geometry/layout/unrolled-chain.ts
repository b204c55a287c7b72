// The unrolled chain: one cell box per token, the hidden state flowing between them, unit colour strips inside.
import type { TraceLayer, TraceToken } from '../../core/trace/types.js';
import { maxAbsOf, signedScale } from '../colour.js';
import { cellName, hasRead, readRange } from '../layer-choice.js';
import type { TableData } from '../table-data.js';
import { displayText } from '../token-strip.js';
import {
  colourLookup,
  formatValue,
  stripImage,
  stripRendering,
  type Pixels
} from '../unit-strip.js';

/** Sizes of the chain, in SVG units (pixels at 100 %). */
export interface ChainSizes {
  /** Width of one cell box. @default 60 */
  cellWidth: number;
  /** Space between two boxes, where the arrow runs. @default 28 */
  gap: number;
}

/** Default sizes: small enough for four cells on a phone, big enough for a readable token. */
export const CHAIN_SIZES: ChainSizes = { cellWidth: 60, gap: 28 };

/** A horizontal band inside every box. */
export interface Band {
  /** Top of the band. */
  y: number;
  /** Height of the band. */
  height: number;
}

/** One cell of the chain. */
export interface ChainCell {
  /** Token index (the step this cell computed). */
  index: number;
  /** Left edge of the box. */
  x: number;
  /** Centre of the box, where the token is written. */
  centre: number;
  /** Token text, shortened to fit under the box. */
  label: string;
  /** True when the token was shortened. */
  shortened: boolean;
  /** The h strip's picture. */
  h: Pixels;
  /** The c strip's picture (LSTM). */
  c?: Pixels;
  /** True when the step was masked (the state carried over). */
  masked: boolean;
  /** Path of the h arrow leaving this cell towards the next one in reading order ('' for the last). */
  arrow: string;
  /** Path of the conveyor (c) segment leaving this cell ('' when not LSTM or last). */
  conveyor: string;
}

/** Everything the chain draws. */
export interface ChainLayout {
  /** Total width of the drawing. */
  width: number;
  /** Total height of the drawing. */
  height: number;
  /** Top of every box. */
  boxY: number;
  /** Height of every box. */
  boxHeight: number;
  /** Width of every box. */
  cellWidth: number;
  /** Distance from one box to the next. */
  pitch: number;
  /** Where the h strip sits in the box (x inset from the box's left). */
  hBand: Band;
  /** Where the c strip sits (LSTM only). */
  cBand?: Band;
  /** Inset of the strips from the box's sides. */
  inset: number;
  /** Baseline of the token labels. */
  tokenY: number;
  /** Path of the short input arrow from a token up into its box, relative to the box's centre (x = 0). */
  inputArrow: string;
  /** How the strips are scaled. */
  rendering: 'pixelated' | 'auto';
  /** Largest |h| in the layer: the h colour scale runs from −hMax to hMax. */
  hMax: number;
  /** Largest |c| in the layer (0 when there is no c). */
  cMax: number;
  /** The names of the strips, written left of the first cell: h, and c for an LSTM. */
  rowLabels: { text: string; x: number; y: number }[];
  /** One cell per token. */
  cells: ChainCell[];
}

const MARGIN = 12;
// Room left of the first cell for the strips' names.
const GUTTER = 16;
const INSET = 6;
const STRIP = 12;
const HEAD = 5;

function shorten(text: string, maxChars: number): { label: string; shortened: boolean } {
  const shown = displayText(text);
  const chars = [...shown];
  if (chars.length <= maxChars) return { label: shown, shortened: false };
  return { label: `${chars.slice(0, maxChars - 1).join('')}…`, shortened: true };
}

/** A straight arrow along y from x1 to x2 with an open head at x2. */
export function arrowPath(x1: number, x2: number, y: number): string {
  const back = x2 > x1 ? -HEAD : HEAD;
  return `M${x1},${y}H${x2}M${x2 + back},${y - 4}L${x2},${y}L${x2 + back},${y + 4}`;
}

/** Lays the chain out for a layer: positions, strips and arrows (these do not change with the step). */
export function chainLayout(
  tokens: readonly TraceToken[],
  layer: TraceLayer,
  sizes: ChainSizes = CHAIN_SIZES
): ChainLayout {
  const { cellWidth, gap } = sizes;
  const pitch = cellWidth + gap;
  const hasC = layer.cell === 'lstm';
  const boxY = 8;
  const boxHeight = hasC ? 72 : 44;
  const cBand = hasC ? { y: boxY + 10, height: STRIP } : undefined;
  const hBand = { y: boxY + boxHeight - 10 - STRIP, height: STRIP };
  const hMax = maxAbsOf(layer.steps.map((step) => step.h));
  const cMax = hasC ? maxAbsOf(layer.steps.map((step) => step.c ?? [])) : 0;
  const hLookup = colourLookup(signedScale(hMax), hMax);
  const cLookup = hasC ? colourLookup(signedScale(cMax), cMax) : undefined;
  const count = tokens.length;
  const forward = layer.direction === 'forward';
  const maxChars = Math.max(3, Math.floor((cellWidth + gap - 8) / 7));

  const cells = tokens.map((token, index): ChainCell => {
    const step = layer.steps[index];
    const x = GUTTER + MARGIN + index * pitch;
    const hasNext = forward ? index < count - 1 : index > 0;
    const from = forward ? x + cellWidth : x;
    const to = forward ? x + pitch : x - gap;
    const hY = hBand.y + hBand.height / 2;
    return {
      index,
      x,
      centre: x + cellWidth / 2,
      ...shorten(token.text, maxChars),
      h: stripImage(step?.h ?? [], hLookup),
      c: cLookup ? stripImage(step?.c ?? [], cLookup) : undefined,
      masked: step?.masked ?? false,
      arrow: hasNext ? arrowPath(from, to, hY) : '',
      conveyor: hasNext && cBand ? arrowPath(from, to, cBand.y + cBand.height / 2) : ''
    };
  });

  const boxBottom = boxY + boxHeight;
  return {
    width: GUTTER + MARGIN * 2 + Math.max(1, count) * pitch - gap,
    height: boxBottom + 38,
    boxY,
    boxHeight,
    cellWidth,
    pitch,
    hBand,
    cBand,
    inset: INSET,
    tokenY: boxBottom + 30,
    inputArrow: `M0,${boxBottom + 16}V${boxBottom + 2}M-4,${boxBottom + 2 + HEAD}L0,${boxBottom + 2}L4,${boxBottom + 2 + HEAD}`,
    rendering: stripRendering(layer.units, cellWidth - 2 * INSET),
    hMax,
    cMax,
    rowLabels: [
      ...(cBand ? [{ text: 'c', x: GUTTER + 4, y: cBand.y + cBand.height - 2 }] : []),
      { text: 'h', x: GUTTER + 4, y: hBand.y + hBand.height - 2 }
    ],
    cells
  };
}

/** Where a cell stands at the current step: already read, the current one, or not read yet (drawn faded). */
export function cellState(
  direction: TraceLayer['direction'],
  index: number,
  step: number
): 'read' | 'current' | 'pending' {
  if (index === step) return 'current';
  return hasRead(direction, index, step) ? 'read' : 'pending';
}

/**
 * The scroll position that brings [left, left + width) into a view of `viewWidth` with `margin` to spare on each
 * side, moving as little as possible; centred when the margins do not fit (so a margin of viewWidth centres).
 */
export function scrollToShow(
  left: number,
  width: number,
  scrollLeft: number,
  viewWidth: number,
  margin = 16
): number {
  if (viewWidth <= 0) return scrollLeft;
  if (width + 2 * margin >= viewWidth) return Math.max(0, left + width / 2 - viewWidth / 2);
  if (left - margin < scrollLeft) return Math.max(0, left - margin);
  if (left + width + margin > scrollLeft + viewWidth) return left + width + margin - viewWidth;
  return scrollLeft;
}

/** The numbers behind the chain: one row per token with every unit of h (and c). */
export function chainData(tokens: readonly TraceToken[], layer: TraceLayer): TableData {
  const units = Array.from({ length: layer.units }, (_, i) => i);
  const hasC = layer.cell === 'lstm';
  return {
    columns: [
      'step',
      'token',
      ...units.map((i) => `h[${i}]`),
      ...(hasC ? units.map((i) => `c[${i}]`) : [])
    ],
    rows: tokens.map((token, t) => {
      const step = layer.steps[t];
      return [
        t + 1,
        token.text,
        ...units.map((i) => step?.h[i] ?? null),
        ...(hasC ? units.map((i) => step?.c?.[i] ?? null) : [])
      ];
    })
  };
}

function extremes(values: readonly number[]): string {
  let low = 0;
  let high = 0;
  values.forEach((value, i) => {
    if (value < values[low]!) low = i;
    if (value > values[high]!) high = i;
  });
  if (values.length === 0) return 'no units';
  // Units are numbered from 0 everywhere (pickers, heatmap rows, the URL's ?unit=).
  return `from ${formatValue(values[low]!)} (unit ${low}) to ${formatValue(values[high]!)} (unit ${high})`;
}

function quoteTokens(tokens: readonly TraceToken[], first: number, last: number): string {
  const from = Math.min(first, last);
  const to = Math.max(first, last);
  const words = tokens.slice(from, to + 1).map((token) => displayText(token.text));
  if (first > last) words.reverse();
  const shown = words.length > 10 ? [...words.slice(0, 4), '…', ...words.slice(-4)] : words;
  return `"${shown.join(' ')}"`;
}

/** A text alternative for the chain at a step, with the real numbers rounded. */
export function describeUnrolledChain(
  tokens: readonly TraceToken[],
  layer: TraceLayer,
  step: number
): string {
  const count = tokens.length;
  if (count === 0) return 'No tokens.';
  const forward = layer.direction === 'forward';
  const flow = forward ? 'left to right' : 'right to left (this is the backward direction)';
  const lines = [
    `${cellName(layer.cell)} layer "${layer.name}" (${layer.direction}, ${layer.units} units) unrolled over ${count} token${count === 1 ? '' : 's'}: one cell per token, the hidden state h flowing ${flow}${layer.cell === 'lstm' ? ', the cell state c running along the top' : ''}.`
  ];
  const at = layer.steps[step];
  const token = tokens[step];
  if (!at || !token) return lines[0]!;
  const { first, last } = readRange(layer.direction, step, count);
  const read = forward ? `tokens 1 to ${step + 1}` : `tokens ${count} down to ${step + 1}`;
  lines.push(
    `At token ${step + 1} of ${count}, "${displayText(token.text)}", it has read ${read} (${quoteTokens(tokens, first, last)}).`
  );
  lines.push(`h runs ${extremes(at.h)}.`);
  if (at.c) lines.push(`c runs ${extremes(at.c)}.`);
  if (at.masked) lines.push('This token is masked: the state is carried over unchanged.');
  const pending = forward ? count - 1 - step : step;
  if (pending > 0) lines.push(`${pending} cell${pending === 1 ? ' is' : 's are'} not read yet.`);
  return lines.join(' ');
}
