// Keras's default initial weights, drawn from unrolled's own seeded generator: the same seed gives
// the same starting weights on every backend and machine (tfjs's seeded initializers depend on the
// backend's random and QR kernels).
import * as tf from '@tensorflow/tfjs';
import { createRandom, type Random } from '../../core/corpus/random.js';

/** A standard normal draw (Box–Muller); 1 − next() keeps the logarithm finite. */
function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

function uniform(random: Random, count: number, limit: number): Float32Array {
  return Float32Array.from({ length: count }, () => (2 * random.next() - 1) * limit);
}

/** Keras's glorot_uniform for a [fanIn, fanOut] kernel. */
function glorotUniform(random: Random, rows: number, columns: number): Float32Array {
  return uniform(random, rows * columns, Math.sqrt(6 / (rows + columns)));
}

/**
 * Keras's orthogonal initializer for a [rows, columns] matrix with rows ≤ columns (a recurrent
 * kernel): a normal matrix whose rows are made orthonormal by Gram–Schmidt, which is what QR with
 * Keras's sign fix gives.
 */
function orthogonal(random: Random, rows: number, columns: number): Float32Array {
  const matrix = Array.from({ length: rows }, () =>
    Float64Array.from({ length: columns }, () => normal(random))
  );
  matrix.forEach((row, i) => {
    for (let j = 0; j < i; j++) {
      const previous = matrix[j]!;
      let dot = 0;
      for (let k = 0; k < columns; k++) dot += row[k]! * previous[k]!;
      for (let k = 0; k < columns; k++) row[k]! -= dot * previous[k]!;
    }
    const norm = Math.hypot(...row);
    for (let k = 0; k < columns; k++) row[k]! /= norm;
  });
  return Float32Array.from(matrix.flatMap((row) => Array.from(row)));
}

/** The initial values of one weight, by its role in its layer (Keras defaults; LSTM forget bias 1). */
function initialValues(random: Random, layer: tf.layers.Layer, weight: tf.LayerVariable) {
  const shape = weight.shape as number[];
  const [rows = 1, columns = 1] = shape;
  // tfjs suffixes repeated variable names ("kernel_1"); saved models drop the suffix again.
  const role = (weight.name.split('/').pop() ?? '').replace(/_\d+$/, '');
  if (role === 'embeddings') return uniform(random, rows * columns, 0.05);
  if (role === 'recurrent_kernel') return orthogonal(random, rows, columns);
  if (role === 'kernel') return glorotUniform(random, rows, columns);
  const values = new Float32Array(rows);
  if (role === 'bias' && layer.getClassName() === 'LSTM') values.fill(1, rows / 4, rows / 2);
  return values;
}

/** The layers that own weights directly: a Bidirectional wrapper's two halves, or the layer itself. */
function weightOwners(layer: tf.layers.Layer): tf.layers.Layer[] {
  const halves = layer as unknown as {
    forwardLayer?: tf.layers.Layer;
    backwardLayer?: tf.layers.Layer;
  };
  return halves.forwardLayer && halves.backwardLayer
    ? [halves.forwardLayer, halves.backwardLayer]
    : [layer];
}

/** Sets every weight of a built model to Keras's default initial values drawn from `seed`. */
export function setSeededWeights(model: tf.LayersModel, seed: number): void {
  const random = createRandom(seed);
  for (const layer of model.layers.flatMap(weightOwners)) {
    const weights = layer.weights;
    if (weights.length === 0) continue;
    const values = weights.map((weight) =>
      tf.tensor(initialValues(random, layer, weight), weight.shape as number[])
    );
    layer.setWeights(values);
    tf.dispose(values);
  }
}
