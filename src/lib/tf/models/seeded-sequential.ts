// A Sequential model whose starting weights come from a seed, not from tfjs's unseeded initializers.
import * as tf from '@tensorflow/tfjs';
import { setSeededWeights } from './seeded-weights.js';

/**
 * Stacks the layers and sets Keras's default initial weights drawn from `seed`. The layers are
 * built with zeros first (tfjs's fast path for loading), which skips tfjs's own orthogonal
 * initializer: seconds for a 64-unit LSTM, and unseeded.
 */
export function seededSequential(
  name: string,
  layers: readonly tf.layers.Layer[],
  seed: number
): tf.Sequential {
  for (const layer of layers) layer.setFastWeightInitDuringBuild(true);
  const model = tf.sequential({ name, layers: [...layers] });
  setSeededWeights(model, seed);
  for (const layer of layers) layer.setFastWeightInitDuringBuild(false);
  return model;
}
