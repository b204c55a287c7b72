import { textToWordSequence } from './keras-words.js';
import type { Random } from './random.js';
import { DISTRACTOR_CLAUSES } from './memory-vocabulary.js';

/** A distractor clause with its token count, so gaps can be filled to an exact length. */
export interface SizedClause {
  /** The clause as written. */
  text: string;
  /** Its number of tokens. */
  length: number;
}

/** Every distractor clause with its length, in the declared order. */
export const SIZED_CLAUSES: readonly SizedClause[] = DISTRACTOR_CLAUSES.map((text) => ({
  text,
  length: textToWordSequence(text).length
}));

// Shortest first, so the clauses that fit a gap of r tokens are a prefix: FITTING[r] of them.
const SHORTEST_FIRST = [...SIZED_CLAUSES].sort((a, b) => a.length - b.length);
const LONGEST = SHORTEST_FIRST.at(-1)?.length ?? 0;
const FITTING = Array.from(
  { length: LONGEST + 1 },
  (_, r) => SHORTEST_FIRST.filter((clause) => clause.length <= r).length
);

/**
 * Random distractor clauses totalling exactly `length` tokens. Each step picks uniformly among the
 * clauses that still fit and are not used yet; a clause repeats only when every fitting clause is
 * already used (the one-token clauses make any length reachable).
 */
export function randomGap(random: Random, length: number): string[] {
  const chosen: string[] = [];
  const used = new Set<number>();
  let left = length;
  while (left > 0) {
    const fitting = FITTING[Math.min(left, LONGEST)] as number;
    const usedFitting = [...used].filter((index) => index < fitting).length;
    let index = random.int(fitting);
    // Redrawing until a fresh clause comes up is uniform over the fresh ones.
    if (usedFitting < fitting) while (used.has(index)) index = random.int(fitting);
    const clause = SHORTEST_FIRST[index] as SizedClause;
    chosen.push(clause.text);
    used.add(index);
    left -= clause.length;
  }
  return chosen;
}

/**
 * Distractor clauses totalling exactly `length` tokens, always the same for the same length: whole
 * clauses in the declared order while they fit, then the first unused clause of exactly the
 * remaining length. Growing the length by one keeps all but the last clause in place, which is
 * what a gap slider wants.
 */
export function fixedGap(length: number): string[] {
  const chosen: string[] = [];
  let left = length;
  let next = 0;
  for (;;) {
    const clause = SIZED_CLAUSES[next % SIZED_CLAUSES.length] as SizedClause;
    if (clause.length > left) break;
    chosen.push(clause.text);
    left -= clause.length;
    next++;
  }
  if (left > 0) {
    const exact = SIZED_CLAUSES.filter((clause) => clause.length === left);
    const unused = exact.find((clause) => !chosen.includes(clause.text));
    chosen.push((unused ?? (exact[0] as SizedClause)).text);
  }
  return chosen;
}
