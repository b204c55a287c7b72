// The sentiment task's data for training: a subword tokenizer built from the corpus, and fresh
// reviews every epoch.
import { generateSentimentExamples, SENTIMENT_KINDS } from '../../core/corpus/index.js';
import type { SentimentExample } from '../../core/corpus/sentiment.js';
import { buildFromCorpus, type SubwordTokenizer } from '../../core/tokenize/index.js';
import type { Encoded } from './batches.js';
import type { TaskData } from './task-data.js';

/** How much sentiment data to draw. */
export interface SentimentDataOptions {
  /** Reviews per epoch. */
  samplesPerEpoch: number;
  /** Validation reviews. */
  validationSamples: number;
  /** Seed of the training reviews; validation uses a seed derived from it. */
  seed: number;
}

/**
 * The subword tokenizer of the sentiment models, built from 4000 seeded reviews for a target
 * vocabulary: common words stay whole, rare ones ("cinematography") break into pieces.
 */
export function sentimentTokenizer(seed: number, targetVocabSize: number): SubwordTokenizer {
  const texts = generateSentimentExamples(4000, { seed: seed + 7 }).map((example) => example.text);
  return buildFromCorpus(texts, targetVocabSize);
}

function encode(tokenizer: SubwordTokenizer, examples: readonly SentimentExample[]): Encoded[] {
  return examples.map((example) => ({
    ids: tokenizer.encode(example.text),
    label: example.label,
    bucket: example.kind
  }));
}

/** Training and validation data of the sentiment task. */
export function sentimentTaskData(
  tokenizer: SubwordTokenizer,
  options: SentimentDataOptions
): TaskData {
  const { samplesPerEpoch, validationSamples, seed } = options;
  return {
    output: 'binary',
    classes: 2,
    vocabSize: tokenizer.vocabSize,
    bucketOrder: SENTIMENT_KINDS,
    epochExamples: (epoch) =>
      encode(tokenizer, generateSentimentExamples(samplesPerEpoch, { seed: seed * 1000 + epoch })),
    validation: encode(
      tokenizer,
      generateSentimentExamples(validationSamples, { seed: seed * 1000 + 999 })
    )
  };
}
