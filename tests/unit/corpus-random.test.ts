import { describe, expect, it } from 'vitest';
import { createRandom, textToWordSequence, weightedPicker } from '$lib/core/corpus/index.js';

/** Pearson's chi-square statistic of observed counts against expected counts. */
function chiSquare(observed: readonly number[], expected: readonly number[]): number {
  return observed.reduce(
    (sum, o, i) => sum + (o - (expected[i] ?? 0)) ** 2 / (expected[i] ?? 1),
    0
  );
}

/** Upper 0.1% point of chi-square with df degrees of freedom (Wilson–Hilferty approximation). */
function chiSquareCritical(df: number): number {
  const z = 3.0902; // standard normal 99.9% quantile
  return df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3;
}

const first = (seed: number, n: number) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.uint32());
};

describe('createRandom(seed)', () => {
  it('createRandom(seed) repeats the same sequence for the same seed', () => {
    expect(first(42, 1000)).toEqual(first(42, 1000));
  });

  it('createRandom(seed) gives different sequences for different seeds', () => {
    expect(first(1, 8)).not.toEqual(first(2, 8));
    expect(first(0, 8)).not.toEqual(first(1, 8));
  });

  // Golden values from an independent Python sfc32 seeded the same way (PractRand's seeding):
  //   M = 0xffffffff; a, b, c, d = 0, seed & M, 0, 1
  //   step: t = (a + b + d) & M; d += 1; a = b ^ (b >> 9); b = (c + (c << 3)) & M;
  //         c = ((c << 21) | (c >> 11)) & M; c = (c + t) & M; return t   (12 steps discarded)
  it('createRandom(seed).uint32() matches a reference sfc32', () => {
    expect(first(0, 4)).toEqual([1363572419, 145230303, 808754475, 4216505632]);
    expect(first(1, 4)).toEqual([2012149540, 1872316204, 1707632675, 1779833415]);
    expect(first(42, 4)).toEqual([1264412219, 1947509147, 3919439299, 1251167922]);
  });

  it('createRandom(seed) takes seeds modulo 2^32', () => {
    expect(first(-1, 4)).toEqual(first(2 ** 32 - 1, 4));
    expect(first(2 ** 32 + 5, 4)).toEqual(first(5, 4));
  });

  it('createRandom(seed) rejects seeds that are not integers', () => {
    expect(() => createRandom(1.5)).toThrow(/integer/);
    expect(() => createRandom(Number.NaN)).toThrow(/integer/);
  });

  it('random.next() stays in [0, 1)', () => {
    const random = createRandom(7);
    for (let i = 0; i < 10_000; i++) {
      const x = random.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it('random.int(n) draws every value in [0, n) about equally often', () => {
    const random = createRandom(3);
    const n = 7;
    const draws = 70_000;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < draws; i++) {
      const k = random.int(n);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(chiSquare(counts, new Array<number>(n).fill(draws / n))).toBeLessThan(
      chiSquareCritical(n - 1)
    );
  });

  it('random.int(n) rejects n that is not a positive integer', () => {
    const random = createRandom(3);
    expect(() => random.int(0)).toThrow();
    expect(() => random.int(2.5)).toThrow();
    expect(random.int(1)).toBe(0);
  });

  it('random.between(min, max) reaches both ends and nothing outside', () => {
    const random = createRandom(9);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(random.between(-2, 3));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(() => random.between(3, 2)).toThrow();
  });

  it('random.pick(items) returns items of the array and refuses an empty one', () => {
    const random = createRandom(4);
    const items = ['a', 'b', 'c'];
    const seen = new Set(Array.from({ length: 300 }, () => random.pick(items)));
    expect([...seen].sort()).toEqual(items);
    expect(() => random.pick([])).toThrow();
  });

  it('random.shuffle(items) returns a permutation and leaves the input alone', () => {
    const random = createRandom(5);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = random.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(createRandom(5).shuffle(items)).toEqual(shuffled);
  });

  it('random.chance(p) is true with probability p', () => {
    const random = createRandom(6);
    const hits = Array.from({ length: 20_000 }, () => random.chance(0.3)).filter(Boolean).length;
    expect(hits / 20_000).toBeCloseTo(0.3, 1);
    expect(Array.from({ length: 100 }, () => random.chance(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, () => random.chance(1)).every(Boolean)).toBe(true);
    expect(() => random.chance(1.5)).toThrow();
  });
});

describe('weightedPicker(random, weights)', () => {
  it('weightedPicker(random, [1, 0, 3])() follows the weights and never draws a zero weight', () => {
    const pick = weightedPicker(createRandom(8), [1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const k = pick();
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect(chiSquare([counts[0] ?? 0, counts[2] ?? 0], [10_000, 30_000])).toBeLessThan(
      chiSquareCritical(1)
    );
  });

  it('weightedPicker(random, weights) refuses negative, infinite or all-zero weights', () => {
    const random = createRandom(8);
    expect(() => weightedPicker(random, [1, -1])).toThrow();
    expect(() => weightedPicker(random, [1, Infinity])).toThrow();
    expect(() => weightedPicker(random, [0, 0])).toThrow();
  });
});

describe('textToWordSequence(text)', () => {
  it('textToWordSequence(text) lowercases and drops the punctuation Keras filters', () => {
    expect(textToWordSequence('I lived in Ireland, so at school!')).toEqual([
      'i',
      'lived',
      'in',
      'ireland',
      'so',
      'at',
      'school'
    ]);
  });

  it('textToWordSequence(text) keeps apostrophes inside words, as Keras does', () => {
    expect(textToWordSequence("The plot wasn't good")).toEqual(['the', 'plot', "wasn't", 'good']);
  });

  it('textToWordSequence(text) splits on filtered characters, tabs and newlines', () => {
    expect(textToWordSequence('well-made\tfilm\n(really)')).toEqual([
      'well',
      'made',
      'film',
      'really'
    ]);
  });

  it('textToWordSequence(text) does not split on whitespace Keras does not filter', () => {
    expect(textToWordSequence('a\rb  c')).toEqual(['a\rb', 'c']);
  });
});
