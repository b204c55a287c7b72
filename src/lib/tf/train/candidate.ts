// One training run to the end: a model at one learning rate, trained as its one-hot twin and
// converted back to the Embedding model that ships. Runs in a worker process or in the caller's.
import type { CurvePoint } from '../models/meta.js';
import {
  TrainingRun,
  weightValues,
  type CandidateSpec,
  type WeightValues
} from './training-run.js';

export { dataSeeds, type CandidateSpec, type WeightValues } from './training-run.js';

/** What a training run gives back (plain data, so it crosses process boundaries). */
export interface CandidateResult {
  modelId: string;
  learningRate: number;
  /** The Embedding model's weights. */
  weights: WeightValues[];
  /** Its weights before training. */
  initialWeights: WeightValues[];
  curve: CurvePoint[];
  updates: number;
  samples: number;
  valAccuracy: number;
  valLoss: number;
  /** Largest output difference between the trained twin and the converted model. */
  conversionMaxDiff: number;
  /** The longest training sequence. */
  longest: number;
  seconds: number;
}

/** Trains one candidate and returns the shipped model's weights and the run's numbers. */
export async function runCandidate(
  spec: CandidateSpec,
  onProgress?: (fraction: number) => void,
  onEpoch?: (point: CurvePoint) => void
): Promise<CandidateResult> {
  const started = performance.now();
  const run = await TrainingRun.start(spec);
  try {
    const steps = run.steps();
    let next = steps.next();
    for (; !next.done; next = steps.next()) {
      if (next.value.type === 'batch') onProgress?.(next.value.fraction);
      else onEpoch?.(next.value.point);
    }
    const result = next.value;
    run.syncModel();
    return {
      modelId: spec.modelId,
      learningRate: spec.learningRate,
      weights: weightValues(run.model),
      initialWeights: run.initialWeights,
      curve: result.curve,
      updates: result.updates,
      samples: result.samples,
      valAccuracy: result.valAccuracy,
      valLoss: result.valLoss,
      conversionMaxDiff: run.conversionDifference(),
      longest: result.longest,
      seconds: (performance.now() - started) / 1000
    };
  } finally {
    run.dispose();
  }
}
