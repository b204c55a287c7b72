// Tokenizers: a Keras-compatible word tokenizer and a TFDS-compatible subword tokenizer.
export type { SubwordPiece, Tokenizer, TokenPiece, WordPiece } from './types.js';
export {
  KERAS_DEFAULT_FILTERS,
  WordTokenizer,
  type WordTokenizerOptions,
  type WordTokenizerState
} from './word-tokenizer.js';
export { kerasWords, kerasWordSpans, type KerasTextOptions, type WordSpan } from './keras-words.js';
export { kerasTokenizerJson } from './keras-json-write.js';
export { wordTokenizerFromJson, wordTokenizerFromJsonValue } from './keras-json-read.js';
export { padSequences, type PadOptions } from './pad-sequences.js';
export { BYTE_FALLBACK_IDS, SubwordTokenizer } from './subword-tokenizer.js';
export { UNDERSCORE_ESCAPE } from './subword-units.js';
export { buildFromCorpus, type BuildOptions } from './subword-build.js';
export { parseSubwordsFile, subwordsFileText } from './subwords-file.js';
export { isSubwordTokenizer, loadTokenizer, subwordTokenizerFromFile } from './load-tokenizer.js';
export { parseOrderedJson } from './ordered-json.js';
export { pythonJsonDumps, type OrderedJson, type OrderedJsonObject } from './python-json.js';
