import { describe, expect, it } from 'vitest';
import {
  MAX_SENTIMENT_WORDS,
  RARE_FILM_NOUNS,
  generateSentimentExamples,
  readSentimentParts,
  sentimentLabel,
  sentimentPolarity,
  textToWordSequence,
  type SentimentExample
} from '$lib/core/corpus/index.js';

const labelOf = (text: string) => {
  const parts = readSentimentParts(text);
  if (parts === undefined) throw new Error(`no sentiment word in "${text}"`);
  return sentimentLabel(parts);
};

const share = (examples: SentimentExample[], test: (example: SentimentExample) => boolean) =>
  examples.filter(test).length / examples.length;

describe('sentimentLabel(parts)', () => {
  it('sentimentLabel([clause]) follows the sign of the word', () => {
    expect(sentimentLabel([{ word: 'good', negated: false }])).toBe(1);
    expect(sentimentLabel([{ word: 'terrible', negated: false }])).toBe(0);
    expect(sentimentLabel([{ word: 'masterpiece', negated: false }])).toBe(1);
    expect(sentimentLabel([{ word: 'mess', negated: false }])).toBe(0);
  });

  it('sentimentLabel([clause]) flips on negation: "not good" is negative, "not bad" positive', () => {
    expect(sentimentLabel([{ word: 'good', negated: true }])).toBe(0);
    expect(sentimentLabel([{ word: 'bad', negated: true }])).toBe(1);
  });

  it('sentimentLabel([clause]) ignores intensifiers', () => {
    expect(sentimentLabel([{ word: 'terrible', negated: false, intensifier: 'really' }])).toBe(0);
    expect(sentimentLabel([{ word: 'great', negated: false, intensifier: 'extremely' }])).toBe(1);
    expect(sentimentLabel([{ word: 'good', negated: true, intensifier: 'very' }])).toBe(0);
  });

  it('sentimentLabel([first, second]) takes the clause after "but"', () => {
    expect(
      sentimentLabel([
        { word: 'good', negated: false },
        { word: 'boring', negated: false }
      ])
    ).toBe(0);
    expect(
      sentimentLabel([
        { word: 'weak', negated: false },
        { word: 'great', negated: false }
      ])
    ).toBe(1);
    expect(
      sentimentLabel([
        { word: 'great', negated: false },
        { word: 'good', negated: true }
      ])
    ).toBe(0);
  });

  it('sentimentLabel(parts) refuses no clause or a word outside the vocabulary', () => {
    expect(() => sentimentLabel([])).toThrow();
    expect(() => sentimentLabel([{ word: 'long', negated: false }])).toThrow();
    expect(sentimentPolarity('film')).toBe(0);
  });
});

describe('readSentimentParts(text) with sentimentLabel', () => {
  it.each([
    ['the acting was great', 1],
    ['the plot was not good', 0],
    ['good acting but a boring plot', 0],
    ['the film was really terrible', 0],
    ['not bad at all', 1],
    ["the plot wasn't very good", 0],
    ["I didn't find the ending dull", 1],
    ['I never found the script clever', 0],
    ['the script was weak but the cast was great', 1],
    ['the plot was not good but the cast was great', 1],
    ['the film was a masterpiece', 1],
    ['the film was not a masterpiece', 0],
    ['an extremely dull movie', 0]
  ] as const)('labels "%s" as %i', (text, label) => expect(labelOf(text)).toBe(label));

  it('readSentimentParts(text) is undefined when a clause has no sentiment word', () => {
    expect(readSentimentParts('the plot was long')).toBeUndefined();
    expect(readSentimentParts('the plot was good but long')).toBeUndefined();
  });

  it('readSentimentParts(text) reads the intensifier and the negation', () => {
    expect(readSentimentParts('the plot was not very good but a truly awful ending')).toEqual([
      { word: 'good', negated: true, intensifier: 'very' },
      { word: 'awful', negated: false, intensifier: 'truly' }
    ]);
  });
});

describe('generateSentimentExamples(count, options)', () => {
  const examples = generateSentimentExamples(9000, { seed: 1 });

  it('generateSentimentExamples(count, { seed }) is the same for the same seed', () => {
    expect(generateSentimentExamples(300, { seed: 5 })).toEqual(
      generateSentimentExamples(300, { seed: 5 })
    );
  });

  it('generateSentimentExamples(count, { seed }) differs between seeds', () => {
    const a = generateSentimentExamples(50, { seed: 5 }).map((example) => example.text);
    const b = generateSentimentExamples(50, { seed: 6 }).map((example) => example.text);
    expect(a.filter((text, i) => text === b[i]).length).toBeLessThan(5);
  });

  it('generateSentimentExamples: every text reads back to its parts and label', () => {
    for (const example of examples) {
      expect(readSentimentParts(example.text)).toEqual(example.parts);
      expect(labelOf(example.text)).toBe(example.label);
      expect(example.tokens).toEqual(textToWordSequence(example.text));
    }
  });

  it('generateSentimentExamples: no sentence is longer than MAX_SENTIMENT_WORDS', () => {
    const longest = Math.max(...examples.map((example) => example.tokens.length));
    expect(longest).toBeLessThanOrEqual(MAX_SENTIMENT_WORDS);
  });

  it('generateSentimentExamples: labels are balanced overall and within each kind', () => {
    expect(share(examples, (e) => e.label === 1)).toBeGreaterThan(0.47);
    expect(share(examples, (e) => e.label === 1)).toBeLessThan(0.53);
    for (const kind of ['plain', 'negated', 'contrast'] as const) {
      const ofKind = examples.filter((example) => example.kind === kind);
      expect(share(ofKind, (e) => e.label === 1)).toBeGreaterThan(0.45);
      expect(share(ofKind, (e) => e.label === 1)).toBeLessThan(0.55);
    }
  });

  it('generateSentimentExamples: each kind has its shape', () => {
    for (const { kind, parts, tokens } of examples) {
      if (kind === 'plain') expect(parts.map((part) => part.negated)).toEqual([false]);
      if (kind === 'negated') expect(parts.map((part) => part.negated)).toEqual([true]);
      if (kind === 'contrast') {
        expect(tokens).toContain('but');
        expect(parts).toHaveLength(2);
        const [first, second] = parts.map((part) => {
          const sign = sentimentPolarity(part.word);
          return part.negated ? -sign : sign;
        });
        expect(first).toBe(-(second ?? 0));
      }
    }
  });

  it('generateSentimentExamples: no sentiment word gives the label away', () => {
    const labelsByWord = new Map<string, Set<number>>();
    for (const { parts, label } of examples) {
      for (const { word } of parts) {
        labelsByWord.set(word, (labelsByWord.get(word) ?? new Set()).add(label));
      }
    }
    for (const labels of labelsByWord.values()) expect(labels.size).toBe(2);
  });

  it('generateSentimentExamples never intensifies a negated negative word', () => {
    for (const { parts } of examples) {
      for (const part of parts) {
        if (part.negated && sentimentPolarity(part.word) < 0) {
          expect(part.intensifier).toBeUndefined();
        }
      }
    }
    expect(
      share(examples, (e) => e.parts.some((part) => part.intensifier !== undefined))
    ).toBeGreaterThan(0.2);
  });

  it('generateSentimentExamples(count, { kinds }) follows the mix', () => {
    const negated = generateSentimentExamples(500, { seed: 2, kinds: { negated: 1 } });
    expect(negated.every((example) => example.kind === 'negated')).toBe(true);
    const mixed = generateSentimentExamples(8000, { seed: 2, kinds: { plain: 3, contrast: 1 } });
    expect(share(mixed, (e) => e.kind === 'plain')).toBeCloseTo(0.75, 1);
    expect(share(mixed, (e) => e.kind === 'negated')).toBe(0);
    expect(share(examples, (e) => e.kind === 'contrast')).toBeCloseTo(1 / 3, 1);
  });

  it('generateSentimentExamples(count, { rareNounRate }) mixes in rare film nouns', () => {
    const rare = new Set<string>(RARE_FILM_NOUNS);
    const hasRare = (example: SentimentExample) => example.tokens.some((token) => rare.has(token));
    expect(share(examples, hasRare)).toBeGreaterThan(0.03);
    const none = generateSentimentExamples(2000, { seed: 3, rareNounRate: 0 });
    expect(none.some(hasRare)).toBe(false);
  });

  it('generateSentimentExamples rejects impossible options', () => {
    expect(() => generateSentimentExamples(-1)).toThrow();
    expect(() => generateSentimentExamples(5, { kinds: { plain: 0 } })).toThrow();
    expect(() => generateSentimentExamples(5, { intensifierRate: 2 })).toThrow();
  });
});
