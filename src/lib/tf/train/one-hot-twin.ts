// Training an Embedding model on the wasm backend, which has no gradient for Embedding's gather
// (UnsortedSegmentSum): a twin reads one-hot vectors through a bias-free Dense layer instead. Its
// kernel is the embedding matrix, so weights move between the two unchanged.
import * as tf from '@tensorflow/tfjs';

type Json = Record<string, unknown>;

/** Replaces every initializer in a layer config by zeros: the twin's weights are copied in anyway. */
function withoutInitializers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutInitializers);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Json).map(([key, inner]) => [
      key,
      key.endsWith('initializer') && inner !== null
        ? { class_name: 'Zeros', config: {} }
        : withoutInitializers(inner)
    ])
  );
}

// Padding ids become all-zero one-hot rows: masking them is what Embedding(maskZero) does with id 0.
// The mask is read from the input, which needs no gradient (tfjs has none for the Any it uses).
const mask = (vocabSize: number) => ({
  class_name: 'Masking',
  config: { name: 'padding_mask', mask_value: 0, batch_input_shape: [null, null, vocabSize] }
});

/**
 * A twin of a Sequential model whose first layer is an Embedding: input [batch, steps, vocabSize]
 * one-hot vectors, then Dense(embeddingSize, no bias), then the same layers with the same weights.
 * Id 0 must not occur in its input (the embedding masks it; the twin has no mask).
 */
export async function oneHotTwin(
  model: tf.Sequential,
  options: { mask?: boolean } = {}
): Promise<tf.LayersModel> {
  const [embedding, ...rest] = model.layers;
  if (!embedding || embedding.getClassName() !== 'Embedding') {
    throw new Error(`${model.name} does not start with an Embedding layer.`);
  }
  const { inputDim, outputDim } = embedding.getConfig() as { inputDim: number; outputDim: number };
  const dense = {
    class_name: 'Dense',
    config: {
      name: embedding.name,
      units: outputDim,
      use_bias: false,
      activation: 'linear',
      batch_input_shape: [null, null, inputDim],
      kernel_initializer: { class_name: 'Zeros', config: {} }
    }
  };
  const layers = (model.toJSON(undefined, false) as Json).config as { layers: Json[] };
  const topology = {
    class_name: 'Sequential',
    config: {
      name: `${model.name}_one_hot`,
      layers: [...(options.mask ? [mask(inputDim)] : []), dense, ...layers.layers.slice(1)]
    }
  };
  const twin = await tf.models.modelFromJSON({
    modelTopology: withoutInitializers(topology) as tf.io.ModelJSON['modelTopology']
  });
  twin.setWeights(model.getWeights());
  if (rest.length + (options.mask ? 2 : 1) !== twin.layers.length) {
    throw new Error('The twin lost a layer.');
  }
  return twin;
}

/** One-hot vectors for same-length id sequences: [batch, steps, vocabSize], id 0 → all zeros. */
export function oneHot(sequences: readonly (readonly number[])[], vocabSize: number): tf.Tensor3D {
  const steps = sequences[0]?.length ?? 0;
  const values = new Float32Array(sequences.length * steps * vocabSize);
  sequences.forEach((ids, b) => {
    ids.forEach((id, t) => {
      if (id > 0) values[(b * steps + t) * vocabSize + id] = 1;
    });
  });
  return tf.tensor3d(values, [sequences.length, steps, vocabSize]);
}
