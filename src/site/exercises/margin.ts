// The fairness rule every exercise passes: its answer must win by a clear margin, never by a tie at the printed precision.
import type { Exercise } from './types.js';

/** The smallest margin an exercise may win by: a closer call is not a fair question. */
export const MIN_MARGIN = 0.05;

/**
 * The relative margin of the best score over the next (lowest = true: smaller wins), or 0 when the
 * two print the same at the displayed precision.
 */
export function marginOf(
  scores: readonly number[],
  shown: (value: number) => string,
  lowest = false
): number {
  const sorted = [...scores].sort((a, b) => (lowest ? a - b : b - a));
  const [first, second] = sorted;
  if (first === undefined || second === undefined) return Infinity;
  if (shown(first) === shown(second)) return 0;
  if (!Number.isFinite(first) || !Number.isFinite(second)) return Infinity;
  return Math.abs(first - second) / Math.max(Math.abs(first), Math.abs(second));
}

/** How far a numeric answer stands from its closest distractor, by the same rule (0 when two print alike). */
export function spreadOf(
  answer: number,
  distractors: readonly number[],
  shown: (value: number) => string
): number {
  return Math.min(Infinity, ...distractors.map((d) => marginOf([answer, d], shown)));
}

/**
 * The distractors that differ clearly from the answer and from each other (each kept one at least MIN_MARGIN
 * from everything kept before it), in the order given.
 */
export function clearDistractors(
  answer: number,
  candidates: readonly number[],
  shown: (value: number) => string
): number[] {
  const kept: number[] = [];
  for (const value of candidates)
    if (spreadOf(value, [answer, ...kept], shown) >= MIN_MARGIN) kept.push(value);
  return kept;
}

/** Keeps an exercise only when its answer wins clearly. */
export function fair(exercise: Exercise | undefined): Exercise | undefined {
  return exercise && exercise.margin >= MIN_MARGIN ? exercise : undefined;
}
