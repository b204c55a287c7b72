import type * as tf from '@tensorflow/tfjs';
import { recurrentLayer } from './recurrent-layer.js';
import { seededSequential } from './seeded-sequential.js';
import {
  bidirectional,
  sentimentEmbedding,
  sentimentHead,
  type SentimentModelOptions
} from './sentiment-parts.js';

/** The GRU notebook: Embedding(vocab, 64) → Bidirectional(GRU(32)) → Dense(64, relu) → Dense(1, sigmoid). */
export function sentimentGruModel({ vocabSize, seed }: SentimentModelOptions): tf.Sequential {
  return seededSequential(
    'sentiment_gru',
    [
      sentimentEmbedding(vocabSize),
      bidirectional('bidirectional', recurrentLayer('gru', { units: 32, name: 'gru' })),
      ...sentimentHead()
    ],
    seed
  );
}
