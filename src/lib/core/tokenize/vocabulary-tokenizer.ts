// The tokenizer a Keras TextVectorization layer amounts to (output_mode 'int'): standardise, split on
// whitespace or characters, look each token up in the layer's vocabulary (id = line number).
import { UnrolledError } from '../errors.js';
import type { TokenPiece, Tokenizer } from './types.js';

/** TextVectorization's standardize and split settings, as its config stores them. */
export interface VocabularyOptions {
  /** 'lower_and_strip_punctuation' (Keras's default), 'lower', 'strip_punctuation' or null. */
  standardize?: string | null;
  /** 'whitespace' (Keras's default) or 'character'. */
  split?: string | null;
}

// Keras's DEFAULT_STRIP_REGEX: ASCII punctuation, the apostrophe included.
const PUNCTUATION = /[!"#$%&()*+,\-./:;<=>?@[\\\]^_`{|}~']/g;
const OOV = '[UNK]';

/** A tokenizer over a TextVectorization vocabulary (index 0 is padding, the '[UNK]' entry takes unknown tokens). */
export class VocabularyTokenizer implements Tokenizer {
  /** Always 'word'. */
  readonly kind = 'word' as const;
  /** The vocabulary, id order. */
  readonly vocabulary: readonly string[];
  readonly #ids: Map<string, number>;
  readonly #oov: number;
  readonly #lower: boolean;
  readonly #strip: boolean;
  readonly #characters: boolean;

  /** Takes the vocabulary as Keras's get_vocabulary() lists it (padding '' and '[UNK]' first). */
  constructor(vocabulary: readonly string[], options: VocabularyOptions = {}) {
    const standardize =
      options.standardize === undefined ? 'lower_and_strip_punctuation' : options.standardize;
    const split = options.split ?? 'whitespace';
    if (
      !['lower_and_strip_punctuation', 'lower', 'strip_punctuation', null].includes(standardize)
    ) {
      throw new UnrolledError(
        'bad-input',
        `TextVectorization standardize '${standardize}' is a Python function unrolled cannot run; type word ids.`
      );
    }
    if (split !== 'whitespace' && split !== 'character') {
      throw new UnrolledError(
        'bad-input',
        `TextVectorization split '${split}' is a Python function unrolled cannot run; type word ids.`
      );
    }
    this.vocabulary = vocabulary;
    this.#ids = new Map();
    vocabulary.forEach((token, id) => {
      if (!this.#ids.has(token)) this.#ids.set(token, id);
    });
    this.#oov = this.#ids.get(OOV) ?? 1;
    this.#lower = standardize === 'lower' || standardize === 'lower_and_strip_punctuation';
    this.#strip =
      standardize === 'strip_punctuation' || standardize === 'lower_and_strip_punctuation';
    this.#characters = split === 'character';
  }

  /** One more than the largest id (the embedding's input size). */
  get vocabSize(): number {
    return this.vocabulary.length;
  }

  #standardise(text: string): string {
    const lowered = this.#lower ? text.toLowerCase() : text;
    return this.#strip ? lowered.replace(PUNCTUATION, '') : lowered;
  }

  /** The ids the model receives for a text. */
  encode(text: string): number[] {
    return this.encodeWithSpans(text).map((piece) => piece.id);
  }

  /** Every token with its id and its span in the original text. */
  encodeWithSpans(text: string): TokenPiece[] {
    const pieces: TokenPiece[] = [];
    const pattern = this.#characters ? /[\s\S]/gu : /\S+/g;
    for (const match of text.matchAll(pattern)) {
      const word = this.#standardise(match[0]);
      if (word === '' || (this.#characters && /\s/.test(word))) continue;
      const start = match.index;
      const units = this.#characters ? [...word] : [word];
      for (const unit of units) {
        const id = this.#ids.get(unit);
        const known = id !== undefined && id !== 0;
        pieces.push({
          text: match[0],
          id: known ? id : this.#oov,
          start,
          end: start + match[0].length,
          oov: !known
        });
      }
    }
    return pieces;
  }

  /** Text back from ids (padding skipped). */
  decode(ids: readonly number[]): string {
    return ids
      .filter((id) => id !== 0)
      .map((id) => this.vocabulary[id] ?? OOV)
      .join(this.#characters ? '' : ' ');
  }

  /** The vocabulary, one token a line, as Keras writes vocabulary.txt (loadTokenizer does not read it back). */
  serialize(): string {
    return this.vocabulary.join('\n');
  }
}

/** A vocabulary as a TextVectorization config lists it (without the special tokens) or as vocabulary.txt holds it (with them). */
export function vocabularyWithSpecialTokens(tokens: readonly string[]): string[] {
  return tokens[0] === '' && tokens[1] === OOV ? [...tokens] : ['', OOV, ...tokens];
}
