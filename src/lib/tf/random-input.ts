// Random inputs of the right shape for a model, for verify and bench.
import { createRandom } from '../core/corpus/random.js';
import type { InputSpec, TraceInput } from './input.js';

/** A seeded random input a model accepts: ids in 1..vocabulary−1 (never the padding id 0), or vectors in [−1, 1]. */
export function randomInput(spec: InputSpec, length: number, seed: number): TraceInput {
  const random = createRandom(seed);
  const steps = spec.steps ?? length;
  if (spec.kind === 'ids') {
    const vocabulary = spec.vocabularySize ?? 2;
    return {
      ids: Array.from({ length: steps }, () => 1 + random.int(Math.max(1, vocabulary - 1)))
    };
  }
  const features = spec.features ?? 1;
  return {
    values: Array.from({ length: steps }, () =>
      Array.from({ length: features }, () => 2 * random.next() - 1)
    )
  };
}
