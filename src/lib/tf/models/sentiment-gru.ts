import type * as tf from '@tensorflow/tfjs';
import { sentimentBidirectionalModel } from './sentiment-bidirectional.js';
import type { SentimentModelOptions } from './sentiment-parts.js';

/** The GRU notebook: Embedding(vocab, 64) → Bidirectional(GRU(32)) → Dense(64, relu) → Dense(1, sigmoid). */
export function sentimentGruModel({ vocabSize, seed }: SentimentModelOptions): tf.Sequential {
  return sentimentBidirectionalModel({
    vocabSize,
    seed,
    cell: 'gru',
    units: 32,
    name: 'sentiment_gru'
  });
}
