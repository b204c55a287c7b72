// One training run, step by step: the Embedding model and its one-hot twin (what is trained), the
// task's data and the loop. Node runs it to the end; the browser lab pauses between batches and
// reads the model after every epoch.
import * as tf from '@tensorflow/tfjs';
import { createRandom } from '../../core/corpus/random.js';
import { loadTokenizer } from '../../core/tokenize/index.js';
import type { SubwordTokenizer, Tokenizer, WordTokenizer } from '../../core/tokenize/index.js';
import { sameLengthBatches } from './batches.js';
import type { Budget } from './budget.js';
import { fitSteps, type FitEvent, type FitResult } from './fit.js';
import { jobById, type ModelJob } from './jobs.js';
import { memoryTaskData } from './memory-task.js';
import { oneHot, oneHotTwin } from './one-hot-twin.js';
import { sentimentTaskData } from './sentiment-task.js';
import type { TaskData } from './task-data.js';

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
  tokenizer: Tokenizer,
  budget: Budget,
  seed: number
): TaskData {
  if (job.task === 'memory') {
    return memoryTaskData(tokenizer as WordTokenizer, { ...budget.memory, seed });
  }
  return sentimentTaskData(tokenizer as SubwordTokenizer, { ...budget.sentiment, seed });
}

/** The weights of a model as plain arrays (they cross worker and process boundaries). */
export function weightValues(model: tf.LayersModel): WeightValues[] {
  return model.getWeights().map((weight) => ({
    shape: weight.shape,
    values: Float32Array.from(weight.dataSync())
  }));
}

/** A model being trained: build it with `TrainingRun.start`, then drive `steps()`. */
export class TrainingRun {
  /** The Embedding model that ships (its weights follow the twin's after `syncModel`). */
  readonly model: tf.Sequential;
  /** The one-hot twin that is trained. */
  readonly twin: tf.LayersModel;
  readonly job: ModelJob;
  readonly data: TaskData;
  readonly tokenizer: Tokenizer;
  /** The weights before any update: the real starting point of this run. */
  readonly initialWeights: WeightValues[];

  private constructor(
    readonly spec: CandidateSpec,
    parts: Pick<TrainingRun, 'model' | 'twin' | 'job' | 'data' | 'tokenizer'>
  ) {
    this.model = parts.model;
    this.twin = parts.twin;
    this.job = parts.job;
    this.data = parts.data;
    this.tokenizer = parts.tokenizer;
    this.initialWeights = weightValues(parts.model);
  }

  /** Builds the model from its seed, its twin and the task's data. */
  static async start(spec: CandidateSpec): Promise<TrainingRun> {
    const job = jobById(spec.modelId);
    const tokenizer = loadTokenizer(spec.tokenizer);
    const data = taskDataFor(job, tokenizer, spec.budget, spec.seed);
    const model = job.build(data.vocabSize, spec.seed, spec.budget);
    const twin = await oneHotTwin(model, { mask: true });
    return new TrainingRun(spec, { model, twin, job, data, tokenizer });
  }

  /** The task's budget (memory or sentiment). */
  get taskBudget() {
    return this.job.task === 'memory' ? this.spec.budget.memory : this.spec.budget.sentiment;
  }

  /** The training loop, one event per batch and per epoch. */
  steps(): Generator<FitEvent, FitResult, void> {
    const budget = this.taskBudget;
    return fitSteps(this.twin, this.data, {
      epochs: budget.epochs,
      batchSize: budget.batchSize,
      learningRate: this.spec.learningRate,
      clipNorm: budget.clipNorm,
      seed: this.spec.seed
    });
  }

  /** Copies the twin's weights into the Embedding model (the kernel is the embedding matrix). */
  syncModel(): void {
    this.model.setWeights(this.twin.getWeights());
  }

  /** The largest difference between the twin's and the model's outputs on the validation set. */
  conversionDifference(): number {
    let worst = 0;
    for (const batch of sameLengthBatches(this.data.validation, 256, createRandom(0))) {
      const ids = batch.map((example) => example.ids);
      const difference = tf.tidy(() => {
        const mine = this.twin.predict(oneHot(ids, this.data.vocabSize)) as tf.Tensor;
        const shipped = this.model.predict(tf.tensor2d(ids)) as tf.Tensor;
        return tf.max(tf.abs(tf.sub(mine, shipped))).dataSync()[0]!;
      });
      worst = Math.max(worst, difference);
    }
    return worst;
  }

  /** Frees both models. */
  dispose(): void {
    this.twin.dispose();
    this.model.dispose();
  }
}
