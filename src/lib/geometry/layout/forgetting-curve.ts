// What ForgettingCurve draws: accuracy against distance, one line per model, with chance level.
import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { TableData } from '../table-data.js';
import { seriesStyle, type SeriesStyle } from '../series-style.js';

/** Accuracy of one distance bucket: its name (e.g. '9–16'), accuracy in [0, 1] and number of examples. */
export interface ForgettingBucket {
  name: string;
  accuracy: number;
  n: number;
  /** Lowest and highest accuracy across repeated runs (seeds), when `accuracy` is their median. */
  min?: number;
  max?: number;
}

/** One model's accuracy by distance. */
export interface ForgettingSeries {
  /** Name shown in the legend, e.g. 'LSTM'. */
  label: string;
  /** Cell kind, e.g. 'lstm'. */
  cell: string;
  /** Buckets, shortest distance first. */
  buckets: ForgettingBucket[];
}

/** The part of a shipped model's meta.json this chart reads. */
export interface ForgettingMeta {
  title: string;
  cell: string;
  labels?: readonly string[];
  evaluation: { buckets: ForgettingBucket[] };
}

/** A chart series from a model's meta.json evaluation. */
export function seriesFromMeta(meta: ForgettingMeta): ForgettingSeries {
  return { label: meta.title, cell: meta.cell, buckets: meta.evaluation.buckets };
}

/** Chance accuracy when guessing among `labels` classes uniformly: 1 / labels. */
export function chanceLevel(labels: number): number {
  return labels > 0 ? 1 / labels : 0;
}

/** Every bucket name in the series, in first-seen order. */
export function bucketNames(series: readonly ForgettingSeries[]): string[] {
  const names: string[] = [];
  for (const one of series)
    for (const bucket of one.buckets) if (!names.includes(bucket.name)) names.push(bucket.name);
  return names;
}

/** One model's line, its points and its style. */
export interface ForgettingLine {
  label: string;
  cell: string;
  style: SeriesStyle;
  path: string;
  /** The min–max band across runs as a closed SVG path ('' when the series has no band). */
  band: string;
  points: (ForgettingBucket & { x: number; y: number })[];
}

/** Whether every bucket of a series carries a min–max range across runs. */
export function hasBand(one: ForgettingSeries): boolean {
  return (
    one.buckets.length > 0 && one.buckets.every((b) => b.min !== undefined && b.max !== undefined)
  );
}

/** The chart in SVG units: frame, x of each bucket, y of an accuracy, the lines and the chance level's y. */
export function forgettingLayout(
  series: readonly ForgettingSeries[],
  width: number,
  chance?: number,
  plotHeight = 220
): {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  ticks: { name: string; x: number }[];
  yTicks: { value: number; y: number }[];
  lines: ForgettingLine[];
  chanceY: number | undefined;
} {
  const left = 48;
  const right = width - 12;
  const top = 24;
  const bottom = top + plotHeight;
  const names = bucketNames(series);
  const x = scalePoint<string>().domain(names).range([left, right]).padding(0.4);
  const y = scaleLinear().domain([0, 1]).range([bottom, top]);
  const round = (n: number) => Math.round(n * 100) / 100;
  const lines = series.map((one, i) => {
    const points = one.buckets.map((bucket) => ({
      ...bucket,
      x: round(x(bucket.name) ?? left),
      y: round(y(bucket.accuracy))
    }));
    const path =
      line<{ x: number; y: number }>()
        .x((p) => p.x)
        .y((p) => p.y)(points) ?? '';
    const band = hasBand(one)
      ? (area<ForgettingBucket>()
          .x((b) => round(x(b.name) ?? left))
          .y0((b) => round(y(b.min!)))
          .y1((b) => round(y(b.max!)))(one.buckets) ?? '')
      : '';
    return { label: one.label, cell: one.cell, style: seriesStyle(i), path, band, points };
  });
  return {
    width,
    height: bottom + 44,
    left,
    right,
    top,
    bottom,
    ticks: names.map((name) => ({ name, x: round(x(name) ?? left) })),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, y: round(y(value)) })),
    lines,
    chanceY: chance === undefined ? undefined : round(y(chance))
  };
}

const pct = (value: number) => `${Math.round(value * 100)}%`;

/** The chart's text alternative: chance, and per model its accuracy at the shortest and longest distance and where it nears chance. */
export function describeForgettingCurve(
  series: readonly ForgettingSeries[],
  chance?: number
): string {
  if (series.length === 0) return 'No models to compare.';
  const names = bucketNames(series);
  const sentences = [
    `Accuracy of ${series.length} model${series.length === 1 ? '' : 's'} by distance in tokens between the clue and the prediction, in ${names.length} buckets from ${names[0]} to ${names[names.length - 1]}.`
  ];
  if (chance !== undefined) sentences.push(`Chance level is ${(chance * 100).toFixed(1)}%.`);
  for (const one of series) {
    const first = one.buckets[0];
    const last = one.buckets[one.buckets.length - 1];
    if (!first || !last) continue;
    const range = (b: ForgettingBucket) =>
      b.min !== undefined && b.max !== undefined && pct(b.min) !== pct(b.max)
        ? ` (${pct(b.min)}–${pct(b.max)} across runs)`
        : '';
    const median = hasBand(one) ? ' median' : '';
    let sentence = `${one.label}:${median} ${pct(first.accuracy)}${range(first)} at ${first.name}, ${pct(last.accuracy)}${range(last)} at ${last.name}`;
    const near =
      chance === undefined ? undefined : one.buckets.find((b) => b.accuracy <= chance + 0.05);
    if (near) sentence += `; within 5 points of chance from ${near.name}`;
    sentences.push(`${sentence}.`);
  }
  return sentences.join(' ');
}

/** The numbers behind the chart: one row per bucket, an accuracy and a count column per model (and min, max for a band). */
export function forgettingTable(series: readonly ForgettingSeries[]): TableData {
  const columns = (one: ForgettingSeries) =>
    hasBand(one)
      ? [`${one.label} median`, `${one.label} min`, `${one.label} max`, `${one.label} n`]
      : [`${one.label} accuracy`, `${one.label} n`];
  return {
    columns: ['distance', ...series.flatMap(columns)],
    rows: bucketNames(series).map((name) => [
      name,
      ...series.flatMap((one) => {
        const bucket = one.buckets.find((b) => b.name === name);
        if (!bucket) return columns(one).map(() => null);
        return hasBand(one)
          ? [bucket.accuracy, bucket.min!, bucket.max!, bucket.n]
          : [bucket.accuracy, bucket.n];
      })
    ])
  };
}
