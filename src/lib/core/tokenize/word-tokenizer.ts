import { UnrolledError } from '../errors.js';
import { kerasTokenizerJson } from './keras-json-write.js';
import { kerasWords, kerasWordSpans, type KerasTextOptions } from './keras-words.js';
import type { Tokenizer, WordPiece } from './types.js';

/** Keras's default filters: ASCII punctuation except the apostrophe, plus tab and newline. */
export const KERAS_DEFAULT_FILTERS = '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n';

/** The arguments of tf.keras.preprocessing.text.Tokenizer, camel-cased; every one has Keras's default. */
export interface WordTokenizerOptions {
  /** Keep only ids below this (the num_words-1 most frequent words); null keeps all. Default null. */
  numWords?: number | null;
  /** Characters replaced by `split` before splitting. Default KERAS_DEFAULT_FILTERS. */
  filters?: string;
  /** Lower-case texts first. Default true. */
  lower?: boolean;
  /** The separator between words. Default ' '. */
  split?: string;
  /** Every character is a token. Default false. */
  charLevel?: boolean;
  /** The word unknown words become (it takes index 1 when fitting); null drops unknown words. Default null. */
  oovToken?: string | null;
}

/** Everything a Keras Tokenizer learns from fit_on_texts, as its to_json() stores it. */
export interface WordTokenizerState {
  /** How many texts were fitted. */
  documentCount: number;
  /** How often each word occurred, in first-seen order. */
  wordCounts: Map<string, number>;
  /** In how many texts each word occurred. */
  wordDocs: Map<string, number>;
  /** word_docs keyed by index. */
  indexDocs: Map<number, number>;
  /** Word to id, most frequent first (the OOV token first when set). */
  wordIndex: Map<string, number>;
  /** Id to word; derived from wordIndex when left out. */
  indexWord?: Map<number, string>;
}

type TextOrTokens = string | readonly string[];

// A string is iterable too: fitOnTexts('some text') would fit every character as a text.
function notOneString(texts: Iterable<TextOrTokens>): void {
  if (typeof texts === 'string') {
    throw new UnrolledError(
      'bad-input',
      'expected a list of texts, got one string: wrap it in [ ]'
    );
  }
}

// A loop, not Math.max(...values): a spread of a 100 000-word index can overflow the call stack.
function largest(values: Iterable<number>): number {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max;
}

function checkOptions(options: WordTokenizerOptions): void {
  const { numWords, split } = options;
  if (numWords != null && (!Number.isInteger(numWords) || numWords < 0)) {
    throw new UnrolledError(
      'bad-input',
      `num_words must be a whole number ≥ 0 or null, not ${numWords}`
    );
  }
  if (split === '')
    throw new UnrolledError('bad-input', 'split must not be empty (Python cannot split on "")');
}

/** A word tokenizer that behaves like tf.keras.preprocessing.text.Tokenizer and reads and writes its JSON. */
export class WordTokenizer implements Tokenizer {
  /** Always 'word'. */
  readonly kind = 'word' as const;
  /** num_words: ids at or above it are cut; null keeps all. */
  readonly numWords: number | null;
  /** Characters replaced by the separator. */
  readonly filters: string;
  /** Whether texts are lower-cased. */
  readonly lower: boolean;
  /** The separator between words. */
  readonly split: string;
  /** Whether every character is a token. */
  readonly charLevel: boolean;
  /** The word unknown words become, or null to drop them. */
  readonly oovToken: string | null;
  #documentCount: number;
  readonly #wordCounts: Map<string, number>;
  readonly #wordDocs: Map<string, number>;
  readonly #indexDocs: Map<number, number>;
  #wordIndex: Map<string, number>;
  #indexWord: Map<number, string>;
  #largestIndex = 0;

  constructor(options: WordTokenizerOptions = {}, state?: WordTokenizerState) {
    checkOptions(options);
    this.numWords = options.numWords ?? null;
    this.filters = options.filters ?? KERAS_DEFAULT_FILTERS;
    this.lower = options.lower ?? true;
    this.split = options.split ?? ' ';
    this.charLevel = options.charLevel ?? false;
    this.oovToken = options.oovToken ?? null;
    this.#documentCount = state?.documentCount ?? 0;
    this.#wordCounts = new Map(state?.wordCounts);
    this.#wordDocs = new Map(state?.wordDocs);
    this.#indexDocs = new Map(state?.indexDocs);
    this.#wordIndex = new Map(state?.wordIndex);
    this.#indexWord = state?.indexWord
      ? new Map(state.indexWord)
      : new Map([...this.#wordIndex].map(([word, index]) => [index, word]));
    this.#largestIndex = largest(this.#wordIndex.values());
  }

  /** The options this tokenizer was made with, as the constructor takes them. */
  get options(): Required<WordTokenizerOptions> {
    const { numWords, filters, lower, split, charLevel, oovToken } = this;
    return { numWords, filters, lower, split, charLevel, oovToken };
  }

  /** A copy of what was learned, as the second constructor argument takes it. */
  get state(): WordTokenizerState {
    return {
      documentCount: this.#documentCount,
      wordCounts: new Map(this.#wordCounts),
      wordDocs: new Map(this.#wordDocs),
      indexDocs: new Map(this.#indexDocs),
      wordIndex: new Map(this.#wordIndex),
      indexWord: new Map(this.#indexWord)
    };
  }

  /** Word to id (Keras's word_index), in index order after fitting. */
  get wordIndex(): ReadonlyMap<string, number> {
    return this.#wordIndex;
  }

  /** Id to word (Keras's index_word). */
  get indexWord(): ReadonlyMap<number, string> {
    return this.#indexWord;
  }

  /** How many texts were fitted (Keras's document_count). */
  get documentCount(): number {
    return this.#documentCount;
  }

  /** One more than the largest id encode can return: min(num_words, largest index + 1). */
  get vocabSize(): number {
    const all = this.#largestIndex + 1;
    return this.numWords ? Math.min(this.numWords, all) : all;
  }

  get #textOptions(): KerasTextOptions {
    return {
      filters: this.filters,
      lower: this.lower,
      split: this.split,
      charLevel: this.charLevel
    };
  }

  #words(text: TextOrTokens): string[] {
    if (typeof text !== 'string')
      return text.map((word) => (this.lower ? word.toLowerCase() : word));
    return kerasWords(text, this.#textOptions);
  }

  /** Keras's fit_on_texts: counts words and re-assigns ids by descending count (ties keep first-seen order). */
  fitOnTexts(texts: Iterable<TextOrTokens>): this {
    notOneString(texts);
    for (const text of texts) {
      this.#documentCount += 1;
      const words = this.#words(text);
      for (const word of words) this.#wordCounts.set(word, (this.#wordCounts.get(word) ?? 0) + 1);
      // Keras walks a Python set here, whose order varies from run to run; first-seen is as good and stable.
      for (const word of new Set(words))
        this.#wordDocs.set(word, (this.#wordDocs.get(word) ?? 0) + 1);
    }
    // Array.prototype.sort is stable, like Python's sort(reverse=True): equal counts keep first-seen order.
    const byCount = [...this.#wordCounts].sort((a, b) => b[1] - a[1]);
    // concat, not push(...words): a spread of a large vocabulary can overflow the call stack.
    const vocabulary = (this.oovToken === null ? [] : [this.oovToken]).concat(
      byCount.map(([word]) => word)
    );
    this.#wordIndex = new Map();
    vocabulary.forEach((word, i) => this.#wordIndex.set(word, i + 1));
    this.#indexWord = new Map([...this.#wordIndex].map(([word, index]) => [index, word]));
    this.#largestIndex = largest(this.#wordIndex.values());
    for (const [word, docs] of this.#wordDocs) {
      const index = this.#wordIndex.get(word);
      if (index !== undefined) this.#indexDocs.set(index, docs);
    }
    return this;
  }

  // Keras's rule for one word: its id, the OOV id (unknown or cut by num_words), or nothing.
  #idOf(word: string): number | undefined {
    const index = this.#wordIndex.get(word);
    if (index !== undefined && !(this.numWords && index >= this.numWords)) return index;
    return this.oovToken === null ? undefined : this.#wordIndex.get(this.oovToken);
  }

  /** Keras's texts_to_sequences: one id list per text. */
  textsToSequences(texts: Iterable<TextOrTokens>): number[][] {
    notOneString(texts);
    const sequences: number[][] = [];
    for (const text of texts) {
      const ids: number[] = [];
      for (const word of this.#words(text)) {
        const id = this.#idOf(word);
        if (id !== undefined) ids.push(id);
      }
      sequences.push(ids);
    }
    return sequences;
  }

  /** Keras's sequences_to_texts: words joined by spaces; unknown or cut ids become the OOV token or vanish. */
  sequencesToTexts(sequences: Iterable<readonly number[]>): string[] {
    const oovWord = this.oovToken === null ? undefined : this.#wordIndex.get(this.oovToken);
    const texts: string[] = [];
    for (const sequence of sequences) {
      const words: string[] = [];
      for (const id of sequence) {
        const word = this.#indexWord.get(id);
        const known = word !== undefined && !(this.numWords && id >= this.numWords);
        const shown = known
          ? word
          : oovWord === undefined
            ? undefined
            : this.#indexWord.get(oovWord);
        if (shown !== undefined) words.push(shown);
      }
      texts.push(words.join(' '));
    }
    return texts;
  }

  /** The ids Keras's texts_to_sequences gives for one text. */
  encode(text: string): number[] {
    return this.textsToSequences([text])[0] ?? [];
  }

  /** Every word of the text in order, with its id and span; words Keras drops are kept with id -1 and dropped: true. */
  encodeWithSpans(text: string): WordPiece[] {
    const oovId = this.oovToken === null ? undefined : this.#wordIndex.get(this.oovToken);
    return kerasWordSpans(text, this.#textOptions).map(({ word, start, end }) => {
      const id = this.#idOf(word);
      return {
        text: text.slice(start, end),
        word,
        id: id ?? -1,
        start,
        end,
        oov: id === undefined || id === oovId,
        dropped: id === undefined
      };
    });
  }

  /** The words of the ids joined by spaces (sequences_to_texts), skipping padding 0. */
  decode(ids: readonly number[]): string {
    return this.sequencesToTexts([ids.filter((id) => id !== 0)])[0] ?? '';
  }

  /** Keras's to_json(), byte for byte. */
  serialize(): string {
    return kerasTokenizerJson(this.options, this.state);
  }
}
