// Summaries of the memory experiment's runs: the median run of a cell, and bands across seeds.
import type { CellKind } from '../trace/types.js';
import type { ExperimentRun, MemoryExperiment, Regime } from './types.js';

/** The bucket the shipped run is chosen on, and the lesson is about: the longest distances. */
export const LONG_BUCKET = '33–40';

/** A run's held-out accuracy on one bucket (NaN when it has none). */
export function heldOutAccuracy(run: ExperimentRun, bucket: string): number {
  return run.heldOut.buckets.find((b) => b.name === bucket)?.accuracy ?? NaN;
}

/** The runs of one cell and regime, by seed. */
export function runsOf(
  experiment: MemoryExperiment,
  cell: CellKind,
  regime: Regime
): ExperimentRun[] {
  return experiment.runs
    .filter((run) => run.cell === cell && run.regime === regime)
    .sort((a, b) => a.seed - b.seed);
}

/**
 * The run with the median accuracy on `bucket` (lower median for an even count; ties broken by
 * the smaller seed), so that what ships is a typical run, not the best or the worst.
 */
export function medianRun(runs: readonly ExperimentRun[], bucket = LONG_BUCKET): ExperimentRun {
  if (runs.length === 0) throw new Error('medianRun needs at least one run.');
  const sorted = [...runs].sort(
    (a, b) => heldOutAccuracy(a, bucket) - heldOutAccuracy(b, bucket) || a.seed - b.seed
  );
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Median, lowest and highest of some numbers. */
export interface Band {
  median: number;
  min: number;
  max: number;
}

/** The band of some numbers (median of an even count: the mean of the middle two). */
export function bandOf(values: readonly number[]): Band {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? sorted[Math.floor(middle)]!
      : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

/** Held-out accuracy per bucket across seeds: one band per bucket, in bucket order. */
export function heldOutBands(runs: readonly ExperimentRun[]): (Band & { name: string })[] {
  const names = runs[0]?.heldOut.buckets.map((bucket) => bucket.name) ?? [];
  return names.map((name) => ({
    name,
    ...bandOf(runs.map((run) => heldOutAccuracy(run, name)))
  }));
}
