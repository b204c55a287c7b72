import { UnrolledError } from '../errors.js';
import { parseOrderedJson } from './ordered-json.js';
import type { OrderedJson, OrderedJsonObject } from './python-json.js';
import {
  KERAS_DEFAULT_FILTERS,
  WordTokenizer,
  type WordTokenizerOptions,
  type WordTokenizerState
} from './word-tokenizer.js';

function bad(message: string): UnrolledError {
  return new UnrolledError('bad-input', `Keras tokenizer JSON: ${message}`);
}

function isObject(value: OrderedJson | undefined): value is OrderedJsonObject {
  return value instanceof Map;
}

/** Parses JSON text into ordered values; a syntax error becomes a bad-input UnrolledError. */
export function parseJsonOrFail(text: string, what: string): OrderedJson {
  try {
    return parseOrderedJson(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new UnrolledError('bad-input', `${what} is not valid JSON (${why})`, { cause: error });
  }
}

// to_json() stores each dict as a JSON string; a hand-written file may hold the object itself.
function dict(config: OrderedJsonObject, key: string): OrderedJsonObject | undefined {
  const value = config.get(key);
  if (value === undefined || value === null) return undefined;
  const parsed = typeof value === 'string' ? parseJsonOrFail(value, `"${key}"`) : value;
  if (!isObject(parsed)) throw bad(`"${key}" must be a JSON object`);
  return parsed;
}

function count(value: OrderedJson, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw bad(`${where} must be a whole number ≥ 0, not ${JSON.stringify(value)}`);
  }
  return value;
}

function wordToNumber(map: OrderedJsonObject | undefined, key: string, positive: boolean) {
  const out = new Map<string, number>();
  for (const [word, value] of map ?? []) {
    const n = count(value, `"${key}"["${word}"]`);
    if (positive && n === 0) throw bad(`"${key}"["${word}"] must be ≥ 1 (0 is padding)`);
    out.set(word, n);
  }
  return out;
}

function numberKeyed<T>(
  map: OrderedJsonObject | undefined,
  key: string,
  read: (v: OrderedJson, where: string) => T
) {
  const out = new Map<number, T>();
  for (const [raw, value] of map ?? []) {
    const index = Number(raw);
    if (!/^\d+$/.test(raw)) throw bad(`"${key}" has a key that is not an index: "${raw}"`);
    out.set(index, read(value, `"${key}"["${raw}"]`));
  }
  return out;
}

function word(value: OrderedJson, where: string): string {
  if (typeof value !== 'string') throw bad(`${where} must be a string`);
  return value;
}

function option<T>(
  config: OrderedJsonObject,
  key: string,
  test: (v: OrderedJson) => v is T & OrderedJson,
  what: string
): T | undefined {
  const value = config.get(key);
  if (value === undefined) return undefined;
  if (!test(value)) throw bad(`"${key}" must be ${what}, not ${JSON.stringify(value)}`);
  return value;
}

const isString = (v: OrderedJson): v is string => typeof v === 'string';
const isBoolean = (v: OrderedJson): v is boolean => typeof v === 'boolean';
const isStringOrNull = (v: OrderedJson): v is string | null => v === null || typeof v === 'string';
const isCountOrNull = (v: OrderedJson): v is number | null =>
  v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0);

function optionsOf(config: OrderedJsonObject): WordTokenizerOptions {
  return {
    numWords: option(config, 'num_words', isCountOrNull, 'a whole number or null'),
    filters: option(config, 'filters', isString, 'a string'),
    lower: option(config, 'lower', isBoolean, 'true or false'),
    split: option(config, 'split', isString, 'a string'),
    charLevel: option(config, 'char_level', isBoolean, 'true or false'),
    oovToken: option(config, 'oov_token', isStringOrNull, 'a string or null')
  };
}

function stateOf(config: OrderedJsonObject, wordIndex: OrderedJsonObject): WordTokenizerState {
  const indexWord = dict(config, 'index_word');
  const documents = config.get('document_count');
  return {
    documentCount:
      documents === undefined || documents === null ? 0 : count(documents, '"document_count"'),
    wordCounts: wordToNumber(dict(config, 'word_counts'), 'word_counts', false),
    wordDocs: wordToNumber(dict(config, 'word_docs'), 'word_docs', false),
    indexDocs: numberKeyed(dict(config, 'index_docs'), 'index_docs', count),
    wordIndex: wordToNumber(wordIndex, 'word_index', true),
    indexWord: indexWord && numberKeyed(indexWord, 'index_word', word)
  };
}

// A bare word→index map loses oov_token. A word at index 1 that holds a filter character could never
// come out of splitting text, so it can only be the OOV token Keras put there ("<OOV>", "<UNK>").
function inferredOovToken(wordIndex: OrderedJsonObject): string | null {
  for (const [candidate, index] of wordIndex) {
    if (index !== 1) continue;
    return [...candidate].some((char) => KERAS_DEFAULT_FILTERS.includes(char)) ? candidate : null;
  }
  return null;
}

// Accepted shapes: Keras's to_json() ({"class_name": "Tokenizer", "config": …}); a plain object with
// word_index and optionally num_words, oov_token, lower, filters, split, char_level (Keras's names);
// a bare word→index map, whose index-1 word is taken as the OOV token when it holds a filter character.
/** A WordTokenizer from parsed JSON: Keras's to_json(), a {word_index, …} object or a bare word→index map. */
export function wordTokenizerFromJsonValue(value: OrderedJson): WordTokenizer {
  // json.dumps(tokenizer.to_json()) is a common way to save it: a JSON string holding the JSON.
  const root =
    typeof value === 'string' ? parseJsonOrFail(value, 'the quoted tokenizer JSON') : value;
  if (!isObject(root)) throw bad('expected a JSON object');
  const className = root.get('class_name');
  if (className !== undefined && className !== 'Tokenizer') {
    throw bad(`class_name is ${JSON.stringify(className)}, expected "Tokenizer"`);
  }
  const config = root.get('config');
  if (className !== undefined || config !== undefined) {
    if (!isObject(config)) throw bad('"config" must be an object');
    const wordIndex = dict(config, 'word_index');
    if (!wordIndex) throw bad('"config" has no "word_index"');
    return new WordTokenizer(optionsOf(config), stateOf(config, wordIndex));
  }
  if (root.has('word_index')) {
    const wordIndex = dict(root, 'word_index');
    if (!wordIndex) throw bad('"word_index" must be an object');
    return new WordTokenizer(optionsOf(root), stateOf(root, wordIndex));
  }
  if (root.size === 0) throw bad('the object is empty: no word_index');
  const oovToken = inferredOovToken(root);
  return new WordTokenizer({ oovToken }, stateOf(new Map(), root));
}

/** A WordTokenizer from the text of a Keras tokenizer JSON file (see wordTokenizerFromJsonValue). */
export function wordTokenizerFromJson(text: string): WordTokenizer {
  return wordTokenizerFromJsonValue(parseJsonOrFail(text, 'the tokenizer file'));
}
