import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isSubwordTokenizer,
  loadTokenizer,
  SubwordTokenizer,
  WordTokenizer,
  type Tokenizer
} from '$lib/core/tokenize/index.js';
import { UnrolledError } from '$lib/core/errors.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/tokenize/${name}`, import.meta.url), 'utf8');

function badInput(run: () => unknown): UnrolledError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UnrolledError);
    expect((error as UnrolledError).code).toBe('bad-input');
    return error as UnrolledError;
  }
  throw new Error('expected an UnrolledError, but nothing was thrown');
}

describe('loadTokenizer(text)', () => {
  it('reads a Keras to_json() file as a word tokenizer', () => {
    const tokenizer = loadTokenizer(fixture('keras-oov.json'));
    expect(tokenizer).toBeInstanceOf(WordTokenizer);
    expect(tokenizer.kind).toBe('word');
    expect(tokenizer.encode('my dog')).toEqual([3, 5]);
  });

  it('reads a .subwords file as a subword tokenizer', () => {
    const tokenizer = loadTokenizer(fixture('tiny.subwords'));
    expect(tokenizer).toBeInstanceOf(SubwordTokenizer);
    expect(isSubwordTokenizer(tokenizer)).toBe(true);
    expect(tokenizer.encode('foo bar')).toEqual([1, 4]);
  });

  it('reads back what serialize() writes, for both kinds', () => {
    const tokenizers: Tokenizer[] = [
      new WordTokenizer({ oovToken: '<OOV>' }).fitOnTexts(['I lived in Ireland']),
      new SubwordTokenizer(['Ire', 'land_', 'I_'])
    ];
    for (const tokenizer of tokenizers) {
      const again = loadTokenizer(tokenizer.serialize());
      expect(again.kind).toBe(tokenizer.kind);
      expect(again.vocabSize).toBe(tokenizer.vocabSize);
      expect(again.encode('I lived in Ireland now')).toEqual(
        tokenizer.encode('I lived in Ireland now')
      );
      expect(again.serialize()).toBe(tokenizer.serialize());
    }
  });

  it('accepts a byte-order mark and leading whitespace', () => {
    expect(loadTokenizer('\ufeff' + fixture('tiny.subwords')).kind).toBe('subword');
    expect(loadTokenizer('\ufeff\n  ' + fixture('keras-oov.json')).kind).toBe('word');
  });

  it.each([
    ['an empty file', '', /empty/],
    ['plain text', 'hello world', /not a tokenizer file/],
    ['another TFDS encoder', '### TokenTextEncoder\n### Metadata: {}\n', /another encoder/],
    ['broken JSON', '{"class_name": "Tokenizer"', /not valid JSON/],
    ['a JSON array', '[1, 2, 3]', /not a tokenizer file/],
    ['a Keras layer config', '{"class_name": "LSTM", "config": {}}', /"Tokenizer"/],
    ['a broken .subwords file', '### SubwordTextEncoder\n### Metadata: {}\nno quotes\n', /line 3/]
  ])('rejects %s with a bad-input UnrolledError that says why', (_name, text, why) => {
    expect(badInput(() => loadTokenizer(text)).message).toMatch(why);
  });
});
