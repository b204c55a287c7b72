import type * as tf from '@tensorflow/tfjs';
import { sentimentBidirectionalModel } from './sentiment-bidirectional.js';
import type { SentimentModelOptions } from './sentiment-parts.js';

/** The course notebook's model: Embedding(vocab, 64) → Bidirectional(LSTM(64)) → Dense(64, relu) → Dense(1, sigmoid). */
export function sentimentBiLstmModel({ vocabSize, seed }: SentimentModelOptions): tf.Sequential {
  return sentimentBidirectionalModel({
    vocabSize,
    seed,
    cell: 'lstm',
    units: 64,
    name: 'sentiment_bilstm'
  });
}
