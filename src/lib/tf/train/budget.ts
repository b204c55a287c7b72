// How much training each model gets. The full budget makes the shipped models; the tiny one lets a
// test run the whole pipeline in seconds.
import type { DistanceRange } from './memory-task.js';

/** Training settings shared by every model of a task. */
export interface TaskBudget {
  /** Fresh sentences per epoch. */
  samplesPerEpoch: number;
  /** Epochs. */
  epochs: number;
  /** Sentences in the validation set the learning rate is chosen on. */
  validationSamples: number;
  /** Examples per batch. */
  batchSize: number;
  /** The learning rates tried; the one with the best validation accuracy is kept. */
  learningRates: readonly number[];
  /** Largest global gradient norm. */
  clipNorm: number;
}

/** The memory task's budget, with the sizes all three memory models share. */
export interface MemoryBudget extends TaskBudget {
  /** Epochs over which the longest distance grows from 8 to 40. */
  curriculumEpochs: number;
  /** Length of the word vectors. */
  embeddingSize: number;
  /** Units of the recurrent layer. */
  units: number;
  /** Distances trained and validated on. @default 2–40 */
  distances?: DistanceRange;
}

/** The sentiment task's budget. */
export interface SentimentBudget extends TaskBudget {
  /** Target size of the subword vocabulary. */
  vocabularyTarget: number;
  /** Units of each direction, for the notebook-shaped model around any cell (the shipped ones fix theirs). @default 32 */
  units?: number;
}

/** Everything one training run is allowed. */
export interface Budget {
  /** A name for logs and meta.json. */
  name: string;
  memory: MemoryBudget;
  sentiment: SentimentBudget;
  /** Held-out samples for the evaluation written into meta.json (at least 2000 for the shipped models). */
  evaluationSamples: number;
}

/** The budget of `npm run train`: every model in about ten minutes on two cores. */
export const FULL_BUDGET: Budget = {
  name: 'full',
  memory: {
    samplesPerEpoch: 2560,
    epochs: 16,
    curriculumEpochs: 8,
    validationSamples: 1000,
    batchSize: 64,
    learningRates: [0.001, 0.003, 0.01],
    clipNorm: 1,
    embeddingSize: 16,
    units: 32
  },
  sentiment: {
    samplesPerEpoch: 2560,
    epochs: 6,
    validationSamples: 1000,
    batchSize: 64,
    learningRates: [0.003],
    clipNorm: 1,
    vocabularyTarget: 380
  },
  evaluationSamples: 3000
};

/**
 * The full budget without the curriculum: every epoch draws distances 2–40 from the start. Not
 * shipped; it reproduces the ablation in docs/models.md (the plain RNN then fails to learn).
 */
export const NO_CURRICULUM_BUDGET: Budget = {
  ...FULL_BUDGET,
  name: 'no-curriculum',
  memory: { ...FULL_BUDGET.memory, curriculumEpochs: 0 }
};

/** A budget of seconds for tests: a few hundred sentences, one epoch, tiny memory models. */
export const TINY_BUDGET: Budget = {
  name: 'tiny',
  memory: {
    samplesPerEpoch: 128,
    epochs: 1,
    curriculumEpochs: 0,
    validationSamples: 64,
    batchSize: 64,
    learningRates: [0.001, 0.01],
    clipNorm: 1,
    embeddingSize: 4,
    units: 4
  },
  sentiment: {
    samplesPerEpoch: 32,
    epochs: 1,
    validationSamples: 32,
    batchSize: 32,
    learningRates: [0.003],
    clipNorm: 1,
    vocabularyTarget: 300
  },
  evaluationSamples: 60
};
