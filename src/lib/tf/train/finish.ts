// A finished training: the model rebuilt with the kept candidate's weights, its meta.json and its
// held-out evaluation. Shared by `npm run train`, `unrolled train` and the lab's download.
import * as tf from '@tensorflow/tfjs';
import type { Tokenizer } from '../../core/tokenize/types.js';
import { evaluateModel } from '../evaluate.js';
import type { ModelMeta } from '../models/meta.js';
import type { Budget } from './budget.js';
import type { CandidateResult, WeightValues } from './candidate.js';
import type { ModelJob } from './jobs.js';
import { bestCandidate, trainedMeta, trainingRecord } from './meta-record.js';

/** The held-out evaluation to run: a seed no training used, and how many samples. */
export interface HeldOut {
  seed: number;
  samples: number;
}

/** The job's model, built from its seed, with these weights. */
export function modelWithWeights(
  job: ModelJob,
  tokenizer: Tokenizer,
  budget: Budget,
  seed: number,
  weights: readonly WeightValues[]
): tf.Sequential {
  const model = job.build(tokenizer.vocabSize, seed, budget);
  const tensors = weights.map(({ shape, values }) => tf.tensor(values, shape));
  model.setWeights(tensors);
  tf.dispose(tensors);
  return model;
}

/** The best candidate's model and its meta.json, evaluated on held-out data. */
export function finishTraining(
  job: ModelJob,
  candidates: readonly CandidateResult[],
  tokenizer: Tokenizer,
  budget: Budget,
  seed: number,
  heldOut: HeldOut
): { model: tf.Sequential; meta: ModelMeta; best: CandidateResult } {
  const best = bestCandidate(candidates);
  const model = modelWithWeights(job, tokenizer, budget, seed, best.weights);
  const draft = trainedMeta(
    job,
    tokenizer,
    trainingRecord(job, candidates, budget, seed),
    best.longest,
    budget
  );
  const evaluation = evaluateModel(model, draft, { ...heldOut, tokenizer });
  return { model, meta: { ...draft, evaluation }, best };
}
