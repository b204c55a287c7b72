import type * as tf from '@tensorflow/tfjs';
import type { CellKind } from '../../core/trace/types.js';
import { recurrentLayer } from './recurrent-layer.js';
import { seededSequential } from './seeded-sequential.js';
import {
  bidirectional,
  sentimentEmbedding,
  sentimentHead,
  type SentimentModelOptions
} from './sentiment-parts.js';

/** The notebook's shape around any cell: the recurrent layer's options and the model's name. */
export interface BidirectionalSentimentOptions extends SentimentModelOptions {
  cell: CellKind;
  /** Units of each direction. */
  units: number;
  /** The model's name. @default `sentiment_bi${cell}` */
  name?: string;
}

/** Embedding(vocab, 64) → Bidirectional(cell(units)) → Dense(64, relu) → Dense(1, sigmoid). */
export function sentimentBidirectionalModel(options: BidirectionalSentimentOptions): tf.Sequential {
  const { vocabSize, seed, cell, units, name = `sentiment_bi${cell}` } = options;
  return seededSequential(
    name,
    [
      sentimentEmbedding(vocabSize),
      bidirectional('bidirectional', recurrentLayer(cell, { units, name: cell })),
      ...sentimentHead()
    ],
    seed
  );
}
