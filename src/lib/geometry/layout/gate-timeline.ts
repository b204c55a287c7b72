// What GateTimeline draws: the frame, one path per chosen unit, the axes' ticks, the legend and the text alternative.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { TraceToken } from '../../core/trace/types.js';
import type { TableData } from '../table-data.js';
import { displayText } from '../token-strip.js';
import { longestLabel, shortLabel, thinnedTicks } from '../token-ticks.js';
import { seriesStyle, type SeriesStyle } from '../series-style.js';

/** The plot's frame in SVG units and the maps from step and value to x and y. */
export interface TimelineFrame {
  /** Whole SVG width. */
  width: number;
  /** Whole SVG height. */
  height: number;
  /** Plot area. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Width of one step's band (points sit in the middle of their band). */
  band: number;
  /** Value range of the y axis. */
  domain: [number, number];
  /** x of step t. */
  x: (t: number) => number;
  /** y of a value. */
  y: (value: number) => number;
}

/** The y range: [0, 1] for gates, else symmetric around 0 up to the largest |value| of the chosen units (rounded up). */
export function timelineDomain(
  values: readonly (readonly number[])[],
  units: readonly number[],
  gate: boolean
): [number, number] {
  if (gate) return [0, 1];
  let largest = 0;
  for (const row of values)
    for (const u of units) largest = Math.max(largest, Math.abs(row[u] ?? 0));
  const extent = Math.max(0.1, Math.ceil(largest * 10) / 10);
  return [-extent, extent];
}

/** The frame for `steps` steps in `width` SVG units, with room below for token labels up to `labelLength` long. */
export function timelineFrame(
  width: number,
  steps: number,
  domain: [number, number],
  labelLength: number,
  plotHeight = 200
): TimelineFrame {
  const left = 44;
  const right = width - 12;
  const top = 24; // room for the axis title
  const bottom = top + plotHeight;
  const band = (right - left) / Math.max(1, steps);
  const height = bottom + 14 + Math.ceil(labelLength * 4.8);
  const y = scaleLinear().domain(domain).range([bottom, top]);
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    band,
    domain,
    x: (t) => left + (t + 0.5) * band,
    y: (value) => y(value)
  };
}

/** Ticks of the y axis: 0, ½ and 1 for gates, else about five round values. */
export function valueTicks(domain: [number, number]): number[] {
  return scaleLinear()
    .domain(domain)
    .ticks(domain[0] === 0 && domain[1] === 1 ? 2 : 4);
}

/** The token labels of the x axis, thinned so that rotated labels do not overlap. */
export function stepTicks(
  tokens: readonly TraceToken[],
  frame: TimelineFrame
): { step: number; x: number; label: string }[] {
  return thinnedTicks(tokens.length, frame.band, 15).map((step) => ({
    step,
    x: frame.x(step),
    label: shortLabel(tokens[step]?.text ?? '', 10)
  }));
}

/** Longest token label the axis shows (for the frame's bottom margin). */
export function longestTokenLabel(tokens: readonly TraceToken[]): number {
  return longestLabel(tokens.map((token) => shortLabel(token.text, 10)));
}

/** SVG path data of one unit over time; steps where `skip` is true break the line (gates unused at masked steps). */
export function unitPath(
  values: readonly (readonly number[])[],
  unit: number,
  frame: TimelineFrame,
  skip: readonly boolean[] = []
): string {
  const steps = values.map((_, t) => t);
  const path = line<number>()
    .defined((t) => !skip[t])
    .x((t) => Math.round(frame.x(t) * 100) / 100)
    .y((t) => Math.round(frame.y(values[t]![unit] ?? 0) * 100) / 100);
  return path(steps) ?? '';
}

/** One legend entry: the unit, how its line looks, and its value at the current step. */
export interface TimelineKey {
  unit: number;
  style: SeriesStyle;
  value: number | undefined;
}

/** The legend at a step: the i-th chosen unit gets the i-th series style. */
export function timelineKeys(
  values: readonly (readonly number[])[],
  units: readonly number[],
  step: number
): TimelineKey[] {
  return units.map((unit, i) => ({ unit, style: seriesStyle(i), value: values[step]?.[unit] }));
}

/** The timeline's text alternative: what is drawn, each unit's value at the step and its range over the sequence. */
export function describeGateTimeline(
  values: readonly (readonly number[])[],
  units: readonly number[],
  what: string,
  step: number,
  tokens: readonly TraceToken[]
): string {
  if (units.length === 0) return `No units chosen: the timeline of ${what} is empty.`;
  const token = tokens[step];
  const at = values[step];
  const sentences = [
    `Line chart of ${what} over ${values.length} step${values.length === 1 ? '' : 's'} for unit${units.length === 1 ? '' : 's'} ${units.join(', ')}.`
  ];
  if (at) {
    const text = token ? ` "${displayText(token.text)}"` : '';
    sentences.push(
      `At step ${step + 1}${text}: ${units.map((u) => `unit ${u} ${(at[u] ?? 0).toFixed(2)}`).join(', ')}.`
    );
  }
  if (values.length > 1) {
    const ranges = units.map((u) => {
      const series = values.map((row) => row[u] ?? 0);
      return `unit ${u} from ${Math.min(...series).toFixed(2)} to ${Math.max(...series).toFixed(2)}`;
    });
    sentences.push(`Ranges: ${ranges.join('; ')}.`);
  }
  return sentences.join(' ');
}

/** The numbers behind the timeline: one row per step with its token and each chosen unit's value. */
export function timelineTable(
  values: readonly (readonly number[])[],
  units: readonly number[],
  tokens: readonly TraceToken[]
): TableData {
  return {
    columns: ['step', 'token', ...units.map((u) => `unit ${u}`)],
    rows: values.map((row, t) => [
      t + 1,
      displayText(tokens[t]?.text ?? ''),
      ...units.map((u) => Number((row[u] ?? 0).toFixed(4)))
    ])
  };
}
