// The synthetic corpora the teaching models are trained on (see docs/corpora.md).
export { createRandom, type Random } from './random.js';
export { weightedPicker } from './weighted.js';
export { textToWordSequence } from './keras-words.js';
export {
  COURSE_TAIL,
  DISTRACTOR_CLAUSES,
  MEMORY_COUNTRIES,
  MEMORY_LABELS,
  MEMORY_OPENINGS,
  MEMORY_TAILS,
  type MemoryCountry,
  type MemoryLanguage
} from './memory-vocabulary.js';
export { memoryExample, type MemoryExample } from './memory-example.js';
export { fixedGap, randomGap, SIZED_CLAUSES, type SizedClause } from './memory-gap.js';
export { generateMemoryExamples, type MemoryOptions } from './memory.js';
export { COURSE_DISTANCE, memorySentence } from './memory-sentence.js';
export { DISTANCE_BUCKETS, distanceBucket, type DistanceBucket } from './distance-bucket.js';
export {
  FILM_NOUNS,
  INTENSIFIERS,
  NEGATIVE_ADJECTIVES,
  NEGATIVE_NOUNS,
  NEGATORS,
  POSITIVE_ADJECTIVES,
  POSITIVE_NOUNS,
  RARE_FILM_NOUNS,
  UNCOUNTABLE_NOUNS
} from './sentiment-vocabulary.js';
export { sentimentLabel, sentimentPolarity, type SentimentClause } from './sentiment-label.js';
export { readSentimentParts } from './sentiment-read.js';
export {
  drawClause,
  writeClause,
  type ClauseRates,
  type ClauseShape,
  type WrittenClause
} from './sentiment-clause.js';
export {
  generateSentimentExamples,
  MAX_SENTIMENT_WORDS,
  SENTIMENT_KINDS,
  type SentimentExample,
  type SentimentKind,
  type SentimentOptions
} from './sentiment.js';
