import { UnrolledError } from '../errors.js';
import { textToWordSequence } from './keras-words.js';
import { randomGap } from './memory-gap.js';
import { memoryExample, type MemoryExample } from './memory-example.js';
import { MEMORY_COUNTRIES, MEMORY_OPENINGS, MEMORY_TAILS } from './memory-vocabulary.js';
import { createRandom, type Random } from './random.js';
import { weightedPicker } from './weighted.js';

/** How to draw memory examples. */
export interface MemoryOptions {
  /** Seed of the generator; default 1. */
  seed?: number;
  /** Shortest distance from the country to the prediction point, at least 2; default 2. */
  minDistance?: number;
  /** Longest distance; default 40. */
  maxDistance?: number;
  /** Relative weight of each distance in [minDistance, maxDistance]; default uniform. */
  weights?: (distance: number) => number;
}

const SIZED_TAILS = MEMORY_TAILS.map((text) => ({
  text,
  length: textToWordSequence(text).length
}));

/**
 * `count` examples of the long-range memory task. Country, distance, opening, ending and
 * distractors are drawn independently, so nothing after the country tells which language is due.
 */
export function generateMemoryExamples(
  count: number,
  options: MemoryOptions = {}
): MemoryExample[] {
  const { seed = 1, minDistance = 2, maxDistance = 40, weights } = options;
  if (!Number.isInteger(count) || count < 0) {
    throw new UnrolledError('bad-input', `count must be a whole number, got ${count}.`);
  }
  if (!Number.isInteger(minDistance) || !Number.isInteger(maxDistance)) {
    throw new UnrolledError('bad-input', 'minDistance and maxDistance must be integers.');
  }
  if (minDistance < 2 || maxDistance < minDistance) {
    throw new UnrolledError(
      'bad-input',
      `Need 2 ≤ minDistance ≤ maxDistance, got ${minDistance} and ${maxDistance}.`
    );
  }
  const random = createRandom(seed);
  const drawDistance = weights
    ? distancePicker(random, minDistance, maxDistance, weights)
    : () => random.between(minDistance, maxDistance);

  const examples: MemoryExample[] = [];
  for (let i = 0; i < count; i++) {
    const country = random.pick(MEMORY_COUNTRIES);
    const distance = drawDistance();
    const opening = random.pick(MEMORY_OPENINGS);
    const tail = random.pick(SIZED_TAILS.filter((sized) => sized.length <= distance));
    const clauses = randomGap(random, distance - tail.length);
    examples.push(memoryExample(opening, country, clauses, tail.text));
  }
  return examples;
}

/** Draws a distance in [min, max] with the given relative weights. */
function distancePicker(
  random: Random,
  min: number,
  max: number,
  weights: (distance: number) => number
): () => number {
  const table = Array.from({ length: max - min + 1 }, (_, i) => weights(min + i));
  const pick = weightedPicker(random, table);
  return () => min + pick();
}
