// The memory task's data for training: a word tokenizer, and fresh sentences every epoch, the
// distances drawn from the whole range or, with a curriculum, from a range whose longest distance
// grows over the first epochs (short gaps first teach what to keep).
import {
  distanceBucket,
  DISTANCE_BUCKETS,
  generateMemoryExamples,
  MEMORY_LABELS
} from '../../core/corpus/index.js';
import type { MemoryExample } from '../../core/corpus/memory-example.js';
import { WordTokenizer } from '../../core/tokenize/index.js';
import type { Encoded } from './batches.js';
import type { TaskData } from './task-data.js';

/** Distances of the memory task, shortest and longest. */
export const MEMORY_DISTANCES = { min: 2, max: 40 } as const;

/** The longest distance of a curriculum's first epoch (or the range's longest, if shorter). */
const CURRICULUM_START = 8;

/** A range of distances, inclusive. */
export interface DistanceRange {
  min: number;
  max: number;
}

/** How much memory data to draw. */
export interface MemoryDataOptions {
  /** Sentences per epoch. */
  samplesPerEpoch: number;
  /** Number of epochs, for the curriculum. */
  epochs: number;
  /** Epochs over which the longest distance grows to its maximum (0: no curriculum). */
  curriculumEpochs: number;
  /** Validation sentences. */
  validationSamples: number;
  /** Seed of the training sentences; validation and tokenizer use seeds derived from it. */
  seed: number;
  /** Distances trained and validated on. @default MEMORY_DISTANCES */
  distances?: DistanceRange;
}

/** The Keras word tokenizer of the memory task, fitted on a seeded corpus that holds every word. */
export function memoryTokenizer(seed: number): WordTokenizer {
  const texts = generateMemoryExamples(4000, { seed: seed + 7 }).map((example) => example.text);
  return new WordTokenizer({ oovToken: '<OOV>' }).fitOnTexts(texts);
}

function encode(tokenizer: WordTokenizer, examples: readonly MemoryExample[]): Encoded[] {
  const ids = tokenizer.textsToSequences(examples.map((example) => example.text));
  return examples.map((example, i) => ({
    ids: ids[i]!,
    label: example.label,
    bucket: distanceBucket(example.distance)
  }));
}

/** The longest distance trained on in an epoch: from 8 growing linearly to the range's maximum. */
export function curriculumMaxDistance(
  epoch: number,
  curriculumEpochs: number,
  distances: DistanceRange = MEMORY_DISTANCES
): number {
  if (epoch > curriculumEpochs) return distances.max;
  const start = Math.min(CURRICULUM_START, distances.max);
  return Math.round(start + ((distances.max - start) * (epoch - 1)) / curriculumEpochs);
}

/** Training and validation data of the memory task. */
export function memoryTaskData(tokenizer: WordTokenizer, options: MemoryDataOptions): TaskData {
  const { samplesPerEpoch, curriculumEpochs, validationSamples, seed } = options;
  const distances = options.distances ?? MEMORY_DISTANCES;
  return {
    output: 'classes',
    classes: MEMORY_LABELS.length,
    vocabSize: tokenizer.vocabSize,
    bucketOrder: DISTANCE_BUCKETS,
    epochExamples: (epoch) =>
      encode(
        tokenizer,
        generateMemoryExamples(samplesPerEpoch, {
          seed: seed * 1000 + epoch,
          minDistance: distances.min,
          maxDistance: curriculumMaxDistance(epoch, curriculumEpochs, distances)
        })
      ),
    validation: encode(
      tokenizer,
      generateMemoryExamples(validationSamples, {
        seed: seed * 1000 + 999,
        minDistance: distances.min,
        maxDistance: distances.max
      })
    )
  };
}
