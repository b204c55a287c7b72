// meta.json: what a shipped model is, how it was trained and how it scored (format of issue 4).
import type { CellKind } from '../../core/trace/types.js';

/** The task a model was trained for; evaluateModel draws fresh data for it. */
export type ModelTask = 'memory' | 'sentiment' | 'fibonacci';

/** Accuracy on one group of held-out samples. */
export interface BucketAccuracy {
  /** The bucket: a distance range such as "25–32", or a sentence kind such as "negated". */
  name: string;
  /** Fraction right, in [0, 1]. */
  accuracy: number;
  /** Samples in the bucket. */
  n: number;
}

/** An evaluation on fresh held-out data. */
export interface Evaluation {
  /** Seed of the held-out data. */
  seed: number;
  /** Samples drawn. */
  samples: number;
  /** Fraction right over all samples. */
  accuracy: number;
  /** Accuracy per bucket, in bucket order. */
  buckets: BucketAccuracy[];
  /** How the samples were drawn, in words. */
  sampling: string;
  /** Memory models: the course sentence and the probability given to each language. */
  courseSentence?: { text: string; label: string; probabilities: Record<string, number> };
}

/** One epoch of the training curve. */
export interface CurvePoint {
  epoch: number;
  /** Mean training loss over the epoch's batches. */
  loss: number;
  /** Training accuracy over the epoch's batches (the weights moved during the epoch). */
  accuracy: number;
  /** Accuracy on the validation set after the epoch. */
  valAccuracy: number;
  /** Validation accuracy per bucket (distance or sentence kind) after the epoch. */
  buckets?: { name: string; accuracy: number }[];
}

/** One learning rate of the sweep and how it did on the validation set. */
export interface SweepResult {
  learningRate: number;
  valAccuracy: number;
  valLoss: number;
}

/** How a model was trained. */
export interface TrainingRecord {
  /** The training seed (data, batch order and initial weights derive from it). */
  seed: number;
  epochs: number;
  /** "adam". */
  optimizer: string;
  /** The learning rate kept (best validation accuracy in the sweep). */
  learningRate: number;
  /** How the learning rate changes during training, in words. */
  learningRateSchedule: string;
  /** Largest global gradient norm (gradients above it are scaled down). */
  clipNorm: number;
  batchSize: number;
  /** Examples seen. */
  samples: number;
  /** Weight updates made. */
  updates: number;
  /** Every learning rate tried, with its validation result. */
  sweep: SweepResult[];
  /** Validation sentences the sweep was judged on. */
  validationSamples: number;
  /** Seeds of every generated training and validation sentence (evaluation must avoid them). */
  dataSeeds: number[];
  /** Memory task: how the longest distance grew, in words. */
  curriculum?: string;
  /** How the model was trained and converted, in words. */
  method: string;
  /** Largest difference between the trained twin's and the shipped model's outputs. */
  conversionMaxDiff: number;
  /** The budget name ("full" for the shipped models). */
  budget: string;
  /** The tfjs backend it was trained on, where it was not the shipped models' wasm. */
  backend?: string;
  /** Memory models: the experiment run this model is (static/experiments/memory.json). */
  experiment?: {
    regime: 'standard' | 'curriculum';
    /** Every seed of that cell and regime (this model's is `seed`). */
    seeds: number[];
    selection: string;
    /** Whether this model's held-out evaluation equals the experiment run's exactly (same seed, same data: the same weights). */
    reproduced: boolean;
  };
  curve: CurvePoint[];
  /** A lab run stopped before its last epoch: where, and what that means for the rest of the record. */
  stopped?: StoppedRecord;
}

/** Where a training lab run was stopped. */
export interface StoppedRecord {
  /** The last finished epoch (the curve's length). */
  epoch: number;
  /** Epochs the run was set to. */
  of: number;
  /** Weight updates made (a stop between batches counts the batches of the unfinished epoch). */
  updates: number;
  /** The same in words. */
  note: string;
}

/** The meta.json next to a shipped model.json. */
export interface ModelMeta {
  id: string;
  title: string;
  description: string;
  /** The recurrent cell. */
  cell: CellKind;
  task: ModelTask;
  /** Output labels, in output order. */
  labels: string[];
  /** The longest input seen in training, in tokens. */
  maxLength: number;
  /** Where padding goes when inputs are batched (id 0 is masked, so it changes no answer); 'none': id 0 is an input. */
  padding: 'pre' | 'post' | 'none';
  /** The tokenizer file next to model.json (Keras JSON or .subwords), or null. */
  tokenizer: string | null;
  /** The layers, in words. */
  architecture: string;
  /** The embedding's input size. */
  vocabSize: number;
  embeddingSize: number;
  /** Units of each recurrent layer, in order. */
  units: number[];
  /** Gate activation of the recurrent layers. */
  recurrentActivation: string;
  /** Memory task: distances drawn, shortest and longest. */
  distances?: { min: number; max: number };
  /** Null for models that were not trained. */
  training: TrainingRecord | null;
  evaluation: Evaluation;
}
