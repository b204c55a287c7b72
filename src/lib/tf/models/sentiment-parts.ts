// The pieces the three sentiment notebook models share: the embedding in front, the classifier behind.
import * as tf from '@tensorflow/tfjs';

/** The embedding size of the course notebooks. */
export const SENTIMENT_EMBEDDING_SIZE = 64;

/** What every sentiment model needs. */
export interface SentimentModelOptions {
  /** The subword tokenizer's vocabSize (id 0 is padding). */
  vocabSize: number;
  /** Seed of the initial weights. */
  seed: number;
}

/**
 * Embedding(vocabSize, 64). The notebooks leave mask_zero off and pad batches; here id 0 is
 * masked, so a padded review gives exactly the answer of the bare one the site traces.
 */
export function sentimentEmbedding(vocabSize: number): tf.layers.Layer {
  return tf.layers.embedding({
    name: 'embedding',
    inputDim: vocabSize,
    outputDim: SENTIMENT_EMBEDDING_SIZE,
    maskZero: true,
    inputShape: [null]
  });
}

/** Dense(64, relu) → Dense(1, sigmoid): the notebooks' classifier on top of the recurrent part. */
export function sentimentHead(): tf.layers.Layer[] {
  return [
    tf.layers.dense({ name: 'dense', units: 64, activation: 'relu' }),
    tf.layers.dense({ name: 'positive', units: 1, activation: 'sigmoid' })
  ];
}

/** A recurrent layer read in both directions, outputs concatenated (Keras's default merge). */
export function bidirectional(name: string, layer: tf.RNN): tf.layers.Layer {
  return tf.layers.bidirectional({ name, layer, mergeMode: 'concat' });
}
