// One training run: a model at one learning rate, trained as its one-hot twin and converted back
// to the Embedding model that ships. Runs in a worker process or in the caller's.
import * as tf from '@tensorflow/tfjs';
import { loadTokenizer } from '../../src/lib/core/tokenize/index.js';
import type { SubwordTokenizer, WordTokenizer } from '../../src/lib/core/tokenize/index.js';
import type { Budget } from './budget.js';
import { sameLengthBatches } from './batches.js';
import { createRandom } from '../../src/lib/core/corpus/random.js';
import type { CurvePoint } from '../../src/lib/tf/models/meta.js';
import { fit, type TaskData } from './fit.js';
import { jobById, type ModelJob } from './jobs.js';
import { memoryTaskData } from './memory-task.js';
import { oneHot, oneHotTwin } from './one-hot-twin.js';
import { sentimentTaskData } from './sentiment-task.js';

/** What to train. */
export interface CandidateSpec {
  modelId: string;
  learningRate: number;
  /** The training seed. */
  seed: number;
  budget: Budget;
  /** The tokenizer file's text (Keras JSON or .subwords). */
  tokenizer: string;
}

/** A weight of the shipped model, in model order. */
export interface WeightValues {
  shape: number[];
  values: Float32Array;
}

/** What a training run gives back (plain data, so it crosses process boundaries). */
export interface CandidateResult {
  modelId: string;
  learningRate: number;
  /** The Embedding model's weights. */
  weights: WeightValues[];
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

/** Seeds of the generated data of a training run: tokenizer corpus, epochs, validation. */
export function dataSeeds(seed: number, epochs: number): number[] {
  return [
    seed + 7,
    ...Array.from({ length: epochs }, (_, i) => seed * 1000 + i + 1),
    seed * 1000 + 999
  ];
}

/** The training data of a job's task. */
export function taskDataFor(
  job: ModelJob,
  tokenizerText: string,
  budget: Budget,
  seed: number
): TaskData {
  const tokenizer = loadTokenizer(tokenizerText);
  if (job.task === 'memory') {
    return memoryTaskData(tokenizer as WordTokenizer, { ...budget.memory, seed });
  }
  return sentimentTaskData(tokenizer as SubwordTokenizer, { ...budget.sentiment, seed });
}

/** The largest difference between the twin's and the model's outputs on the validation set. */
function conversionDifference(twin: tf.LayersModel, model: tf.LayersModel, data: TaskData): number {
  let worst = 0;
  for (const batch of sameLengthBatches(data.validation, 256, createRandom(0))) {
    const ids = batch.map((example) => example.ids);
    const difference = tf.tidy(() => {
      const mine = twin.predict(oneHot(ids, data.vocabSize)) as tf.Tensor;
      const shipped = model.predict(tf.tensor2d(ids)) as tf.Tensor;
      return tf.max(tf.abs(tf.sub(mine, shipped))).dataSync()[0]!;
    });
    worst = Math.max(worst, difference);
  }
  return worst;
}

/** Trains one candidate and returns the shipped model's weights and the run's numbers. */
export async function runCandidate(
  spec: CandidateSpec,
  onProgress?: (fraction: number) => void
): Promise<CandidateResult> {
  const started = performance.now();
  const job = jobById(spec.modelId);
  const data = taskDataFor(job, spec.tokenizer, spec.budget, spec.seed);
  const taskBudget = job.task === 'memory' ? spec.budget.memory : spec.budget.sentiment;
  const model = job.build(data.vocabSize, spec.seed, spec.budget);
  const twin = await oneHotTwin(model, { mask: true });
  const result = fit(twin, data, {
    epochs: taskBudget.epochs,
    batchSize: taskBudget.batchSize,
    learningRate: spec.learningRate,
    clipNorm: taskBudget.clipNorm,
    seed: spec.seed,
    onProgress
  });
  model.setWeights(twin.getWeights());
  const conversionMaxDiff = conversionDifference(twin, model, data);
  const weights = model.getWeights().map((weight) => ({
    shape: weight.shape,
    values: Float32Array.from(weight.dataSync())
  }));
  twin.dispose();
  model.dispose();
  return {
    modelId: spec.modelId,
    learningRate: spec.learningRate,
    weights,
    curve: result.curve,
    updates: result.updates,
    samples: result.samples,
    valAccuracy: result.valAccuracy,
    valLoss: result.valLoss,
    conversionMaxDiff,
    longest: result.longest,
    seconds: (performance.now() - started) / 1000
  };
}
