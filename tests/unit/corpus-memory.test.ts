import { describe, expect, it } from 'vitest';
import {
  COURSE_DISTANCE,
  DISTANCE_BUCKETS,
  DISTRACTOR_CLAUSES,
  MEMORY_COUNTRIES,
  MEMORY_LABELS,
  MEMORY_OPENINGS,
  MEMORY_TAILS,
  createRandom,
  distanceBucket,
  fixedGap,
  generateMemoryExamples,
  memorySentence,
  randomGap,
  textToWordSequence,
  type MemoryExample
} from '$lib/core/corpus/index.js';

const COURSE_SENTENCE = 'I lived in Ireland, so at school they made me learn how to speak';

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

/** Chi-square test of independence between the words after the country and the label. */
function wordLabelIndependence(rows: readonly { words: readonly string[]; label: number }[]) {
  const table = new Map<string, number[]>();
  const labelTotals = new Array<number>(MEMORY_LABELS.length).fill(0);
  let total = 0;
  for (const { words, label } of rows) {
    for (const word of words) {
      const counts = table.get(word) ?? new Array<number>(MEMORY_LABELS.length).fill(0);
      counts[label] = (counts[label] ?? 0) + 1;
      table.set(word, counts);
      labelTotals[label] = (labelTotals[label] ?? 0) + 1;
      total++;
    }
  }
  let statistic = 0;
  for (const counts of table.values()) {
    const wordTotal = counts.reduce((a, b) => a + b, 0);
    counts.forEach((observed, label) => {
      const expected = (wordTotal * (labelTotals[label] ?? 0)) / total;
      statistic += (observed - expected) ** 2 / expected;
    });
  }
  const df = (table.size - 1) * (MEMORY_LABELS.length - 1);
  return { statistic, critical: chiSquareCritical(df) };
}

const afterCountry = (example: MemoryExample) => example.tokens.slice(example.countryPosition + 1);
const lower = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()));

describe('memorySentence(country, distractorTokens)', () => {
  it('memorySentence("Ireland") is exactly the course sentence, at distance 10', () => {
    const example = memorySentence('Ireland');
    expect(example.text).toBe(COURSE_SENTENCE);
    expect(example.tokens).toEqual(textToWordSequence(COURSE_SENTENCE));
    expect(example.tokens[example.countryPosition]).toBe('ireland');
    expect(example.distance).toBe(10);
    expect(COURSE_DISTANCE).toBe(10);
    expect(example.language).toBe('Gaelic');
    expect(MEMORY_LABELS[example.label]).toBe('Gaelic');
  });

  it('memorySentence(country, n) has distance 10 + n for every n and country', () => {
    for (const country of MEMORY_COUNTRIES) {
      for (let n = 0; n <= 120; n++) {
        const example = memorySentence(country, n);
        expect(example.distance).toBe(10 + n);
        expect(example.tokens.length - 1 - example.countryPosition).toBe(10 + n);
        expect(example.text.endsWith('so at school they made me learn how to speak')).toBe(true);
      }
    }
  });

  it('memorySentence(country, n) is the same on every call', () => {
    expect(memorySentence('Japan', 23)).toEqual(memorySentence('Japan', 23));
  });

  it('memorySentence(country, n + 1) keeps every clause of n but the last', () => {
    for (let n = 0; n < 120; n++) {
      const shorter = fixedGap(n);
      const longer = fixedGap(n + 1);
      expect(shorter.slice(0, longer.length - 1)).toEqual(longer.slice(0, -1));
    }
  });

  it('memorySentence(country, n) rejects negative or fractional gaps', () => {
    expect(() => memorySentence('Ireland', -1)).toThrow();
    expect(() => memorySentence('Ireland', 1.5)).toThrow();
  });
});

describe('randomGap(random, length)', () => {
  const tokenCount = (clauses: readonly string[]) =>
    clauses.reduce((sum, clause) => sum + textToWordSequence(clause).length, 0);

  it('randomGap(random, n) fills exactly n tokens with distractor clauses', () => {
    const random = createRandom(10);
    for (let n = 0; n <= 150; n++) {
      const gap = randomGap(random, n);
      expect(tokenCount(gap)).toBe(n);
      for (const clause of gap) expect(DISTRACTOR_CLAUSES).toContain(clause);
    }
  });

  it('randomGap(random, n) repeats a clause only when every clause that fits is used', () => {
    const random = createRandom(11);
    for (let i = 0; i < 2000; i++) {
      const gap = randomGap(random, 60);
      let left = 60;
      gap.forEach((clause, step) => {
        const before = new Set(gap.slice(0, step));
        if (before.has(clause)) {
          const fitting = DISTRACTOR_CLAUSES.filter((c) => textToWordSequence(c).length <= left);
          expect(fitting.every((c) => before.has(c))).toBe(true);
        }
        left -= textToWordSequence(clause).length;
      });
    }
  });

  it('randomGap(random, 40) seldom needs to repeat a clause', () => {
    const random = createRandom(11);
    const gaps = Array.from({ length: 1000 }, () => randomGap(random, 40));
    const repeating = gaps.filter((gap) => new Set(gap).size < gap.length).length;
    expect(repeating).toBeLessThan(50);
  });
});

describe('generateMemoryExamples(count, options)', () => {
  it('generateMemoryExamples(count, { seed }) is the same for the same seed', () => {
    expect(generateMemoryExamples(300, { seed: 11 })).toEqual(
      generateMemoryExamples(300, { seed: 11 })
    );
  });

  it('generateMemoryExamples(count, { seed }) differs between seeds', () => {
    const a = generateMemoryExamples(50, { seed: 11 }).map((example) => example.text);
    const b = generateMemoryExamples(50, { seed: 12 }).map((example) => example.text);
    expect(a.filter((text, i) => text === b[i]).length).toBeLessThan(5);
  });

  it('generateMemoryExamples(count) gives consistent, self-describing examples', () => {
    const longestOpening = Math.max(
      ...MEMORY_OPENINGS.map((opening) => textToWordSequence(opening).length)
    );
    const languages = lower(MEMORY_LABELS);
    for (const example of generateMemoryExamples(3000, { seed: 2 })) {
      expect(example.tokens).toEqual(textToWordSequence(example.text));
      expect(example.tokens[example.countryPosition]).toBe(example.country.toLowerCase());
      expect(example.distance).toBe(example.tokens.length - 1 - example.countryPosition);
      expect(MEMORY_COUNTRIES[example.label]).toBe(example.country);
      expect(MEMORY_LABELS[example.label]).toBe(example.language);
      expect(example.distance).toBeGreaterThanOrEqual(2);
      expect(example.distance).toBeLessThanOrEqual(40);
      expect(example.tokens.length).toBeLessThanOrEqual(longestOpening + 1 + 40);
      expect(example.tokens.some((token) => languages.has(token))).toBe(false);
    }
  });

  it('generateMemoryExamples(20000) spreads distances 2..40 uniformly', () => {
    const counts = new Array<number>(41).fill(0);
    for (const { distance } of generateMemoryExamples(20_000, { seed: 1 })) {
      counts[distance] = (counts[distance] ?? 0) + 1;
    }
    const observed = counts.slice(2);
    expect(observed.every((count) => count > 0)).toBe(true);
    expect(
      chiSquare(
        observed,
        observed.map(() => 20_000 / 39)
      )
    ).toBeLessThan(chiSquareCritical(38));
  });

  it('generateMemoryExamples(count, { minDistance, maxDistance }) stays in range and reaches both ends', () => {
    const distances = generateMemoryExamples(2000, {
      seed: 4,
      minDistance: 30,
      maxDistance: 60
    }).map((example) => example.distance);
    expect(Math.min(...distances)).toBe(30);
    expect(Math.max(...distances)).toBe(60);
  });

  it('generateMemoryExamples(count, { weights }) draws distances by weight', () => {
    const only7 = generateMemoryExamples(200, { seed: 4, weights: (d) => (d === 7 ? 1 : 0) });
    expect(new Set(only7.map((example) => example.distance))).toEqual(new Set([7]));
    const mean = (examples: MemoryExample[]) =>
      examples.reduce((sum, example) => sum + example.distance, 0) / examples.length;
    const shortBiased = generateMemoryExamples(4000, { seed: 4, weights: (d) => 1 / d ** 2 });
    expect(mean(shortBiased)).toBeLessThan(mean(generateMemoryExamples(4000, { seed: 4 })) / 2);
  });

  it('generateMemoryExamples can produce the exact course sentence', () => {
    const texts = generateMemoryExamples(5000, { seed: 1, minDistance: 10, maxDistance: 10 }).map(
      (example) => example.text
    );
    expect(texts).toContain(COURSE_SENTENCE);
  });

  it('generateMemoryExamples(12000) balances the labels', () => {
    const counts = new Array<number>(MEMORY_LABELS.length).fill(0);
    for (const { label } of generateMemoryExamples(12_000, { seed: 5 })) {
      counts[label] = (counts[label] ?? 0) + 1;
    }
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('generateMemoryExamples puts every distractor clause with every label', () => {
    const seen = new Map<string, Set<number>>(
      DISTRACTOR_CLAUSES.map((clause) => [clause, new Set()])
    );
    for (const example of generateMemoryExamples(5000, { seed: 6 })) {
      for (const clause of DISTRACTOR_CLAUSES) {
        // Clauses contain no commas and are always followed by one, so this matches whole clauses.
        if (example.text.includes(`, ${clause},`)) seen.get(clause)?.add(example.label);
      }
    }
    for (const labels of seen.values()) expect(labels.size).toBe(MEMORY_LABELS.length);
  });

  it('generateMemoryExamples: the words after the country are independent of the label', () => {
    const examples = generateMemoryExamples(5000, { seed: 7 });
    const clean = wordLabelIndependence(
      examples.map((example) => ({ words: afterCountry(example), label: example.label }))
    );
    expect(clean.statistic).toBeLessThan(clean.critical);
    // The same test notices a leak: one label-revealing word in a tenth of the examples.
    const leaky = wordLabelIndependence(
      examples.map((example, i) => ({
        words: i % 10 === 0 ? [...afterCountry(example), example.language] : afterCountry(example),
        label: example.label
      }))
    );
    expect(leaky.statistic).toBeGreaterThan(leaky.critical);
  });

  it('the distractors, openings and endings name no country and no language', () => {
    const named = lower([...MEMORY_COUNTRIES, ...MEMORY_LABELS]);
    for (const text of [...DISTRACTOR_CLAUSES, ...MEMORY_OPENINGS, ...MEMORY_TAILS]) {
      expect(textToWordSequence(text).filter((word) => named.has(word))).toEqual([]);
    }
  });

  it('generateMemoryExamples rejects impossible options', () => {
    expect(() => generateMemoryExamples(-1)).toThrow();
    expect(() => generateMemoryExamples(1.5)).toThrow();
    expect(() => generateMemoryExamples(5, { minDistance: 1 })).toThrow();
    expect(() => generateMemoryExamples(5, { minDistance: 9, maxDistance: 8 })).toThrow();
    expect(() => generateMemoryExamples(5, { weights: () => 0 })).toThrow();
  });
});

describe('distanceBucket(distance)', () => {
  it('distanceBucket(d) puts each boundary in the right bucket', () => {
    const cases: [number, string][] = [
      [2, '2–4'],
      [4, '2–4'],
      [5, '5–8'],
      [8, '5–8'],
      [9, '9–16'],
      [16, '9–16'],
      [17, '17–24'],
      [24, '17–24'],
      [25, '25–32'],
      [32, '25–32'],
      [33, '33–40'],
      [40, '33–40'],
      [41, '41+'],
      [500, '41+']
    ];
    for (const [distance, bucket] of cases) expect(distanceBucket(distance)).toBe(bucket);
  });

  it('distanceBucket(d) rejects distances below 2 or fractional', () => {
    expect(() => distanceBucket(1)).toThrow();
    expect(() => distanceBucket(2.5)).toThrow();
  });

  it('distanceBucket covers the default generator with every bucket but 41+', () => {
    const used = new Set(
      generateMemoryExamples(2000, { seed: 8 }).map((e) => distanceBucket(e.distance))
    );
    expect([...used].sort()).toEqual(DISTANCE_BUCKETS.filter((b) => b !== '41+').sort());
  });
});
