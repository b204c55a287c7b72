// The memory task's data for training: a word tokenizer, and fresh sentences every epoch with the
// longest distance growing over the first epochs (a curriculum: short gaps teach what to keep).
import { generateMemoryExamples, MEMORY_LABELS } from '../../src/lib/core/corpus/index.js';
import type { MemoryExample } from '../../src/lib/core/corpus/memory-example.js';
import { WordTokenizer } from '../../src/lib/core/tokenize/index.js';
import type { Encoded } from './batches.js';
import type { TaskData } from './fit.js';

/** Distances of the memory task, shortest and longest. */
export const MEMORY_DISTANCES = { min: 2, max: 40 } as const;

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
}

/** The Keras word tokenizer of the memory task, fitted on a seeded corpus that holds every word. */
export function memoryTokenizer(seed: number): WordTokenizer {
  const texts = generateMemoryExamples(4000, { seed: seed + 7 }).map((example) => example.text);
  return new WordTokenizer({ oovToken: '<OOV>' }).fitOnTexts(texts);
}

function encode(tokenizer: WordTokenizer, examples: readonly MemoryExample[]): Encoded[] {
  const ids = tokenizer.textsToSequences(examples.map((example) => example.text));
  return examples.map((example, i) => ({ ids: ids[i]!, label: example.label }));
}

/** The longest distance trained on in an epoch: from 8 growing linearly to the maximum. */
export function curriculumMaxDistance(epoch: number, curriculumEpochs: number): number {
  if (epoch > curriculumEpochs) return MEMORY_DISTANCES.max;
  const start = 8;
  return Math.round(start + ((MEMORY_DISTANCES.max - start) * (epoch - 1)) / curriculumEpochs);
}

/** Training and validation data of the memory task. */
export function memoryTaskData(tokenizer: WordTokenizer, options: MemoryDataOptions): TaskData {
  const { samplesPerEpoch, curriculumEpochs, validationSamples, seed } = options;
  return {
    output: 'classes',
    classes: MEMORY_LABELS.length,
    vocabSize: tokenizer.vocabSize,
    epochExamples: (epoch) =>
      encode(
        tokenizer,
        generateMemoryExamples(samplesPerEpoch, {
          seed: seed * 1000 + epoch,
          minDistance: MEMORY_DISTANCES.min,
          maxDistance: curriculumMaxDistance(epoch, curriculumEpochs)
        })
      ),
    validation: encode(
      tokenizer,
      generateMemoryExamples(validationSamples, {
        seed: seed * 1000 + 999,
        ...{ minDistance: MEMORY_DISTANCES.min, maxDistance: MEMORY_DISTANCES.max }
      })
    )
  };
}
