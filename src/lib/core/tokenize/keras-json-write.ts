import { pythonJsonDumps, type OrderedJson, type OrderedJsonObject } from './python-json.js';
import type { WordTokenizerOptions, WordTokenizerState } from './word-tokenizer.js';

function stringKeys<K>(map: ReadonlyMap<K, string | number>): OrderedJsonObject {
  return new Map([...map].map(([key, value]) => [String(key), value]));
}

/** Keras's Tokenizer.to_json() for these options and state: get_config()'s keys in its order, the dicts as JSON strings. */
export function kerasTokenizerJson(
  options: Required<WordTokenizerOptions>,
  state: WordTokenizerState
): string {
  const indexWord =
    state.indexWord ?? new Map([...state.wordIndex].map(([word, index]) => [index, word]));
  const config: OrderedJsonObject = new Map<string, OrderedJson>([
    ['num_words', options.numWords],
    ['filters', options.filters],
    ['lower', options.lower],
    ['split', options.split],
    ['char_level', options.charLevel],
    ['oov_token', options.oovToken],
    ['document_count', state.documentCount],
    ['word_counts', pythonJsonDumps(stringKeys(state.wordCounts))],
    ['word_docs', pythonJsonDumps(stringKeys(state.wordDocs))],
    ['index_docs', pythonJsonDumps(stringKeys(state.indexDocs))],
    ['index_word', pythonJsonDumps(stringKeys(indexWord))],
    ['word_index', pythonJsonDumps(stringKeys(state.wordIndex))]
  ]);
  return pythonJsonDumps(
    new Map<string, OrderedJsonObject | string>([
      ['class_name', 'Tokenizer'],
      ['config', config]
    ])
  );
}
