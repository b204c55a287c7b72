import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseSubwordsFile,
  SubwordTokenizer,
  subwordsFileText,
  subwordTokenizerFromFile
} from '$lib/core/tokenize/index.js';
import { UnrolledError } from '$lib/core/errors.js';

// TFDS's own test vocabulary (subword_text_encoder_test.py): ids 1..5, then bytes from 6.
const tfdsVocab = ['foo_', 'bar_', 'foo', 'bar', '<EOS>'];

describe('SubwordTokenizer.encode(text) with the TFDS test vocabulary', () => {
  const tokenizer = new SubwordTokenizer(tfdsVocab);
  // Expected ids as published in TFDS's subword_text_encoder_test.py.
  it.each([
    ['foo bar', [1, 4]],
    ['foobar foo bar<EOS>bar', [3, 2, 1, 4, 5, 4]],
    ['bar <EOS>bar', [2, 5, 4]],
    ['bar <EOS> bar', [2, 5, 38, 4]],
    ['bar<EOS> bar', [4, 5, 38, 4]],
    ['a_b!', [103, 101, 104, 39]],
    ['foo \\bar_!', [3, 38, 98, 4, 101, 39]],
    ['foo \\\\bar_!', [3, 38, 98, 98, 4, 101, 39]],
    ['你', [234, 195, 166]]
  ])('encode(%j) is %j and decodes back', (text, ids) => {
    expect(tokenizer.encode(text)).toEqual(ids);
    expect(tokenizer.decode(ids)).toBe(text);
  });

  it('vocabSize is 1 + subwords + 256', () => expect(tokenizer.vocabSize).toBe(262));

  it('decodes an invalid byte to U+FFFD and keeps the valid character before it', () => {
    // TFDS's test_bad_bytes: the byte 220 on its own is not UTF-8.
    const text = tokenizer.decode([...tokenizer.encode('你'), 220 + tfdsVocab.length + 1]);
    expect(text).toBe('你\ufffd');
  });

  it('decodes reserved tokens with the word-end space', () => {
    // TFDS's test_reserved_tokens: decode([1, 78, 2]) is '<EOS> <EOD>' for a vocabulary of 45 subwords
    // starting with the two reserved tokens, so 78 is the space byte (1 + 45 + 32).
    const fillers = Array.from({ length: 43 }, (_, i) => `w${i}`);
    const reserved = new SubwordTokenizer(['<EOS>', '<EOD>', ...fillers]);
    expect(reserved.decode([1, 78, 2])).toBe('<EOS> <EOD>');
  });
});

describe('SubwordTokenizer id layout', () => {
  // The TF "Text classification with an RNN" tutorial prints, for imdb_reviews/subwords8k (vocab_size
  // 8185, so 7928 subwords): "Hello TensorFlow." → [4025, 222, 6307, 2327, 4043, 2120, 7975] as
  // Hell|o_|Ten|sor|Fl|ow|. and "TensorFlow is cool." → [6307, 2327, 4043, 4265, 9, 2724, 7975].
  // Putting those subwords at those ids in a vocabulary of that size must give the same ids, the
  // final "." coming from the byte fallback (1 + 7928 + 46).
  const subwords = Array.from({ length: 7928 }, (_, i) => `filler${i}q`);
  const placed: [number, string][] = [
    [4025, 'Hell'],
    [222, 'o_'],
    [6307, 'Ten'],
    [2327, 'sor'],
    [4043, 'Fl'],
    [2120, 'ow'],
    [4265, 'ow_'],
    [9, 'is_'],
    [2724, 'cool']
  ];
  for (const [id, subword] of placed) subwords[id - 1] = subword;
  const tokenizer = new SubwordTokenizer(subwords);

  it('reproduces the published ids of the subwords8k tutorial', () => {
    expect(tokenizer.vocabSize).toBe(8185);
    expect(tokenizer.encode('Hello TensorFlow.')).toEqual([
      4025, 222, 6307, 2327, 4043, 2120, 7975
    ]);
    expect(tokenizer.encode('TensorFlow is cool.')).toEqual([
      6307, 2327, 4043, 4265, 9, 2724, 7975
    ]);
    expect(tokenizer.decode([4025, 222, 6307, 2327, 4043, 2120, 7975])).toBe('Hello TensorFlow.');
    expect(tokenizer.decode([222])).toBe('o ');
  });
});

describe('SubwordTokenizer.encodeWithSpans(text)', () => {
  // A hand-made vocabulary for the running example; the ids below were worked out on paper by
  // greedy longest match over "I_ lived_ in_ Ireland , _so_ at_ school_ they_ …".
  const vocab = [
    'I_',
    'lived_',
    'in_',
    'Ire',
    'land',
    'land_',
    ', ',
    'so_',
    'at_',
    'sch',
    'ool_',
    'the',
    'y_'
  ];
  vocab.push('made_', 'me_', 'learn_', 'how_', 'to_', 'speak_');
  const tokenizer = new SubwordTokenizer(vocab);
  const sentence = 'I lived in Ireland, so at school they made me learn how to speak ___';

  it('splits the running example as worked out by hand', () => {
    const pieces = tokenizer.encodeWithSpans(sentence);
    expect(pieces.map((p) => p.text)).toEqual([
      'I_',
      'lived_',
      'in_',
      'Ire',
      'land',
      ', ',
      'so_',
      'at_',
      'sch',
      'ool_',
      'the',
      'y_',
      'made_',
      'me_',
      'learn_',
      'how_',
      'to_',
      'speak_',
      '_',
      '_',
      '_'
    ]);
    // 1 + 19 subwords + byte 0x5f ("_") = 115.
    expect(pieces.map((p) => p.id)).toEqual([
      1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 115, 115, 115
    ]);
    expect(tokenizer.decode(pieces.map((p) => p.id))).toBe(sentence);
  });

  it('gives spans in the original text; a word-end piece covers its space', () => {
    const pieces = tokenizer.encodeWithSpans(sentence);
    const span = (text: string) =>
      pieces.filter((p) => p.text === text).map((p) => [p.start, p.end]);
    expect(span('I_')).toEqual([[0, 2]]);
    expect(span('Ire')).toEqual([[11, 14]]);
    expect(span('land')).toEqual([[14, 18]]);
    expect(span(', ')).toEqual([[18, 20]]);
    expect(span('so_')).toEqual([[20, 23]]);
    expect(span('_')).toEqual([
      [65, 66],
      [66, 67],
      [67, 68]
    ]);
    expect(sentence.slice(65)).toBe('___');
    expect(pieces.every((p) => p.byteFallback === p.oov)).toBe(true);
  });

  it('uses the word-final subword when a space follows', () =>
    expect(tokenizer.encode('Ireland is')).toEqual([4, 6, 20 + 0x69, 20 + 0x73]));

  it('falls back to one piece per UTF-8 byte, all spanning the character', () => {
    const pieces = tokenizer.encodeWithSpans('👍');
    expect(pieces.map((p) => [p.text, p.id, p.start, p.end, p.byteFallback])).toEqual([
      ['<0xF0>', 20 + 0xf0, 0, 2, true],
      ['<0x9F>', 20 + 0x9f, 0, 2, true],
      ['<0x91>', 20 + 0x91, 0, 2, true],
      ['<0x8D>', 20 + 0x8d, 0, 2, true]
    ]);
  });

  it('ends a word only at a lone space: " 👍" is one non-word token, so "I" is not "I_"', () => {
    const pieces = tokenizer.encodeWithSpans('I 👍');
    expect(pieces.slice(0, 2).map((p) => [p.text, p.id])).toEqual([
      ['I', 20 + 0x49],
      [' ', 20 + 0x20]
    ]);
    expect(pieces).toHaveLength(6);
  });

  it('shows a fallback space (two spaces in a row) as the space itself', () => {
    const pieces = tokenizer.encodeWithSpans('so  at');
    expect(pieces.map((p) => [p.text, p.id, p.start, p.end])).toEqual([
      ['s', 20 + 0x73, 0, 1],
      ['o', 20 + 0x6f, 1, 2],
      [' ', 20 + 0x20, 2, 3],
      [' ', 20 + 0x20, 3, 4],
      ['a', 20 + 0x61, 4, 5],
      ['t', 20 + 0x74, 5, 6]
    ]);
  });
});

describe('SubwordTokenizer.decode(ids)', () => {
  const tokenizer = new SubwordTokenizer(tfdsVocab);
  it('skips padding anywhere', () => expect(tokenizer.decode([0, 1, 0, 4, 0, 0])).toBe('foo bar'));
  it('rejects ids outside the vocabulary', () => {
    expect(() => tokenizer.decode([262])).toThrow(UnrolledError);
    expect(() => tokenizer.decode([-1])).toThrow(/outside/);
    expect(() => tokenizer.decode([1.5])).toThrow(UnrolledError);
  });
  it('turns an escaped underscore inside a subword back into "_"', () => {
    const withEscape = new SubwordTokenizer(['my\\&undscvar_']);
    expect(withEscape.encode('my_var x')).toEqual([1, 2 + 0x78]);
    expect(withEscape.decode([1])).toBe('my_var ');
  });
});

describe('.subwords files', () => {
  const fixture = readFileSync(
    new URL('../fixtures/tokenize/tiny.subwords', import.meta.url),
    'utf8'
  );

  it('reads a file in TFDS save_to_file format', () =>
    expect(parseSubwordsFile(fixture)).toEqual(tfdsVocab));

  it('writes the same bytes back', () =>
    expect(subwordTokenizerFromFile(fixture).serialize()).toBe(fixture));

  it('keeps quotes, spaces and backslashes inside subwords as they are', () => {
    const subwords = ["it's_", ' ', "''", '\\', 'ü_', '\r'];
    expect(parseSubwordsFile(subwordsFileText(subwords))).toEqual(subwords);
  });

  it('tolerates Windows line ends and a missing metadata line', () => {
    const crlf = "### SubwordTextEncoder\r\n### Metadata: {}\r\n'a_'\r\n'b'\r\n";
    expect(parseSubwordsFile(crlf)).toEqual(['a_', 'b']);
    expect(parseSubwordsFile("### SubwordTextEncoder\n'a_'\n")).toEqual(['a_']);
  });

  it('drops empty subwords when building the tokenizer, as TFDS does', () =>
    expect(new SubwordTokenizer(['a', '', 'b']).subwords).toEqual(['a', 'b']));

  it.each([
    ['no header', "'a'\n"],
    ['another encoder', '### TokenTextEncoder\n### Metadata: {}\n'],
    ['bad metadata', '### SubwordTextEncoder\n### Metadata: {oops\n'],
    ['an unquoted line', '### SubwordTextEncoder\n### Metadata: {}\nabc\n'],
    ['a lone quote', "### SubwordTextEncoder\n### Metadata: {}\n'\n"]
  ])('rejects %s', (_name, text) => expect(() => parseSubwordsFile(text)).toThrow(UnrolledError));

  it('refuses to write a subword with a newline, which the format cannot hold', () =>
    expect(() => subwordsFileText(['a\nb'])).toThrow(/newline/));
});
