import { UnrolledError } from '../errors.js';
import { parseJsonOrFail, wordTokenizerFromJsonValue } from './keras-json-read.js';
import { SubwordTokenizer } from './subword-tokenizer.js';
import { looksLikeSubwordsFile, parseSubwordsFile } from './subwords-file.js';
import type { Tokenizer } from './types.js';
import type { WordTokenizer } from './word-tokenizer.js';

/** A SubwordTokenizer from the text of a TFDS .subwords vocabulary file. */
export function subwordTokenizerFromFile(text: string): SubwordTokenizer {
  return new SubwordTokenizer(parseSubwordsFile(text));
}

/** Reads a tokenizer file of either kind (.subwords vocabulary or Keras JSON); malformed input throws UnrolledError('bad-input'). */
export function loadTokenizer(text: string): WordTokenizer | SubwordTokenizer {
  if (looksLikeSubwordsFile(text)) return subwordTokenizerFromFile(text);
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('### ')) {
    const header = trimmed.split('\n', 1)[0] ?? '';
    throw new UnrolledError(
      'bad-input',
      `"${header.trim()}" is a TFDS vocabulary of another encoder; only SubwordTextEncoder files are supported`
    );
  }
  if (trimmed === '') throw new UnrolledError('bad-input', 'the tokenizer file is empty');
  if (!trimmed.startsWith('{') && !trimmed.startsWith('"')) {
    throw new UnrolledError(
      'bad-input',
      'not a tokenizer file: expected Keras tokenizer JSON ("{…}") or a .subwords file ("### SubwordTextEncoder")'
    );
  }
  return wordTokenizerFromJsonValue(parseJsonOrFail(trimmed, 'the tokenizer file'));
}

/** True when a Tokenizer is a SubwordTokenizer (narrows the type). */
export function isSubwordTokenizer(tokenizer: Tokenizer): tokenizer is SubwordTokenizer {
  return tokenizer.kind === 'subword';
}
