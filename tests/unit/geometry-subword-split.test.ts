import { describe, expect, it } from 'vitest';
import { SubwordTokenizer } from '$lib/core/tokenize/index.js';
import {
  describeSubwordSplit,
  pieceLabel,
  sharedPieces,
  splitData,
  splitLayout,
  splitWords,
  SPLIT_FONT
} from '$lib/geometry/layout/subword-split.js';

// A hand-written vocabulary: "Ireland" → Ire + land_, "England" → Eng + land_; the rest byte by byte.
const tokenizer = new SubwordTokenizer([
  'I_',
  'lived_',
  'in_',
  'Ire',
  'land_',
  'land',
  'Eng',
  ', '
]);
const sentence = 'I lived in Ireland, England';
const pieces = tokenizer.encodeWithSpans(sentence);

describe('splitWords(sentence, pieces)', () => {
  it('groups the real tokenizer’s pieces under their words, punctuation on its own', () => {
    const words = splitWords(sentence, pieces);
    expect(words.map((w) => w.text)).toEqual(['I', 'lived', 'in', 'Ireland', ',', 'England']);
    const ireland = words[3]!.pieces.map((i) => pieces[i]!.text);
    expect(ireland).toEqual(['Ire', 'land']);
    expect(words[4]!.pieces.map((i) => pieces[i]!.text)).toEqual([', ']);
    expect(words[5]!.pieces.map((i) => pieces[i]!.text)).toEqual(['Eng', 'land']);
  });

  it('puts every piece under exactly one word', () => {
    const text = 'Éire  and   👍 land ';
    const spans = tokenizer.encodeWithSpans(text);
    const words = splitWords(text, spans);
    const all = words.flatMap((w) => w.pieces).sort((a, b) => a - b);
    expect(all).toEqual(spans.map((_, i) => i));
  });

  it('keeps a word with no piece (a word tokenizer dropped it) with an empty list', () => {
    const words = splitWords('hi, you', [
      { text: 'hi', id: 2, start: 0, end: 2 },
      { text: 'you', id: 3, start: 4, end: 7 }
    ]);
    expect(words.map((w) => [w.text, w.pieces])).toEqual([
      ['hi', [0]],
      [',', []],
      ['you', [1]]
    ]);
  });
});

describe('sharedPieces(words, pieces)', () => {
  it('finds the piece two different words share, and names the other word', () => {
    const text = 'Ireland England Ireland';
    const spans = tokenizer.encodeWithSpans(text);
    const shared = sharedPieces(splitWords(text, spans), spans);
    const landIndex = spans.findIndex((p) => p.text === 'land_');
    expect(shared.get(landIndex)).toEqual(['England']);
    // The same word twice shares nothing with itself.
    expect([...shared.keys()].every((i) => spans[i]!.text.startsWith('land'))).toBe(true);
  });

  it('never counts byte-fallback bytes as shared', () => {
    const text = 'xy yx';
    const spans = tokenizer.encodeWithSpans(text);
    expect(spans.every((p) => p.byteFallback)).toBe(true);
    expect(sharedPieces(splitWords(text, spans), spans).size).toBe(0);
  });
});

describe('splitLayout(sentence, pieces, width)', () => {
  it('fits every block within the width, wrapping to new rows', () => {
    const layout = splitLayout(sentence, pieces, 200);
    for (const block of layout.blocks) expect(block.x + block.width).toBeLessThanOrEqual(200);
    expect(new Set(layout.blocks.map((b) => b.y)).size).toBeGreaterThan(1);
    expect(layout.height).toBeGreaterThan(Math.max(...layout.blocks.map((b) => b.y)));
  });

  it('keeps one row when the width allows it', () => {
    const layout = splitLayout(sentence, pieces, 2000);
    expect(new Set(layout.blocks.map((b) => b.y)).size).toBe(1);
  });

  it('continues a word too long for a row on the next one, labelled once', () => {
    const long = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
    const spans = tokenizer.encodeWithSpans(long);
    const layout = splitLayout(long, spans, 200);
    expect(layout.blocks.length).toBeGreaterThan(1);
    expect(layout.blocks.filter((b) => b.label !== '')).toHaveLength(1);
    expect(layout.blocks[0]!.label.endsWith('…')).toBe(true);
    expect(layout.blocks.flatMap((b) => b.chips)).toHaveLength(spans.length);
  });

  it('sizes chips by their text in the monospace font, ids included', () => {
    const layout = splitLayout(sentence, pieces, 2000);
    const chip = layout.blocks[3]!.chips[0]!;
    expect(chip.label).toBe('Ire');
    expect(chip.idText).toBe(String(tokenizer.encode('Ire')[0]));
    expect(chip.width).toBeCloseTo(3 * SPLIT_FONT.chip * SPLIT_FONT.charEm + 12);
  });

  it('marks byte-fallback chips and shows spaces', () => {
    const layout = splitLayout('Éire', tokenizer.encodeWithSpans('Éire'), 400);
    const chips = layout.blocks.flatMap((b) => b.chips);
    expect(chips[0]!.label).toBe('<0xC3>');
    expect(chips.every((chip) => chip.byteFallback)).toBe(true);
    expect(pieceLabel(', ')).toBe(',␣');
  });
});

describe('describeSubwordSplit(sentence, pieces)', () => {
  it('lists word → pieces with ids and explains the shared piece', () => {
    const text = 'Ireland England in';
    const spans = tokenizer.encodeWithSpans(text);
    const [ire, land, eng] = [spans[0]!, spans[1]!, spans[2]!];
    const description = describeSubwordSplit(text, spans);
    expect(description).toContain(`Ireland → Ire (${ire.id}) + land_ (${land.id})`);
    expect(description).toContain(`England → Eng (${eng.id}) + land_ (${land.id})`);
    expect(description).toContain(`"land_" (${land.id}) is in Ireland, England`);
    expect(description).toContain('cannot say which word it came from');
  });

  it('names the words spelled byte by byte and stops listing after the limit', () => {
    const text = 'Ireland xyz Ireland';
    const description = describeSubwordSplit(text, tokenizer.encodeWithSpans(text), 2);
    expect(description).toContain('byte fallback (not in the vocabulary): xyz');
    expect(description).toContain('and 1 more words');
  });
});

describe('splitData(sentence, pieces)', () => {
  it('has a row per piece with its word, span and flags', () => {
    const data = splitData(sentence, pieces);
    expect(data.rows).toHaveLength(pieces.length);
    const ire = data.rows.find((row) => row[1] === 'Ire')!;
    expect(ire).toEqual(['Ireland', 'Ire', pieces[3]!.id, 11, 14, '', false]);
  });
});
