import { describe, expect, it } from 'vitest';
import { buildFromCorpus, SubwordTokenizer } from '$lib/core/tokenize/index.js';

// mulberry32: a tiny seeded generator, so every run draws the same strings.
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

// Pieces chosen to hit every rule: word-end spaces, escapes, reserved tokens, surrogates, marks, RTL.
const nasty = [
  'a', 'Ire', 'land', 'foo', 'bar', 'I', '9', ' ', ' ', ' ', '  ', '_', '__', '\\', '\\&', 'undsc',
  '\\&undsc', '&', '<EOS>', '<', '>', '.', ', ', '\n', '\t', '\r\n', '\0', '👍', '👨‍👩‍👧', '🇮🇪',
  '\ud83d', '\udc4d', '\u200b', '\u200d', '\ufeff', '\ufffd', 'é', 'e\u0301', 'שלום', 'مرحبا',
  '\u202e', '你好', '<b>', '</b>', '&amp;', "'", '"', 'İ', 'ß', '\u0000x'
]; // prettier-ignore

function randomText(random: () => number, pieces: number): string {
  let text = '';
  for (let i = 0; i < pieces; i++) text += nasty[Math.floor(random() * nasty.length)] ?? '';
  return text;
}

function randomUnits(random: () => number, length: number): string {
  return String.fromCharCode(...Array.from({ length }, () => Math.floor(random() * 0x10000)));
}

const vocabularies: [string, SubwordTokenizer][] = [
  ['an empty vocabulary', new SubwordTokenizer([])],
  ['the TFDS test vocabulary', new SubwordTokenizer(['foo_', 'bar_', 'foo', 'bar', '<EOS>'])],
  [
    // Escape fragments, a bare "_", reserved-looking mixes: the pieces that could break decoding.
    'a vocabulary of traps',
    new SubwordTokenizer([
      '_', 'a_', '\\&u', 'a\\&undsc', 'x\\&undsc_', '\\&undsc', '\\', '\\&', 'undsc_', 'a\\&undscb',
      '<EOS>', '<EOS>_', 'e.', ' ', '  ', ', _', "'_", 'Ire', 'land_', 'שלום_', '👍', '👍_', '\ud83d'
    ]) // prettier-ignore
  ],
  [
    'a built vocabulary',
    buildFromCorpus(
      ['I lived in Ireland, so at school they made me learn how to speak Gaelic. '.repeat(3),
        'a_b a_b foo_bar \\&undsc <EOS> 👍👍 שלום שלום'], // prettier-ignore
      300,
      { reservedTokens: ['<EOS>'] }
    )
  ]
];

describe.each(vocabularies)('decode(encode(text)) with %s', (_name, tokenizer) => {
  it.each([
    ['the empty string', ''],
    ['a space', ' '],
    ['two spaces', '  '],
    ['a trailing space', 'Ireland '],
    ['underscores', '_ __ a_b _a b_'],
    ['the escape itself', '\\&undsc \\&undsc_ x\\&undsc a\\&undscb'],
    ['emoji and flags', 'I 👍 🇮🇪 👨‍👩‍👧'],
    ['lone surrogates', '\ud83d x \udc4d\ud83d'],
    ['right-to-left text', 'שלום עולם مرحبا \u202eevil'],
    ['zero-width characters', 'a\u200bb\u200dc\ufeff'],
    ['HTML', '<p class="x">Hi &amp; bye</p><br />'],
    ['10 000 characters', 'I lived in Ireland, so 👍 _ '.repeat(400).slice(0, 10000)]
  ])('round-trips %s', (_what, text) => {
    expect(tokenizer.decode(tokenizer.encode(text))).toBe(text);
  });

  it('round-trips 500 random strings of tricky pieces', () => {
    const random = seeded(2024);
    for (let n = 0; n < 500; n++) {
      const text = randomText(random, Math.floor(random() * 12));
      expect(tokenizer.decode(tokenizer.encode(text)), JSON.stringify(text)).toBe(text);
    }
  });

  it('round-trips 200 strings of random UTF-16 units', () => {
    const random = seeded(99);
    for (let n = 0; n < 200; n++) {
      const text = randomUnits(random, Math.floor(random() * 40));
      expect(tokenizer.decode(tokenizer.encode(text)), JSON.stringify(text)).toBe(text);
    }
  });

  it('gives spans that tile the text in order', () => {
    const random = seeded(5);
    for (let n = 0; n < 200; n++) {
      const text = randomText(random, Math.floor(random() * 10));
      const pieces = tokenizer.encodeWithSpans(text);
      let covered = 0;
      for (const piece of pieces) {
        // Bytes of one character share its span; otherwise each piece starts where the last ended.
        expect(piece.start === covered || piece.end === covered).toBe(true);
        covered = piece.end;
      }
      expect(covered).toBe(text.length);
      expect(pieces.map((p) => p.id)).toEqual(tokenizer.encode(text));
      expect(pieces.every((p) => p.id >= 1 && p.id < tokenizer.vocabSize)).toBe(true);
    }
  });
});
