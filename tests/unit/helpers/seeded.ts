import { createRandom } from '$lib/core/corpus/random.js';

/** The project's seeded generator with the range helpers random-architecture tests read best with. */
export function seeded(seed: number) {
  const random = createRandom(seed);
  return {
    next: () => random.next(),
    /** Uniform in [lo, hi). */
    uniform: (lo: number, hi: number) => lo + (hi - lo) * random.next(),
    /** Integer in [lo, hi]. */
    int: (lo: number, hi: number) => random.between(lo, hi),
    /** One element of a list. */
    pick: <T>(items: readonly T[]): T => random.pick(items),
    /** True with probability p. */
    chance: (p: number) => random.chance(p)
  };
}

/** The generator type. */
export type Seeded = ReturnType<typeof seeded>;
