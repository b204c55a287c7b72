import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseOrderedJson,
  pythonJsonDumps,
  WordTokenizer,
  wordTokenizerFromJson
} from '$lib/core/tokenize/index.js';
import { UnrolledError } from '$lib/core/errors.js';

// Written by hand in to_json()'s exact format for Tokenizer(num_words=100, oov_token='<oov>') fitted on the
// three sentences below; word_docs (a Python set's order in Keras) is deliberately not in first-seen order.
const fixture = readFileSync(
  new URL('../fixtures/tokenize/keras-oov.json', import.meta.url),
  'utf8'
);
const sentences = ['i love my dog', 'I, love my cat', 'You love my dog!'];

describe('WordTokenizer.serialize() (Keras to_json)', () => {
  it('prints an unfitted tokenizer exactly as tf.keras does', () => {
    // Published output of tf.keras Tokenizer(num_words=10).to_json() before fitting.
    const keras =
      '{"class_name": "Tokenizer", "config": {"num_words": 10, "filters": "!\\"#$%&()*+,-./:;<=>?@[\\\\]^_`{|}~\\t\\n", "lower": true, "split": " ", "char_level": false, "oov_token": null, "document_count": 0, "word_counts": "{}", "word_docs": "{}", "index_docs": "{}", "index_word": "{}", "word_index": "{}"}}';
    expect(new WordTokenizer({ numWords: 10 }).serialize()).toBe(keras);
  });

  it('writes what fitting learned: the fixture, up to the order of word_docs', () => {
    const fitted = new WordTokenizer({ numWords: 100, oovToken: '<oov>' }).fitOnTexts(sentences);
    const ours = parseOrderedJson(fitted.serialize()) as Map<string, Map<string, unknown>>;
    const theirs = parseOrderedJson(fixture) as Map<string, Map<string, unknown>>;
    const config = (root: Map<string, Map<string, unknown>>) => root.get('config') ?? new Map();
    for (const key of [
      'num_words',
      'filters',
      'oov_token',
      'document_count',
      'word_counts',
      'index_word',
      'word_index'
    ]) {
      expect(config(ours).get(key), key).toEqual(config(theirs).get(key));
    }
    const docs = (root: Map<string, Map<string, unknown>>) =>
      Object.fromEntries(
        parseOrderedJson(String(config(root).get('index_docs'))) as Map<string, number>
      );
    expect(docs(ours)).toEqual(docs(theirs));
  });

  it('escapes like Python: non-ASCII as \\uXXXX, emoji as a surrogate pair', () => {
    const json = new WordTokenizer().fitOnTexts(['Déjà vu 👍']).serialize();
    // Python's json.dumps escapes twice here: once in the inner dict string, once in the outer file.
    expect(json).toContain('\\"d\\\\u00e9j\\\\u00e0\\": 1');
    expect(json).toContain('\\"\\\\ud83d\\\\udc4d\\": 1');
    expect(wordTokenizerFromJson(json).wordIndex.get('déjà')).toBe(1);
  });
});

describe('wordTokenizerFromJson(text)', () => {
  it('reads the fixture and encodes like the Keras tokenizer it describes', () => {
    const tokenizer = wordTokenizerFromJson(fixture);
    expect(tokenizer.oovToken).toBe('<oov>');
    expect(tokenizer.numWords).toBe(100);
    expect(tokenizer.documentCount).toBe(3);
    // The published sequences of github.com/HemChandraLive/NLP for this tokenizer.
    expect(tokenizer.textsToSequences(sentences)).toEqual([
      [4, 2, 3, 5],
      [4, 2, 3, 6],
      [7, 2, 3, 5]
    ]);
  });

  it('writes the file back byte for byte, key order included', () =>
    expect(wordTokenizerFromJson(fixture).serialize()).toBe(fixture));

  it('round-trips a fitted tokenizer whose words look like numbers', () => {
    // A plain JS object would move "10" and "2" to the front; the Maps must not.
    const fitted = new WordTokenizer({ oovToken: '<OOV>' }).fitOnTexts(['x 10 x 2 y', 'zz 10']);
    const json = fitted.serialize();
    expect(json).toContain('"word_index": "{\\"<OOV>\\": 1, \\"x\\": 2, \\"10\\": 3, \\"2\\": 4');
    const again = wordTokenizerFromJson(json);
    expect(again.serialize()).toBe(json);
    expect(again.encode('2 10 x q')).toEqual(fitted.encode('2 10 x q'));
  });

  it('reads a to_json() string saved with json.dumps (quoted once more)', () => {
    const quoted = JSON.stringify(fixture);
    expect(wordTokenizerFromJson(quoted).serialize()).toBe(fixture);
  });

  it('reads a plain {word_index, oov_token, num_words} object', () => {
    const tokenizer = wordTokenizerFromJson(
      '{"word_index": {"<unk>": 1, "the": 2, "cat": 3}, "oov_token": "<unk>", "num_words": 3}'
    );
    expect(tokenizer.encode('The cat sat')).toEqual([2, 1, 1]);
  });

  it('reads a bare word→index map, taking an index-1 word with filter characters as the OOV token', () => {
    const withOov = wordTokenizerFromJson('{"<OOV>": 1, "the": 2, "cat": 3}');
    expect(withOov.oovToken).toBe('<OOV>');
    expect(withOov.encode('the dog')).toEqual([2, 1]);
    const without = wordTokenizerFromJson('{"the": 1, "cat": 2}');
    expect(without.oovToken).toBeNull();
    expect(without.encode('the dog cat')).toEqual([1, 2]);
  });

  it.each([
    ['not JSON', '{"class_name": "Tokenizer", '],
    ['another class', '{"class_name": "TextVectorization", "config": {}}'],
    ['no word_index', '{"class_name": "Tokenizer", "config": {"num_words": null}}'],
    ['word_index not JSON', '{"class_name": "Tokenizer", "config": {"word_index": "{oops"}}'],
    ['a zero index', '{"word_index": {"a": 0}}'],
    ['a fractional index', '{"a": 1.5}'],
    ['a bad option', '{"class_name": "Tokenizer", "config": {"word_index": "{}", "lower": "yes"}}'],
    ['an array', '[1, 2]'],
    ['an empty object', '{}']
  ])('rejects %s with a bad-input UnrolledError', (_name, text) => {
    expect(() => wordTokenizerFromJson(text)).toThrow(UnrolledError);
    try {
      wordTokenizerFromJson(text);
    } catch (error) {
      expect((error as UnrolledError).code).toBe('bad-input');
    }
  });
});

describe('pythonJsonDumps(value)', () => {
  it("matches Python's json.dumps escapes and separators", () => {
    // Printed by Python 3.11: json.dumps({'déjà 👍\x7f\x00"\\/\t': 1, '10': 2})
    const value = new Map([
      ['déjà 👍\x7f\x00"\\/\t', 1],
      ['10', 2]
    ]);
    expect(pythonJsonDumps(value)).toBe(
      '{"d\\u00e9j\\u00e0 \\ud83d\\udc4d\\u007f\\u0000\\"\\\\/\\t": 1, "10": 2}'
    );
  });
});

describe('parseOrderedJson(text)', () => {
  it('keeps object keys in file order and parses every JSON value', () => {
    const value = parseOrderedJson('{"b": [1, -2.5e3, true, null], "10": "\\u00e9\\n", "a": {}}');
    expect(value).toBeInstanceOf(Map);
    expect([...(value as Map<string, unknown>).keys()]).toEqual(['b', '10', 'a']);
    expect((value as Map<string, unknown>).get('b')).toEqual([1, -2500, true, null]);
    expect((value as Map<string, unknown>).get('10')).toBe('é\n');
  });
  it.each(['', '{', '{"a" 1}', '[1,]', '"\\x"', 'tru', '{"a": 1} x', '"a\nb"'])(
    'rejects %j',
    (text) => expect(() => parseOrderedJson(text)).toThrow(SyntaxError)
  );
});
