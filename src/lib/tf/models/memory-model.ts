// The long-range memory models: the same small network around each of the three cells.
import * as tf from '@tensorflow/tfjs';
import type { CellKind } from '../../core/trace/types.js';
import { recurrentLayer } from './recurrent-layer.js';
import { seededSequential } from './seeded-sequential.js';

/** The sizes of a memory model. */
export interface MemoryModelOptions {
  /** The cell: SimpleRNN, LSTM or GRU. */
  cell: CellKind;
  /** The embedding's input size (the tokenizer's vocabSize; id 0 is padding). */
  vocabSize: number;
  /** Number of labels (languages). */
  labels: number;
  /** Length of each word vector. */
  embeddingSize: number;
  /** Units of the recurrent layer. */
  units: number;
  /** Seed of the initial weights. */
  seed: number;
}

/**
 * Embedding(vocabSize, embeddingSize, maskZero) → one recurrent layer → Dense(labels, softmax).
 * Masking id 0 makes padding invisible: a padded sentence gives the same answer as the bare one.
 */
export function memoryModel(options: MemoryModelOptions): tf.Sequential {
  const { cell, vocabSize, labels, embeddingSize, units, seed } = options;
  return seededSequential(
    `memory_${cell}`,
    [
      tf.layers.embedding({
        name: 'embedding',
        inputDim: vocabSize,
        outputDim: embeddingSize,
        maskZero: true,
        inputShape: [null]
      }),
      recurrentLayer(cell, { units, name: cell }),
      tf.layers.dense({ name: 'language', units: labels, activation: 'softmax' })
    ],
    seed
  );
}
