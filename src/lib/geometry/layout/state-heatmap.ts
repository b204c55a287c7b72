// What StateHeatmap draws: the canvas size, the cells as RGBA pixels (one per unit × step), hit tests, the readout
// and the text alternative. Pure: the component only copies these onto a canvas.
import { rgb } from 'd3-color';
import type { TraceToken } from '../../core/trace/types.js';
import type { TableData } from '../table-data.js';
import type { ColourScale } from '../colour.js';
import { longestLabel } from '../token-ticks.js';
import { displayText } from '../token-strip.js';
import { unitChange, type UnitSort } from '../unit-order.js';

/** Size of the heatmap's plot in CSS pixels and of one cell. */
export interface HeatmapSize {
  /** Width of one step's column. */
  cellWidth: number;
  /** Height of one unit's row. */
  cellHeight: number;
  /** Plot width (steps × cellWidth). */
  width: number;
  /** Plot height (units × cellHeight). */
  height: number;
}

/**
 * The plot size: columns share `available` width but are never narrower than `minColumn` (the figure scrolls
 * instead) nor wider than `maxColumn`; rows are `rowHeight` tall, or by default tall enough for a ~400 px plot, between 2 and 20 px.
 */
export function heatmapSize(
  units: number,
  steps: number,
  available: number,
  rowHeight?: number,
  minColumn = 3,
  maxColumn = 64
): HeatmapSize {
  const cellWidth = Math.min(
    maxColumn,
    Math.max(minColumn, steps > 0 ? available / steps : minColumn)
  );
  const cellHeight = rowHeight ?? Math.min(20, Math.max(2, Math.floor(400 / Math.max(1, units))));
  return { cellWidth, cellHeight, width: cellWidth * steps, height: cellHeight * units };
}

/** Width of the unit labels left of the plot, CSS px. */
export const HEATMAP_AXIS = 40;
// Room around the plot for its focus ring, CSS px on each side: the heatmap's scroll box has this padding.
const PAD = 6;

/** The width the plot may take in a box `boxWidth` wide: less the unit labels and the focus ring's room, at least 60 px. */
export function plotRoom(boxWidth: number): number {
  return Math.max(60, boxWidth - HEATMAP_AXIS - 2 * PAD);
}

/** Height in em of an axis of `labels` set on end: about 0.62 em a character (monospace) plus the gap above. */
export function tokenAxisHeight(labels: readonly string[]): number {
  return 0.62 * longestLabel(labels) + 0.8;
}

/** A lookup table of `size` RGBA colours spanning [min, max] of a scale, so pixels need no colour parsing. */
export function colourTable(
  scale: ColourScale,
  min: number,
  max: number,
  size = 256
): Uint8ClampedArray {
  const table = new Uint8ClampedArray(size * 4);
  for (let i = 0; i < size; i++) {
    const { r, g, b } = rgb(scale(min + ((max - min) * i) / (size - 1)));
    table.set([r, g, b, 255], i * 4);
  }
  return table;
}

/**
 * The heatmap as an image one pixel per cell: `steps` wide, one row per unit in `order`, RGBA from `table`
 * (built for [min, max]; values outside are clamped).
 */
export function heatmapPixels(
  values: readonly (readonly number[])[],
  order: readonly number[],
  table: Uint8ClampedArray,
  min: number,
  max: number
): Uint8ClampedArray<ArrayBuffer> {
  const steps = values.length;
  const pixels = new Uint8ClampedArray(steps * order.length * 4);
  const last = table.length / 4 - 1;
  const span = max - min || 1;
  // Plain indexed copies: this loop runs for every cell of a 256 × 500 heatmap on each new trace.
  order.forEach((unit, row) => {
    for (let t = 0; t < steps; t++) {
      const value = values[t]![unit] ?? 0;
      const from = Math.round(Math.min(1, Math.max(0, (value - min) / span)) * last) * 4;
      const to = (row * steps + t) * 4;
      pixels[to] = table[from]!;
      pixels[to + 1] = table[from + 1]!;
      pixels[to + 2] = table[from + 2]!;
      pixels[to + 3] = table[from + 3]!;
    }
  });
  return pixels;
}

/** The cell under a point of the plot (CSS pixels from its top left), or undefined outside. */
export function cellAt(
  x: number,
  y: number,
  size: HeatmapSize,
  steps: number,
  units: number
): { step: number; row: number } | undefined {
  const step = Math.floor(x / size.cellWidth);
  const row = Math.floor(y / size.cellHeight);
  if (x < 0 || y < 0 || step >= steps || row >= units) return undefined;
  return { step, row };
}

/** Moves a selected cell with a key: ←/→ steps, ↑/↓ rows, Home/End first/last step, PageUp/PageDown 10 rows. */
export function moveCell(
  key: string,
  cell: { step: number; row: number },
  steps: number,
  units: number
): { step: number; row: number } | undefined {
  const clamp = (value: number, count: number) => Math.min(count - 1, Math.max(0, value));
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
    PageUp: [0, -10],
    PageDown: [0, 10]
  };
  if (key === 'Home') return { step: 0, row: cell.row };
  if (key === 'End') return { step: steps - 1, row: cell.row };
  const move = moves[key];
  if (!move || steps === 0 || units === 0) return undefined;
  return { step: clamp(cell.step + move[0], steps), row: clamp(cell.row + move[1], units) };
}

/** The sentence a reader hears for one cell: 'unit 12, step 4 "Ireland": 0.83'. */
export function cellReadout(
  unit: number,
  step: number,
  token: TraceToken | undefined,
  value: number | undefined,
  masked = false
): string {
  const text = token ? ` "${displayText(token.text)}"` : '';
  const shown = value === undefined ? 'no value' : value.toFixed(2);
  return `unit ${unit}, step ${step + 1}${text}: ${shown}${masked ? ' (masked step)' : ''}`;
}

const SORT_NAMES: Record<UnitSort, string> = {
  index: 'by unit number',
  change: 'by total change over time, most first',
  final: 'by final value, highest first',
  mean: 'by mean value, highest first'
};

/** What the heatmap shows as a whole: the quantity, its size, the sort, and which units change most and least. */
export function heatmapSummary(
  values: readonly (readonly number[])[],
  units: number,
  what: string,
  sort: UnitSort,
  masked: readonly number[] = []
): string {
  const steps = values.length;
  const sentences = [
    `Heatmap of ${what}: ${units} unit${units === 1 ? '' : 's'} (rows, ${SORT_NAMES[sort]}) × ${steps} step${steps === 1 ? '' : 's'} (columns).`
  ];
  if (steps > 1 && units > 0) {
    const change = unitChange(values, units);
    const ranked = change.map((_, u) => u).sort((a, b) => change[b]! - change[a]! || a - b);
    const top = ranked.slice(0, Math.min(3, units));
    sentences.push(
      `Units that change most over the sequence: ${top.map((u) => `${u} (total change ${change[u]!.toFixed(2)})`).join(', ')}.`
    );
    const least = ranked[ranked.length - 1]!;
    if (units > 3) sentences.push(`Least: unit ${least} (${change[least]!.toFixed(2)}).`);
  }
  if (masked.length > 0)
    sentences.push(
      `Masked steps (state carried over, gates unused): ${masked.map((t) => t + 1).join(', ')}.`
    );
  return sentences.join(' ');
}

/** What the heatmap shows at one step: its token and the units with the highest and lowest values there. */
export function heatmapStepSentence(
  values: readonly (readonly number[])[],
  units: number,
  step: number,
  token: TraceToken | undefined
): string {
  const row = values[step];
  if (!row || units === 0) return '';
  let high = 0;
  let low = 0;
  for (let u = 1; u < units; u++) {
    if (row[u]! > row[high]!) high = u;
    if (row[u]! < row[low]!) low = u;
  }
  const text = token ? ` "${displayText(token.text)}"` : '';
  return `At step ${step + 1}${text}: highest unit ${high} (${row[high]!.toFixed(2)}), lowest unit ${low} (${row[low]!.toFixed(2)}).`;
}

/** The heatmap's numbers as a table: one row per unit in display order, one column per step. */
export function heatmapTable(
  values: readonly (readonly number[])[],
  order: readonly number[],
  tokens: readonly TraceToken[]
): TableData {
  return {
    columns: ['unit', ...tokens.map((token, t) => `${t + 1} ${displayText(token.text)}`)],
    rows: order.map((unit) => [unit, ...values.map((row) => Number((row[unit] ?? 0).toFixed(4)))])
  };
}
