import { UnrolledError } from '../errors.js';

/** A seeded source of randomness: the same seed gives the same sequence on every platform. */
export interface Random {
  /** The next raw 32-bit unsigned integer. */
  uint32(): number;
  /** A float in [0, 1) with 32 random bits. */
  next(): number;
  /** An integer in [0, n), without modulo bias. */
  int(n: number): number;
  /** An integer in [min, max], both ends included. */
  between(min: number, max: number): number;
  /** One item of a non-empty array, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy of the array (Fisher–Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** True with probability p. */
  chance(p: number): boolean;
}

const TWO_32 = 2 ** 32;

/**
 * Creates a generator seeded with an integer (taken modulo 2^32).
 * The algorithm is sfc32 from Chris Doty-Humphrey's PractRand (public domain), seeded as PractRand
 * seeds it: a = 0, b = seed, c = 0, counter = 1, then 12 outputs discarded. It uses only 32-bit
 * integer operations, which JavaScript defines exactly, so no platform can drift.
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) {
    throw new UnrolledError('bad-input', `The seed must be an integer, got ${seed}.`);
  }
  let a = 0;
  let b = seed | 0;
  let c = 0;
  let counter = 1;

  const uint32 = (): number => {
    const t = (((a + b) | 0) + counter) | 0;
    counter = (counter + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) uint32();

  const int = (n: number): number => {
    if (!Number.isInteger(n) || n < 1 || n > TWO_32) {
      throw new UnrolledError('bad-input', `int(n) needs an integer n in [1, 2^32], got ${n}.`);
    }
    // Reject the top sliver of 32-bit values that would make some results more likely.
    const limit = TWO_32 - (TWO_32 % n);
    let x = uint32();
    while (x >= limit) x = uint32();
    return x % n;
  };

  return {
    uint32,
    next: () => uint32() / TWO_32,
    int,
    between(min, max) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
        throw new UnrolledError('bad-input', `between(min, max) needs integers min ≤ max.`);
      }
      return min + int(max - min + 1);
    },
    pick(items) {
      if (items.length === 0)
        throw new UnrolledError('bad-input', 'pick() needs a non-empty array.');
      return items[int(items.length)] as (typeof items)[number];
    },
    shuffle(items) {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
    chance(p) {
      if (!(p >= 0 && p <= 1)) {
        throw new UnrolledError('bad-input', `chance(p) needs p in [0, 1], got ${p}.`);
      }
      return uint32() / TWO_32 < p;
    }
  };
}
