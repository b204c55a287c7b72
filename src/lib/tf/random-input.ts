// Random inputs of the right shape for a model, for verify and bench.
import { createRandom } from '../core/corpus/random.js';
import type { InputSpec, TraceInput } from './input.js';
import { sideShape } from './side-inputs.js';

/**
 * A seeded random input a model accepts: ids in 1..vocabulary−1 (never the padding id 0), or vectors in [−1, 1];
 * a model's other inputs get the same kind of numbers (ids where an Embedding reads them), from the same seed.
 */
export function randomInput(spec: InputSpec, length: number, seed: number): TraceInput {
  const random = createRandom(seed);
  const steps = spec.steps ?? length;
  const id = (vocabulary: number | null) => 1 + random.int(Math.max(1, (vocabulary ?? 2) - 1));
  const value = () => 2 * random.next() - 1;
  const sequence: TraceInput =
    spec.kind === 'ids'
      ? { ids: Array.from({ length: steps }, () => id(spec.vocabularySize)) }
      : {
          values: Array.from({ length: steps }, () =>
            Array.from({ length: spec.features ?? 1 }, value)
          )
        };
  const sides = spec.sideInputs ?? [];
  if (sides.length === 0) return sequence;
  const sideInputs = sides.map((side) => {
    const size = sideShape(side, steps).reduce((product, n) => product * n, 1);
    return Array.from({ length: size }, () =>
      side.kind === 'ids' ? id(side.vocabularySize) : value()
    );
  });
  return { ...sequence, sideInputs };
}
