// The training loop: Adam on shuffled, pre-padded batches of mixed lengths, gradients clipped by
// their global norm (tfjs optimizers have no clipnorm), the learning rate held for the first half
// and then eased down to a tenth, one validation pass per epoch.
import * as tf from '@tensorflow/tfjs';
import { createRandom } from '../../src/lib/core/corpus/random.js';
import { paddedBatches, sameLengthBatches, type Encoded } from './batches.js';
import type { CurvePoint } from '../../src/lib/tf/models/meta.js';
import { oneHot } from './one-hot-twin.js';

/** Training data of one task, already encoded. */
export interface TaskData {
  /** 'classes' for a softmax over `classes` labels, 'binary' for one sigmoid output. */
  output: 'classes' | 'binary';
  /** Number of labels (2 for binary). */
  classes: number;
  /** The embedding's input size. */
  vocabSize: number;
  /** Fresh training examples for an epoch (1-based): every epoch sees new sentences. */
  epochExamples(epoch: number): Encoded[];
  /** Examples to choose the learning rate on; never the evaluation set. */
  validation: Encoded[];
}

/** How to train. */
export interface FitOptions {
  /** Number of epochs. */
  epochs: number;
  /** Examples per batch (the last batch of an epoch may be smaller). */
  batchSize: number;
  /** Adam's learning rate. */
  learningRate: number;
  /** Largest global gradient norm; larger gradients are scaled down to it. */
  clipNorm: number;
  /** Seed of the batch order. */
  seed: number;
  /** Called after every batch with the fraction of the examples done. */
  onProgress?: (fraction: number) => void;
}

/** What a training run gives back. */
export interface FitResult {
  curve: CurvePoint[];
  /** Weight updates made. */
  updates: number;
  /** Examples seen. */
  samples: number;
  /** Accuracy and loss on the validation set after the last epoch. */
  valAccuracy: number;
  valLoss: number;
  /** The longest training sequence, in tokens. */
  longest: number;
}

function targets(batch: readonly Encoded[], data: TaskData): tf.Tensor2D {
  const labels = batch.map((example) => example.label);
  if (data.output === 'binary') return tf.tensor2d(labels, [labels.length, 1]);
  return tf.tidy(
    () => tf.oneHot(tf.tensor1d(labels, 'int32'), data.classes).toFloat() as tf.Tensor2D
  );
}

function lossOf(y: tf.Tensor, p: tf.Tensor, data: TaskData): tf.Scalar {
  const perExample =
    data.output === 'binary'
      ? tf.metrics.binaryCrossentropy(y, p)
      : tf.metrics.categoricalCrossentropy(y, p);
  return perExample.mean() as tf.Scalar;
}

function correctOf(y: tf.Tensor, p: tf.Tensor, data: TaskData): tf.Tensor {
  return data.output === 'binary'
    ? tf.equal(tf.greater(p, 0.5).toFloat(), y).toFloat().sum()
    : tf.equal(tf.argMax(p, -1), tf.argMax(y, -1)).toFloat().sum();
}

/** Loss and accuracy of a model on examples, batch by batch. */
export function measure(
  model: tf.LayersModel,
  examples: readonly Encoded[],
  data: TaskData
): { loss: number; accuracy: number } {
  let loss = 0;
  let correct = 0;
  for (const batch of sameLengthBatches(examples, 256, createRandom(0))) {
    const [batchLoss = NaN, batchCorrect = NaN] = scalarsOf(() => {
      const y = targets(batch, data);
      const x = oneHot(
        batch.map((e) => e.ids),
        data.vocabSize
      );
      const p = model.predict(x) as tf.Tensor;
      return [lossOf(y, p, data).mul(batch.length), correctOf(y, p, data)];
    });
    loss += batchLoss;
    correct += batchCorrect;
  }
  return { loss: loss / examples.length, accuracy: correct / examples.length };
}

/** The schedule: the full rate for the first half of training, then a cosine ease down to a tenth. */
export function learningRateAt(base: number, fractionDone: number): number {
  if (fractionDone < 0.5) return base;
  const progress = Math.min(1, (fractionDone - 0.5) / 0.5);
  return base * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress)));
}

// tfjs's Adam reads its learning rate on every step but declares it protected.
function setLearningRate(optimizer: tf.AdamOptimizer, rate: number): void {
  (optimizer as unknown as { learningRate: number }).learningRate = rate;
}

/** Gradients scaled down together when their global norm exceeds clipNorm (Keras's global_clipnorm). */
function clipByGlobalNorm(
  grads: tf.NamedTensorMap,
  clipNorm: number
): { name: string; tensor: tf.Tensor }[] {
  const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => tf.sum(tf.square(g)))));
  const scale = tf.minimum(1, tf.div(clipNorm, tf.maximum(norm, 1e-12)));
  return Object.entries(grads).map(([name, g]) => ({ name, tensor: tf.mul(g, scale) }));
}

/** Runs a computation in a tidy scope and reads back the first value of each tensor it returns. */
function scalarsOf(compute: () => tf.Tensor[]): number[] {
  const tensors = tf.tidy(compute);
  const values = tensors.map((tensor) => tensor.dataSync()[0]!);
  tf.dispose(tensors);
  return values;
}

/** Trains a one-hot twin (with its padding mask) in place and returns its curve. */
export function fit(model: tf.LayersModel, data: TaskData, options: FitOptions): FitResult {
  const { epochs, batchSize, learningRate, clipNorm, seed, onProgress } = options;
  const optimizer = tf.train.adam(learningRate);
  const random = createRandom(seed);
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const curve: CurvePoint[] = [];
  let updates = 0;
  let samples = 0;
  let validation = { loss: NaN, accuracy: NaN };
  let longest = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const examples = data.epochExamples(epoch);
    for (const example of examples) longest = Math.max(longest, example.ids.length);
    let loss = 0;
    let correct = 0;
    let seen = 0;
    for (const batch of paddedBatches(examples, batchSize, random)) {
      const done = ((epoch - 1) * examples.length + seen) / (epochs * examples.length);
      setLearningRate(optimizer, learningRateAt(learningRate, done));
      const [batchLoss = NaN, batchCorrect = NaN] = scalarsOf(() => {
        const x = oneHot(
          batch.map((e) => e.ids),
          data.vocabSize
        );
        const y = targets(batch, data);
        let right: tf.Tensor | undefined;
        const { value, grads } = tf.variableGrads(() => {
          const p = model.apply(x, { training: true }) as tf.Tensor;
          right = tf.keep(correctOf(y, p, data));
          return lossOf(y, p, data);
        }, variables);
        optimizer.applyGradients(clipByGlobalNorm(grads, clipNorm));
        return [value, right!];
      });
      loss += batchLoss * batch.length;
      correct += batchCorrect;
      seen += batch.length;
      updates += 1;
      onProgress?.(((epoch - 1) * examples.length + seen) / (epochs * examples.length));
    }
    samples += seen;
    validation = measure(model, data.validation, data);
    curve.push({
      epoch,
      loss: loss / seen,
      accuracy: correct / seen,
      valAccuracy: validation.accuracy
    });
  }
  optimizer.dispose();
  return {
    curve,
    updates,
    samples,
    valAccuracy: validation.accuracy,
    valLoss: validation.loss,
    longest
  };
}
