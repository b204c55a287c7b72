// Loss and accuracy of a one-hot twin on encoded examples, overall and per bucket.
import * as tf from '@tensorflow/tfjs';
import { createRandom } from '../../core/corpus/random.js';
import type { BucketAccuracy } from '../models/meta.js';
import { sameLengthBatches, type Encoded } from './batches.js';
import { oneHot } from './one-hot-twin.js';
import type { TaskData } from './task-data.js';

/** Targets of a batch: one-hot classes, or a column of 0/1. */
export function targets(batch: readonly Encoded[], data: TaskData): tf.Tensor2D {
  const labels = batch.map((example) => example.label);
  if (data.output === 'binary') return tf.tensor2d(labels, [labels.length, 1]);
  return tf.tidy(
    () => tf.oneHot(tf.tensor1d(labels, 'int32'), data.classes).toFloat() as tf.Tensor2D
  );
}

/** Mean cross-entropy of a batch. */
export function lossOf(y: tf.Tensor, p: tf.Tensor, data: TaskData): tf.Scalar {
  const perExample =
    data.output === 'binary'
      ? tf.metrics.binaryCrossentropy(y, p)
      : tf.metrics.categoricalCrossentropy(y, p);
  return perExample.mean() as tf.Scalar;
}

/** 1 for every example answered right, 0 otherwise: [batch]. */
export function rightOf(y: tf.Tensor, p: tf.Tensor, data: TaskData): tf.Tensor1D {
  return (
    data.output === 'binary'
      ? tf.equal(tf.greater(p, 0.5).toFloat(), y).toFloat().reshape([-1])
      : tf.equal(tf.argMax(p, -1), tf.argMax(y, -1)).toFloat()
  ) as tf.Tensor1D;
}

/** What a measurement gives. */
export interface Measured {
  loss: number;
  accuracy: number;
  /** Accuracy per bucket, in the order `bucketOrder` gives (examples without a bucket: none). */
  buckets: BucketAccuracy[];
}

/** Loss and accuracy of a model on examples, batch by batch; per bucket when examples have one. */
export function measure(
  model: tf.LayersModel,
  examples: readonly Encoded[],
  data: TaskData
): Measured {
  let loss = 0;
  let correct = 0;
  const tally = new Map<string, { right: number; n: number }>();
  for (const batch of sameLengthBatches(examples, 256, createRandom(0))) {
    const [batchLoss, right] = tf.tidy(() => {
      const y = targets(batch, data);
      const x = oneHot(
        batch.map((e) => e.ids),
        data.vocabSize
      );
      const p = model.predict(x) as tf.Tensor;
      return [lossOf(y, p, data).mul(batch.length), rightOf(y, p, data)];
    });
    loss += batchLoss!.dataSync()[0]!;
    const rights = right!.dataSync();
    tf.dispose([batchLoss!, right!]);
    batch.forEach((example, i) => {
      correct += rights[i]!;
      if (example.bucket === undefined) return;
      const entry = tally.get(example.bucket) ?? { right: 0, n: 0 };
      entry.right += rights[i]!;
      entry.n += 1;
      tally.set(example.bucket, entry);
    });
  }
  const order = data.bucketOrder ?? [...tally.keys()].sort();
  const buckets = order
    .filter((name) => tally.has(name))
    .map((name) => {
      const { right, n } = tally.get(name)!;
      return { name, accuracy: right / n, n };
    });
  return { loss: loss / examples.length, accuracy: correct / examples.length, buckets };
}
