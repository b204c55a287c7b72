// The memory experiment's results file (static/experiments/memory.json): plain data the site reads.
import type { CellKind } from '../trace/types.js';

/** How the distances were drawn during training. */
export type Regime = 'standard' | 'curriculum';

/** Accuracy on one distance bucket. */
export interface BucketScore {
  /** The bucket, e.g. "33–40". */
  name: string;
  accuracy: number;
}

/** One epoch of a run's learning curve. */
export interface ExperimentEpoch {
  epoch: number;
  /** Mean training loss over the epoch. */
  loss: number;
  /** Validation accuracy after the epoch, overall and per bucket. */
  valAccuracy: number;
  buckets: BucketScore[];
}

/** One training run: a cell, a regime, a seed, at the learning rate chosen for that cell and regime. */
export interface ExperimentRun {
  cell: CellKind;
  regime: Regime;
  seed: number;
  learningRate: number;
  curve: ExperimentEpoch[];
  /** Accuracy on the held-out set (the same for every run), overall and per bucket. */
  heldOut: { accuracy: number; buckets: (BucketScore & { n: number })[] };
  /** P(Gaelic) on the course sentence. */
  courseProbability: number;
}

/** One learning rate of the sweep: how it did on the validation set. */
export interface SweepPoint {
  cell: CellKind;
  regime: Regime;
  learningRate: number;
  valAccuracy: number;
  valLoss: number;
}

/** What was kept for one cell and regime: its learning rate and the run shipped from it. */
export interface ExperimentChoice {
  cell: CellKind;
  regime: Regime;
  learningRate: number;
  /** The seed whose 33–40 held-out accuracy is the median among the seeds. */
  medianSeed: number;
}

/** The protocol, written out with the results so that the file says how they were made. */
export interface ExperimentProtocol {
  task: string;
  cells: CellKind[];
  architecture: string;
  seeds: number[];
  regimes: { name: Regime; distances: string }[];
  epochs: number;
  samplesPerEpoch: number;
  batchSize: number;
  updates: number;
  optimizer: string;
  clipNorm: number;
  learningRateSchedule: string;
  learningRates: number[];
  sweep: string;
  initialWeights: string;
  validation: string;
  heldOut: { seed: number; samples: number; sampling: string };
  selection: string;
  backend: string;
}

/** The whole results file. */
export interface MemoryExperiment {
  version: 1;
  protocol: ExperimentProtocol;
  sweep: SweepPoint[];
  choices: ExperimentChoice[];
  runs: ExperimentRun[];
}
