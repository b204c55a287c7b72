// The training loop: Adam on shuffled, pre-padded batches of mixed lengths, gradients clipped by
// their global norm (tfjs optimizers have no clipnorm), the learning rate held for the first half
// and then eased down to a tenth, one validation pass per epoch. A generator, so that Node runs it
// to the end in one go while a browser worker pauses between batches: the arithmetic is the same.
import * as tf from '@tensorflow/tfjs';
import { createRandom } from '../../core/corpus/random.js';
import type { CurvePoint } from '../models/meta.js';
import { paddedBatches } from './batches.js';
import { lossOf, measure, rightOf, targets } from './measure.js';
import { oneHot } from './one-hot-twin.js';
import { learningRateAt } from './schedule.js';
import type { TaskData } from './task-data.js';

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

/** What the loop yields: after every batch, and after every epoch with its curve point. */
export type FitEvent =
  | {
      type: 'batch';
      epoch: number;
      fraction: number;
      /** So far: weight updates, examples seen and the longest sequence (for a run stopped early). */
      done: Pick<FitResult, 'updates' | 'samples' | 'longest'>;
    }
  | { type: 'epoch'; point: CurvePoint; fraction: number };

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

/**
 * Trains a one-hot twin (with its padding mask) in place, yielding after every batch and epoch;
 * returns the run's result. Stopping the generator early (return()) frees the optimizer.
 */
export function* fitSteps(
  model: tf.LayersModel,
  data: TaskData,
  options: FitOptions
): Generator<FitEvent, FitResult, void> {
  const { epochs, batchSize, learningRate, clipNorm, seed } = options;
  const optimizer = tf.train.adam(learningRate);
  const random = createRandom(seed);
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const curve: CurvePoint[] = [];
  let updates = 0;
  let samples = 0;
  let validation = { loss: NaN, accuracy: NaN };
  let longest = 0;
  try {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const examples = data.epochExamples(epoch);
      for (const example of examples) longest = Math.max(longest, example.ids.length);
      let loss = 0;
      let correct = 0;
      let seen = 0;
      const fractionAt = (count: number) =>
        ((epoch - 1) * examples.length + count) / (epochs * examples.length);
      for (const batch of paddedBatches(examples, batchSize, random)) {
        setLearningRate(optimizer, learningRateAt(learningRate, fractionAt(seen)));
        const [batchLoss = NaN, batchCorrect = NaN] = scalarsOf(() => {
          const x = oneHot(
            batch.map((e) => e.ids),
            data.vocabSize
          );
          const y = targets(batch, data);
          let right: tf.Tensor | undefined;
          const { value, grads } = tf.variableGrads(() => {
            const p = model.apply(x, { training: true }) as tf.Tensor;
            right = tf.keep(rightOf(y, p, data).sum());
            return lossOf(y, p, data);
          }, variables);
          optimizer.applyGradients(clipByGlobalNorm(grads, clipNorm));
          return [value, right!];
        });
        loss += batchLoss * batch.length;
        correct += batchCorrect;
        seen += batch.length;
        updates += 1;
        yield {
          type: 'batch',
          epoch,
          fraction: fractionAt(seen),
          done: { updates, samples: samples + seen, longest }
        };
      }
      samples += seen;
      const measured = measure(model, data.validation, data);
      validation = measured;
      const point: CurvePoint = {
        epoch,
        loss: loss / seen,
        accuracy: correct / seen,
        valAccuracy: measured.accuracy,
        ...(measured.buckets.length > 0 && {
          buckets: measured.buckets.map(({ name, accuracy }) => ({ name, accuracy }))
        })
      };
      curve.push(point);
      yield { type: 'epoch', point, fraction: fractionAt(seen) };
    }
  } finally {
    optimizer.dispose();
  }
  return {
    curve,
    updates,
    samples,
    valAccuracy: validation.accuracy,
    valLoss: validation.loss,
    longest
  };
}
