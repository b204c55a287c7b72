import type * as tf from '@tensorflow/tfjs';
import { recurrentLayer } from './recurrent-layer.js';
import { seededSequential } from './seeded-sequential.js';
import {
  bidirectional,
  sentimentEmbedding,
  sentimentHead,
  type SentimentModelOptions
} from './sentiment-parts.js';

/** The course notebook's model: Embedding(vocab, 64) → Bidirectional(LSTM(64)) → Dense(64, relu) → Dense(1, sigmoid). */
export function sentimentBiLstmModel({ vocabSize, seed }: SentimentModelOptions): tf.Sequential {
  return seededSequential(
    'sentiment_bilstm',
    [
      sentimentEmbedding(vocabSize),
      bidirectional('bidirectional', recurrentLayer('lstm', { units: 64, name: 'lstm' })),
      ...sentimentHead()
    ],
    seed
  );
}
