// The models `npm run train` makes: what each is, which task it learns and how it is built.
import type * as tf from '@tensorflow/tfjs';
import type { CellKind } from '../../core/trace/types.js';
import { memoryModel } from '../models/memory-model.js';
import { sentimentBidirectionalModel } from '../models/sentiment-bidirectional.js';
import { sentimentBiLstmModel } from '../models/sentiment-bilstm.js';
import { sentimentGruModel } from '../models/sentiment-gru.js';
import { SENTIMENT_EMBEDDING_SIZE } from '../models/sentiment-parts.js';
import { sentimentStackedBiLstmModel } from '../models/sentiment-stacked-bilstm.js';
import type { Budget } from './budget.js';

/** One trained model. */
export interface ModelJob {
  /** Folder name under static/models. */
  id: string;
  title: string;
  description: string;
  cell: CellKind;
  task: 'memory' | 'sentiment';
  /** The layers, in words, for meta.json and the docs. */
  architecture(vocabSize: number, budget: Budget): string;
  /** Embedding size and the units of each recurrent layer. */
  sizes(budget: Budget): { embeddingSize: number; units: number[] };
  /** Builds the model with its seeded initial weights. */
  build(vocabSize: number, seed: number, budget: Budget): tf.Sequential;
  /** Memory task: trained with the distance curriculum (else distances 2–40 from the first batch). */
  curriculum?: boolean;
}

const CELL_NAMES: Record<CellKind, string> = {
  simple_rnn: 'SimpleRNN',
  lstm: 'LSTM',
  gru: 'GRU'
};

/** The short cell names in model ids. */
const CELL_IDS: Record<CellKind, string> = { simple_rnn: 'rnn', lstm: 'lstm', gru: 'gru' };

function memoryJob(cell: CellKind, title: string, description: string): ModelJob {
  const id = `memory-${CELL_IDS[cell]}`;
  return {
    id,
    title,
    description,
    cell,
    task: 'memory',
    sizes: ({ memory }) => ({ embeddingSize: memory.embeddingSize, units: [memory.units] }),
    architecture: (vocabSize, { memory }) =>
      `Embedding(${vocabSize}, ${memory.embeddingSize}, mask_zero) → ${CELL_NAMES[cell]}(${memory.units}) → Dense(12, softmax)`,
    build: (vocabSize, seed, { memory }) =>
      memoryModel({
        cell,
        vocabSize,
        labels: 12,
        embeddingSize: memory.embeddingSize,
        units: memory.units,
        seed
      })
  };
}

/** Every trained model, in the order they are reported. */
export const JOBS: readonly ModelJob[] = [
  memoryJob(
    'simple_rnn',
    'Plain RNN on the memory task',
    'A SimpleRNN reads "I lived in <country>, …, so I speak" and predicts the language, trained the standard way (distances 2–40 from the first batch): the plain cell of the memory experiment.'
  ),
  memoryJob(
    'lstm',
    'LSTM on the memory task',
    'The same network with an LSTM cell, trained the same way: its cell state can carry the country across the distractor clauses.'
  ),
  memoryJob(
    'gru',
    'GRU on the memory task',
    'The same network with a GRU cell, trained the same way: its update gate can hold the country across the distractor clauses.'
  ),
  {
    ...memoryJob(
      'simple_rnn',
      'Plain RNN on the memory task, trained with a curriculum',
      'The plain RNN again, trained on short gaps first (the longest distance grows over the first half of training): once it has learned what to keep, it can hold the country too.'
    ),
    id: 'memory-rnn-curriculum',
    curriculum: true
  },
  {
    id: 'sentiment-bilstm',
    title: 'Bidirectional LSTM sentiment model',
    description:
      'The course notebook model on synthetic film reviews: Embedding(vocab_size, 64) → Bidirectional(LSTM(64)) → Dense(64, relu) → Dense(1, sigmoid).',
    cell: 'lstm',
    task: 'sentiment',
    sizes: () => ({ embeddingSize: SENTIMENT_EMBEDDING_SIZE, units: [64] }),
    architecture: (vocabSize) =>
      `Embedding(${vocabSize}, 64, mask_zero) → Bidirectional(LSTM(64)) → Dense(64, relu) → Dense(1, sigmoid)`,
    build: (vocabSize, seed) => sentimentBiLstmModel({ vocabSize, seed })
  },
  {
    id: 'sentiment-stacked-bilstm',
    title: 'Stacked bidirectional LSTM sentiment model',
    description:
      'The multi-layer notebook model: two bidirectional LSTMs, the first passing every step to the second.',
    cell: 'lstm',
    task: 'sentiment',
    sizes: () => ({ embeddingSize: SENTIMENT_EMBEDDING_SIZE, units: [64, 32] }),
    architecture: (vocabSize) =>
      `Embedding(${vocabSize}, 64, mask_zero) → Bidirectional(LSTM(64, return_sequences=True)) → Bidirectional(LSTM(32)) → Dense(64, relu) → Dense(1, sigmoid)`,
    build: (vocabSize, seed) => sentimentStackedBiLstmModel({ vocabSize, seed })
  },
  {
    id: 'sentiment-gru',
    title: 'Bidirectional GRU sentiment model',
    description:
      'The GRU notebook model: Embedding(vocab_size, 64) → Bidirectional(GRU(32)) → Dense(64, relu) → Dense(1, sigmoid).',
    cell: 'gru',
    task: 'sentiment',
    sizes: () => ({ embeddingSize: SENTIMENT_EMBEDDING_SIZE, units: [32] }),
    architecture: (vocabSize) =>
      `Embedding(${vocabSize}, 64, mask_zero) → Bidirectional(GRU(32)) → Dense(64, relu) → Dense(1, sigmoid)`,
    build: (vocabSize, seed) => sentimentGruModel({ vocabSize, seed })
  }
];

/** The notebook's shape around any cell, for models trained by hand (`unrolled train`, the lab). */
function sentimentJob(cell: CellKind): ModelJob {
  const units = (budget: Budget) => budget.sentiment.units ?? 32;
  return {
    id: `sentiment-bi${cell}`,
    title: `Bidirectional ${CELL_NAMES[cell]} sentiment model`,
    description: `Embedding(vocab_size, 64) → Bidirectional(${CELL_NAMES[cell]}) → Dense(64, relu) → Dense(1, sigmoid), trained by hand.`,
    cell,
    task: 'sentiment',
    sizes: (budget) => ({ embeddingSize: SENTIMENT_EMBEDDING_SIZE, units: [units(budget)] }),
    architecture: (vocabSize, budget) =>
      `Embedding(${vocabSize}, 64, mask_zero) → Bidirectional(${CELL_NAMES[cell]}(${units(budget)})) → Dense(64, relu) → Dense(1, sigmoid)`,
    build: (vocabSize, seed, budget) =>
      sentimentBidirectionalModel({ vocabSize, seed, cell, units: units(budget) })
  };
}

const CELLS: readonly CellKind[] = ['simple_rnn', 'lstm', 'gru'];

/** Jobs that are not shipped: a sentiment model around each cell (memory models use the shipped jobs). */
const CUSTOM_JOBS: readonly ModelJob[] = CELLS.map(sentimentJob);

/** The job of a task and cell, for training by hand: the memory model, or the notebook shape. */
export function jobFor(task: 'memory' | 'sentiment', cell: CellKind): ModelJob {
  const id = task === 'memory' ? `memory-${CELL_IDS[cell]}` : `sentiment-bi${cell}`;
  return jobById(id);
}

/** The job with this id; throws for unknown ids. */
export function jobById(id: string): ModelJob {
  const job = [...JOBS, ...CUSTOM_JOBS].find((candidate) => candidate.id === id);
  if (!job) throw new Error(`No model "${id}" (models: ${JOBS.map((j) => j.id).join(', ')}).`);
  return job;
}
