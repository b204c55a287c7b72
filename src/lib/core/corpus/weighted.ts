import { UnrolledError } from '../errors.js';
import type { Random } from './random.js';

/**
 * A function drawing index i with probability weights[i] / sum(weights). The weights are checked
 * once here (finite, ≥ 0, not all zero) so each draw is a bare scan of the cumulative table.
 */
export function weightedPicker(random: Random, weights: readonly number[]): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    if (!(weight >= 0 && Number.isFinite(weight))) {
      throw new UnrolledError('bad-input', `Weights must be finite and ≥ 0, got ${weight}.`);
    }
    total += weight;
    cumulative.push(total);
  }
  if (total <= 0) throw new UnrolledError('bad-input', 'At least one weight must be positive.');
  return () => {
    const target = random.next() * total;
    const index = cumulative.findIndex((edge) => target < edge);
    // Rounding can leave target at the very top; the last positive weight owns it.
    return index === -1 ? cumulative.findIndex((edge) => edge >= total) : index;
  };
}
