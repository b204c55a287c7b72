// What LearningCurveHeatmap draws: one grid per run, epochs across and distance buckets up, coloured by accuracy.
import { scaleBand } from 'd3-scale';
import type { TableData } from '../table-data.js';
import type { LearningCurve } from './memory-experiment.js';

/** One square of the grid. */
export interface HeatCell {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  epoch: number;
  bucket: string;
  accuracy: number;
}

/** One run's grid in SVG units: its squares, the bucket labels on the left and a few epoch ticks below. */
export function learningHeatmapLayout(
  curve: LearningCurve,
  width: number,
  rowHeight = 18
): {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  cells: HeatCell[];
  rows: { name: string; y: number }[];
  columns: { epoch: number; x: number }[];
} {
  const left = 48;
  const right = width - 8;
  const top = 4;
  const bottom = top + rowHeight * curve.buckets.length;
  const x = scaleBand<number>().domain(curve.epochs).range([left, right]).paddingInner(0.06);
  // Longest distance on top, so that "further" reads as "higher", as on the forgetting curve's x axis turned up.
  const y = scaleBand<string>()
    .domain([...curve.buckets].reverse())
    .range([top, bottom])
    .paddingInner(0.08);
  const round = (n: number) => Math.round(n * 100) / 100;
  const cells = curve.epochs.flatMap((epoch, e) =>
    curve.buckets.map((bucket, b) => ({
      key: `${epoch}:${bucket}`,
      x: round(x(epoch) ?? left),
      y: round(y(bucket) ?? top),
      width: round(x.bandwidth()),
      height: round(y.bandwidth()),
      epoch,
      bucket,
      accuracy: curve.accuracy[e]?.[b] ?? NaN
    }))
  );
  // Label the first epoch, the last, and about every fifth in between, whatever the width.
  const every = Math.max(1, Math.ceil(curve.epochs.length / 5));
  const columns = curve.epochs
    .filter((epoch, e) => e === 0 || e === curve.epochs.length - 1 || (e + 1) % every === 0)
    .map((epoch) => ({ epoch, x: round((x(epoch) ?? left) + x.bandwidth() / 2) }));
  return {
    width,
    height: bottom + 34,
    left,
    right,
    top,
    bottom,
    cells,
    rows: curve.buckets.map((name) => ({ name, y: round((y(name) ?? top) + y.bandwidth() / 2) })),
    columns
  };
}

/** The numbers behind the grids: one row per run and epoch, one accuracy column per bucket. */
export function learningHeatmapTable(curves: readonly LearningCurve[]): TableData {
  const buckets = curves[0]?.buckets ?? [];
  return {
    columns: ['cell', 'seed', 'epoch', ...buckets.map((name) => `accuracy ${name}`)],
    rows: curves.flatMap((curve) =>
      curve.epochs.map((epoch, e) => [
        curve.label,
        curve.seed,
        epoch,
        ...buckets.map((_, b) => curve.accuracy[e]?.[b] ?? null)
      ])
    )
  };
}

const pct = (value: number) => `${Math.round(value * 100)}%`;

/** The first epoch whose accuracy on bucket index `b` reaches `level`, if any. */
export function firstEpochAt(curve: LearningCurve, b: number, level: number): number | undefined {
  const e = curve.accuracy.findIndex((row) => (row[b] ?? NaN) >= level);
  return e < 0 ? undefined : curve.epochs[e];
}

/** The grids' text alternative: per run, where the shortest and longest buckets start and end, and when they reach 90%. */
export function describeLearningHeatmap(curves: readonly LearningCurve[]): string {
  if (curves.length === 0) return 'No learning curves to show.';
  const sentences = curves.map((curve) => {
    const last = curve.accuracy.length - 1;
    const parts = [0, curve.buckets.length - 1].map((b) => {
      const reached = firstEpochAt(curve, b, 0.9);
      return `at ${curve.buckets[b]} ${pct(curve.accuracy[0]?.[b] ?? NaN)} after epoch ${curve.epochs[0]} and ${pct(curve.accuracy[last]?.[b] ?? NaN)} after epoch ${curve.epochs[last]}, ${reached === undefined ? 'never reaching 90%' : `reaching 90% in epoch ${reached}`}`;
    });
    return `${curve.label}, seed ${curve.seed}: ${parts.join('; ')}.`;
  });
  return `Validation accuracy after each epoch by distance bucket, darker for lower. ${sentences.join(' ')}`;
}
