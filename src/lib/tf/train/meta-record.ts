// meta.json for a trained model, from its job, the sweep's results and the held-out evaluation.
import { MEMORY_LABELS } from '../../core/corpus/index.js';
import type { Tokenizer } from '../../core/tokenize/types.js';
import { GATE_ACTIVATION } from '../models/recurrent-layer.js';
import type { ModelMeta, TrainingRecord } from '../models/meta.js';
import type { Budget } from './budget.js';
import { dataSeeds, type CandidateResult } from './candidate.js';
import type { ModelJob } from './jobs.js';
import { curriculumMaxDistance, MEMORY_DISTANCES, type DistanceRange } from './memory-task.js';
import { SCHEDULE_TEXT } from './schedule.js';
import { tokenizerFileName } from './tokenizer-file.js';

/** The curriculum in words, from the schedule itself. */
export function curriculumText(
  epochs: number,
  distances: DistanceRange = MEMORY_DISTANCES
): string {
  const { min, max } = distances;
  if (epochs === 0) return `none: every epoch draws distances ${min}–${max}`;
  const longest = (epoch: number) => curriculumMaxDistance(epoch, epochs, distances);
  return `fresh sentences every epoch, distances ${min} up to a longest that grows linearly: ${longest(1)} in epoch 1, ${longest(epochs)} in epoch ${epochs}, ${max} from epoch ${epochs + 1} on`;
}

/** The candidate with the best validation accuracy (then the lowest validation loss). */
export function bestCandidate(candidates: readonly CandidateResult[]): CandidateResult {
  return [...candidates].sort((a, b) => b.valAccuracy - a.valAccuracy || a.valLoss - b.valLoss)[0]!;
}

/** The training half of meta.json. */
export function trainingRecord(
  job: ModelJob,
  candidates: readonly CandidateResult[],
  budget: Budget,
  seed: number
): TrainingRecord {
  const best = bestCandidate(candidates);
  const task = job.task === 'memory' ? budget.memory : budget.sentiment;
  return {
    seed,
    epochs: task.epochs,
    optimizer: 'adam',
    learningRate: best.learningRate,
    learningRateSchedule: SCHEDULE_TEXT,
    clipNorm: task.clipNorm,
    batchSize: task.batchSize,
    samples: best.samples,
    updates: best.updates,
    // No timings here: meta.json stays byte-identical from run to run.
    sweep: candidates.map(({ learningRate, valAccuracy, valLoss }) => ({
      learningRate,
      valAccuracy,
      valLoss
    })),
    validationSamples: task.validationSamples,
    dataSeeds: dataSeeds(seed, task.epochs),
    ...(job.task === 'memory' && {
      curriculum: curriculumText(budget.memory.curriculumEpochs, budget.memory.distances)
    }),
    method:
      'trained on the tfjs wasm backend as a one-hot twin (Masking → Dense without bias, whose kernel is the embedding matrix) on shuffled pre-padded batches, then copied into the Embedding model',
    conversionMaxDiff: best.conversionMaxDiff,
    budget: budget.name,
    curve: best.curve
  };
}

/** meta.json of a trained model, but for the evaluation. */
export function trainedMeta(
  job: ModelJob,
  tokenizer: Tokenizer,
  training: TrainingRecord,
  longest: number,
  budget: Budget
): Omit<ModelMeta, 'evaluation'> {
  const memory = job.task === 'memory';
  return {
    id: job.id,
    title: job.title,
    description: job.description,
    cell: job.cell,
    task: job.task,
    labels: memory ? [...MEMORY_LABELS] : ['negative', 'positive'],
    maxLength: longest,
    padding: 'pre',
    tokenizer: tokenizerFileName(tokenizer),
    architecture: job.architecture(tokenizer.vocabSize, budget),
    vocabSize: tokenizer.vocabSize,
    ...job.sizes(budget),
    recurrentActivation:
      job.cell === 'simple_rnn' ? 'none (SimpleRNN has no gates)' : GATE_ACTIVATION,
    ...(memory && { distances: { ...(budget.memory.distances ?? MEMORY_DISTANCES) } }),
    training
  };
}
