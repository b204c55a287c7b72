// The memory experiment's protocol, in numbers and in words, from the budgets themselves.
import type { ExperimentProtocol, Regime } from '../../src/lib/core/experiment/types.js';
import { CELL_KINDS } from '../../src/lib/core/trace/types.js';
import type { Budget } from '../../src/lib/tf/train/budget.js';
import { curriculumText } from '../../src/lib/tf/train/meta-record.js';
import { SCHEDULE_TEXT } from '../../src/lib/tf/train/schedule.js';
import { EVALUATION_SEED } from '../../src/lib/tf/train/seeds.js';

/** The two regimes, in the order the site shows them. */
export const REGIMES: readonly Regime[] = ['standard', 'curriculum'];

/** The learning rates every cell and regime is swept over. */
export const SWEEP_RATES = [0.001, 0.003, 0.01] as const;

/** Held-out sentences every run is evaluated on (about 500 per distance bucket). */
export const HELD_OUT_SAMPLES = 3000;

/** The protocol of a run of the experiment. */
export function experimentProtocol(
  seeds: readonly number[],
  budgetOf: (regime: Regime) => Budget,
  heldOutSamples: number
): ExperimentProtocol {
  const { memory } = budgetOf('standard');
  const updates = memory.epochs * Math.ceil(memory.samplesPerEpoch / memory.batchSize);
  return {
    task: 'memory: read "I lived in <country>, <distractor clauses>, so I speak" and predict the language (12 classes); distance = tokens from the country to the prediction point',
    cells: [...CELL_KINDS],
    architecture: `Embedding(vocab, ${memory.embeddingSize}, mask_zero) → one recurrent layer of ${memory.units} units (SimpleRNN, LSTM or GRU; gates: sigmoid) → Dense(12, softmax)`,
    seeds: [...seeds],
    regimes: REGIMES.map((name) => ({
      name,
      distances: curriculumText(budgetOf(name).memory.curriculumEpochs)
    })),
    epochs: memory.epochs,
    samplesPerEpoch: memory.samplesPerEpoch,
    batchSize: memory.batchSize,
    updates,
    optimizer: 'adam',
    clipNorm: memory.clipNorm,
    learningRateSchedule: SCHEDULE_TEXT,
    learningRates: [...SWEEP_RATES],
    sweep: `every rate trained with seed ${seeds[0]} for every cell and regime; the rate with the best validation accuracy (then the lowest validation loss) is kept for all seeds of that cell and regime`,
    initialWeights:
      "Keras's defaults (glorot-uniform kernels, orthogonal recurrent kernels, uniform ±0.05 embeddings, zero biases, LSTM forget bias 1) drawn from the run's seed",
    validation: `${memory.validationSamples} sentences per seed (seed·1000 + 999), distances 2–40: used to choose the rate and to draw the learning curves, never for the held-out figures`,
    heldOut: {
      seed: EVALUATION_SEED,
      samples: heldOutSamples,
      sampling:
        'the same sentences for every run; distance buckets equally likely, distance uniform within its bucket (2–40)'
    },
    selection:
      'the shipped model of a cell and regime is the run whose held-out accuracy at 33–40 is the median of its seeds (ties: the smaller seed)',
    backend: 'tfjs wasm (Node), trained as a one-hot twin and copied into the Embedding model'
  };
}
