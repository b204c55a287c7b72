import { UnrolledError } from '../errors.js';
import { fixedGap } from './memory-gap.js';
import { memoryExample, type MemoryExample } from './memory-example.js';
import { COURSE_TAIL, MEMORY_OPENINGS, type MemoryCountry } from './memory-vocabulary.js';

/** The course's distance: "so at school they made me learn how to speak" is 10 tokens. */
export const COURSE_DISTANCE = 10;

/**
 * The course sentence for a country, with `distractorTokens` extra tokens of neutral clauses
 * between the country and the ending (distance = 10 + distractorTokens). With no extra tokens it
 * is exactly "I lived in Ireland, so at school they made me learn how to speak". The same
 * arguments always give the same sentence, so a gap slider can call it on every move.
 */
export function memorySentence(country: MemoryCountry, distractorTokens = 0): MemoryExample {
  if (!Number.isInteger(distractorTokens) || distractorTokens < 0) {
    throw new UnrolledError(
      'bad-input',
      `distractorTokens must be a whole number, got ${distractorTokens}.`
    );
  }
  return memoryExample(MEMORY_OPENINGS[0], country, fixedGap(distractorTokens), COURSE_TAIL);
}
