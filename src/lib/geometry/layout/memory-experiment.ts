// The memory experiment's results as its figures draw them: bands across seeds per cell, and each run's
// learning curve by distance.
import type { CellKind } from '../../core/trace/types.js';
import type { MemoryExperiment, Regime } from '../../core/experiment/types.js';
import { heldOutBands, runsOf } from '../../core/experiment/summary.js';
import type { ForgettingSeries } from './forgetting-curve.js';

/** How the figures name each cell. */
export const CELL_TITLES: Record<CellKind, string> = {
  simple_rnn: 'Plain RNN',
  lstm: 'LSTM',
  gru: 'GRU'
};

/** One run's validation accuracy after every epoch, per distance bucket. */
export interface LearningCurve {
  /** Name of the cell, e.g. 'LSTM'. */
  label: string;
  cell: string;
  seed: number;
  /** Bucket names, shortest distance first. */
  buckets: string[];
  /** Epoch numbers, in order. */
  epochs: number[];
  /** accuracy[e][b]: after epochs[e], on buckets[b], in [0, 1]. */
  accuracy: number[][];
}

// Four decimals are finer than one sentence in a validation bucket (about 170 of them), and keep the page small.
const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

/** Per cell of one regime: median held-out accuracy per bucket with the min–max across seeds. */
export function bandSeries(experiment: MemoryExperiment, regime: Regime): ForgettingSeries[] {
  return experiment.protocol.cells.flatMap((cell) => {
    const runs = runsOf(experiment, cell, regime);
    if (runs.length === 0) return [];
    const counts = runs[0]!.heldOut.buckets;
    return [
      {
        label: CELL_TITLES[cell],
        cell,
        buckets: heldOutBands(runs).map((band) => ({
          name: band.name,
          accuracy: band.median,
          min: band.min,
          max: band.max,
          n: counts.find((b) => b.name === band.name)?.n ?? 0
        }))
      }
    ];
  });
}

/** Every run's learning curve in one regime, cell by cell in the protocol's order, then by seed. */
export function learningCurves(experiment: MemoryExperiment, regime: Regime): LearningCurve[] {
  return experiment.protocol.cells.flatMap((cell) =>
    runsOf(experiment, cell, regime).map((run) => {
      const buckets = run.curve[0]?.buckets.map((b) => b.name) ?? [];
      return {
        label: CELL_TITLES[cell],
        cell,
        seed: run.seed,
        buckets,
        epochs: run.curve.map((epoch) => epoch.epoch),
        accuracy: run.curve.map((epoch) =>
          buckets.map((name) => round4(epoch.buckets.find((b) => b.name === name)?.accuracy ?? NaN))
        )
      };
    })
  );
}
