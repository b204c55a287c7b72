// Seeded random weights for a model: benchmarks and fixtures need the same numbers on every run.
import * as tf from '@tensorflow/tfjs';
import { createRandom } from '../core/corpus/random.js';

/** Sets every weight of a model to seeded uniform values in [−scale, scale]. */
export function randomizeWeights(model: tf.LayersModel, seed: number, scale = 0.5): void {
  const random = createRandom(seed);
  for (const layer of model.layers) {
    const weights = layer.getWeights();
    if (weights.length === 0) continue;
    layer.setWeights(
      weights.map((w) =>
        tf.tensor(
          Float32Array.from({ length: w.size }, () => scale * (2 * random.next() - 1)),
          w.shape
        )
      )
    );
  }
}
