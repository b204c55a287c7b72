import { describe, expect, it } from 'vitest';
import { buildFromCorpus, SubwordTokenizer } from '$lib/core/tokenize/index.js';
import { UnrolledError } from '$lib/core/errors.js';

// mulberry32, so the corpus is the same every run.
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'i you we they lived live living in at on Ireland Irish Iceland France French Spain Spanish so ' +
  'then school schools teacher teachers made make making me us learn learned learning how to speak ' +
  'spoke speaking Gaelic English the a an of and but, because. really very good bad film films movie'
).split(' ');

function corpus(seed: number, lines: number): string[] {
  const random = seeded(seed);
  return Array.from({ length: lines }, () => {
    const length = 4 + Math.floor(random() * 10);
    return Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');
  });
}

const english = corpus(1, 300);

describe('buildFromCorpus(texts, targetVocabSize, options)', () => {
  const built = buildFromCorpus(english, 350);

  it('lands within 1% of the target when the corpus allows it', () => {
    expect(Math.abs(built.vocabSize - 350)).toBeLessThan(3.5);
    expect(Math.abs(buildFromCorpus(english, 300).vocabSize - 300)).toBeLessThan(3);
  });

  it('stops at the largest vocabulary the corpus allows', () => {
    // About 60 distinct words cannot fill 2000 ids: every target past that gives the same vocabulary.
    const most = buildFromCorpus(english, 2000);
    expect(most.vocabSize).toBeLessThan(2000);
    expect(buildFromCorpus(english, 5000).subwords).toEqual(most.subwords);
  });

  it('is deterministic', () =>
    expect(buildFromCorpus(english, 350).subwords).toEqual(built.subwords));

  it('orders subwords by how often they were counted, longest-first prefixes discounted', () => {
    // Frequent whole words with their word end come first.
    expect(built.subwords.slice(0, 40)).toEqual(expect.arrayContaining(['the_']));
    expect(new Set(built.subwords).size).toBe(built.subwords.length);
  });

  it('encodes its corpus losslessly and shorter than bytes alone', () => {
    const bytesOnly = new SubwordTokenizer([]);
    for (const line of english.slice(0, 50)) {
      const ids = built.encode(line);
      expect(built.decode(ids)).toBe(line);
      expect(ids.length).toBeLessThan(bytesOnly.encode(line).length);
    }
  });

  it('grows with the target', () => {
    const small = buildFromCorpus(english, 280);
    expect(small.vocabSize).toBeLessThan(built.vocabSize);
  });

  it('keeps no subword of a single byte, and none with a newline', () => {
    const withNewlines = buildFromCorpus(
      english.map((line) => line + '\n\n'),
      400
    );
    for (const subword of [...built.subwords, ...withNewlines.subwords]) {
      expect(new TextEncoder().encode(subword).length).toBeGreaterThan(1);
      expect(subword).not.toContain('\n');
    }
  });

  it('builds nothing from ASCII with maxSubwordLength 1, but keeps multi-byte characters', () => {
    // As TFDS's test_max_subword_length: single bytes are always in the vocabulary already.
    expect(buildFromCorpus(english, 300, { maxSubwordLength: 1 }).subwords).toEqual([]);
    const chinese = buildFromCorpus(['你好 你好 世界', '你好世界'], 300, { maxSubwordLength: 1 });
    expect(chinese.subwords.length).toBeGreaterThan(0);
    expect(chinese.subwords.every((subword) => [...subword].length === 1)).toBe(true);
  });

  it('reads only maxCorpusChars characters', () => {
    // As TFDS's test_max_chars: one character read gives one subword, that character.
    const one = buildFromCorpus(['你好世界', '再见'], 300, { maxCorpusChars: 1 });
    expect(one.subwords).toEqual(['你']);
  });

  it('puts reserved tokens first and keeps them whole', () => {
    const withReserved = buildFromCorpus(
      english.map((line) => line + '<EOS>'),
      400,
      { reservedTokens: ['<EOS>', '<EOD>'] }
    );
    expect(withReserved.subwords.slice(0, 2)).toEqual(['<EOS>', '<EOD>']);
    expect(withReserved.subwords.filter((s) => s === '<EOS>')).toHaveLength(1);
    // As TFDS's test_reserved_tokens.
    expect(withReserved.encode('Ireland<EOD>').at(-1)).toBe(2);
    expect(withReserved.encode('Ireland<EOD>a').at(-2)).toBe(2);
    expect(withReserved.encode('Ireland<EOD>{').at(-2)).toBe(2);
  });

  it('returns only the reserved tokens for an empty corpus', () =>
    expect(buildFromCorpus([], 300, { reservedTokens: ['<EOS>'] }).subwords).toEqual(['<EOS>']));

  it.each([
    ['a target below 258', () => buildFromCorpus(english, 257)],
    ['a zero maxSubwordLength', () => buildFromCorpus(english, 300, { maxSubwordLength: 0 })],
    [
      'an all-letter reserved token',
      () => buildFromCorpus(english, 300, { reservedTokens: ['EOS'] })
    ],
    [
      'a reserved token ending in _',
      () => buildFromCorpus(english, 300, { reservedTokens: ['<E>_'] })
    ],
    [
      'a repeated reserved token',
      () => buildFromCorpus(english, 300, { reservedTokens: ['<a>', '<a>'] })
    ]
  ])('rejects %s', (_name, build) => expect(build).toThrow(UnrolledError));
});
