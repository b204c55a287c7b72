// What GradientFlow draws: a gradient's norm against steps back from the answer, on a log scale, one line per model.
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { seriesStyle, type SeriesStyle } from '../series-style.js';
import type { TableData } from '../table-data.js';
import { formatNorm } from '../format-norm.js';

/** One model's gradient norms: values[k] is the norm k steps back from the answer (k = 0: the last token). */
export interface GradientSeries {
  /** Legend label, e.g. 'LSTM, trained'. */
  label: string;
  /** Norms by steps back; 0 where the gradient is exactly zero (drawn as a gap). */
  values: number[];
}

/** One line of the chart. */
export interface GradientLine {
  label: string;
  style: SeriesStyle;
  path: string;
  points: { back: number; value: number; x: number; y: number }[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The decades the values span, as [lowest power of ten, highest]; [1e-3, 1] when nothing is positive. */
export function decades(series: readonly GradientSeries[]): [number, number] {
  const positive = series.flatMap((one) => one.values.filter((v) => v > 0 && Number.isFinite(v)));
  if (positive.length === 0) return [1e-3, 1];
  const low = Math.floor(Math.log10(Math.min(...positive)));
  const high = Math.ceil(Math.log10(Math.max(...positive)));
  return [10 ** low, 10 ** Math.max(high, low + 1)];
}

/** The chart in SVG units: x by steps back (0 at the right, by the answer), y on a log scale of the norm. */
export function gradientFlowLayout(
  series: readonly GradientSeries[],
  width: number,
  plotHeight = 220
) {
  const left = 56;
  const right = width - 16;
  const top = 24;
  const bottom = top + plotHeight;
  const longest = Math.max(1, ...series.map((one) => one.values.length));
  const x = scaleLinear()
    .domain([longest - 1, 0])
    .range([left, right]);
  const domain = decades(series);
  const y = scaleLog().domain(domain).range([bottom, top]);
  const lines: GradientLine[] = series.map((one, i) => {
    const points = one.values.map((value, back) => ({
      back,
      value,
      x: round(x(back)),
      y: value > 0 ? round(y(value)) : bottom
    }));
    const path =
      line<(typeof points)[number]>()
        .defined((p) => p.value > 0)
        .x((p) => p.x)
        .y((p) => p.y)(points) ?? '';
    return {
      label: one.label,
      style: seriesStyle(i),
      path,
      points: points.filter((p) => p.value > 0)
    };
  });
  const step = Math.max(1, Math.ceil((longest - 1) / 10));
  const ticks = Array.from({ length: Math.floor((longest - 1) / step) + 1 }, (_, i) => i * step);
  const low = Math.log10(domain[0]);
  const high = Math.log10(domain[1]);
  const every = Math.max(1, Math.ceil((high - low) / 6));
  const yTicks: { value: number; y: number }[] = [];
  for (let p = low; p <= high; p += every) yTicks.push({ value: 10 ** p, y: round(y(10 ** p)) });
  return {
    width,
    height: bottom + 44,
    left,
    right,
    top,
    bottom,
    ticks: ticks.map((back) => ({ back, x: round(x(back)) })),
    yTicks,
    lines
  };
}

/** The text alternative: per model, the norm at the answer and at the furthest step, and the factor between. */
export function describeGradientFlow(series: readonly GradientSeries[], quantity: string): string {
  if (series.length === 0) return 'No gradients to show.';
  const sentences = [
    `${quantity} against steps back from the answer, on a log scale, for ${series.map((one) => one.label).join(', ')}.`
  ];
  for (const one of series) {
    const last = one.values.length - 1;
    const near = one.values[0] ?? 0;
    const far = one.values[last] ?? 0;
    let change = '';
    if (near > 0 && far > 0) {
      const factor = far / near;
      change =
        factor < 1
          ? `: ${formatNorm(1 / factor)} times smaller`
          : `: ${formatNorm(factor)} times larger`;
    }
    sentences.push(
      `${one.label}: ${formatNorm(near)} at the last token, ${formatNorm(far)} ${last} steps back${change}.`
    );
  }
  return sentences.join(' ');
}

/** The numbers behind the chart: one row per step back, a column per model (and the token, when known). */
export function gradientFlowTable(
  series: readonly GradientSeries[],
  tokens?: readonly string[]
): TableData {
  const longest = Math.max(0, ...series.map((one) => one.values.length));
  return {
    columns: ['steps back', ...(tokens ? ['token'] : []), ...series.map((one) => one.label)],
    rows: Array.from({ length: longest }, (_, back) => [
      back,
      ...(tokens ? [tokens[tokens.length - 1 - back] ?? null] : []),
      ...series.map((one) => one.values[back] ?? null)
    ])
  };
}
