import type * as tf from '@tensorflow/tfjs';
import { recurrentLayer } from './recurrent-layer.js';
import { seededSequential } from './seeded-sequential.js';
import {
  bidirectional,
  sentimentEmbedding,
  sentimentHead,
  type SentimentModelOptions
} from './sentiment-parts.js';

/**
 * The multi-layer notebook: Embedding(vocab, 64) → Bidirectional(LSTM(64), every step) →
 * Bidirectional(LSTM(32)) → Dense(64, relu) → Dense(1, sigmoid).
 */
export function sentimentStackedBiLstmModel({
  vocabSize,
  seed
}: SentimentModelOptions): tf.Sequential {
  return seededSequential(
    'sentiment_stacked_bilstm',
    [
      sentimentEmbedding(vocabSize),
      bidirectional(
        'bidirectional',
        recurrentLayer('lstm', { units: 64, returnSequences: true, name: 'lstm' })
      ),
      bidirectional('bidirectional_2', recurrentLayer('lstm', { units: 32, name: 'lstm_2' })),
      ...sentimentHead()
    ],
    seed
  );
}
